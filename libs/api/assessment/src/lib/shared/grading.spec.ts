import type { QuestionBody } from '@bina-pustaka/shared-contracts';
import { correctAnswer, mark, normaliseShortAnswer, quizScore } from './grading';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((letter) => `00000000-0000-4000-8000-00000000000${letter}`);
const option = (id: string, correct: boolean) => ({ id, text: id, correct, feedback: null });

describe('mark', () => {
  it('single choice: only the correct option', () => {
    const body: QuestionBody = { type: 'single-choice', options: [option(a, false), option(b, true)] };
    expect(mark(body, { type: 'single-choice', optionId: b })).toBe(1);
    expect(mark(body, { type: 'single-choice', optionId: a })).toBe(0);
    expect(mark(body, null)).toBe(0);
  });

  it('multiple response: all or nothing, or partial credit with wrong choices taken back', () => {
    const options = [option(a, true), option(b, true), option(c, false), option(d, false)];
    const strict: QuestionBody = { type: 'multiple-response', options, partialCredit: false };
    expect(mark(strict, { type: 'multiple-response', optionIds: [b, a] })).toBe(1);
    expect(mark(strict, { type: 'multiple-response', optionIds: [a] })).toBe(0);
    expect(mark(strict, { type: 'multiple-response', optionIds: [a, a] })).toBe(0);
    const partial: QuestionBody = { type: 'multiple-response', options, partialCredit: true };
    expect(mark(partial, { type: 'multiple-response', optionIds: [a] })).toBe(0.5);
    expect(mark(partial, { type: 'multiple-response', optionIds: [a, c] })).toBe(0);
    expect(mark(partial, { type: 'multiple-response', optionIds: [a, b, c, d] })).toBe(0);
    expect(mark(partial, { type: 'multiple-response', optionIds: [a, b] })).toBe(1);
  });

  it('true/false', () => {
    const body: QuestionBody = { type: 'true-false', answer: false };
    expect(mark(body, { type: 'true-false', value: false })).toBe(1);
    expect(mark(body, { type: 'true-false', value: true })).toBe(0);
  });

  it('short answer: any accepted answer, case and spaces ignored', () => {
    const body: QuestionBody = { type: 'short-answer', acceptedAnswers: ['Dewey Decimal Classification', 'DDC'] };
    expect(mark(body, { type: 'short-answer', text: '  dewey   decimal CLASSIFICATION ' })).toBe(1);
    expect(mark(body, { type: 'short-answer', text: 'ddc' })).toBe(1);
    expect(mark(body, { type: 'short-answer', text: 'UDC' })).toBe(0);
    expect(normaliseShortAnswer(' A\tB ')).toBe('a b');
  });

  it('numeric: within the tolerance, edges included', () => {
    const body: QuestionBody = { type: 'numeric', answer: 2.5, tolerance: 0.1 };
    expect(mark(body, { type: 'numeric', value: 2.6 })).toBe(1);
    expect(mark(body, { type: 'numeric', value: 2.4 })).toBe(1);
    expect(mark(body, { type: 'numeric', value: 2.61 })).toBe(0);
    expect(mark({ type: 'numeric', answer: 7, tolerance: 0 }, { type: 'numeric', value: 7 })).toBe(1);
  });

  it('matching: every pair matched', () => {
    const body: QuestionBody = {
      type: 'matching',
      pairs: [
        { id: a, left: '000', rightId: c, right: 'Karya umum' },
        { id: b, left: '900', rightId: d, right: 'Sejarah' },
      ],
    };
    expect(mark(body, { type: 'matching', matches: { [a]: c, [b]: d } })).toBe(1);
    expect(mark(body, { type: 'matching', matches: { [a]: d, [b]: c } })).toBe(0);
    expect(mark(body, { type: 'matching', matches: { [a]: c } })).toBe(0);
  });

  it('ordering: the exact order', () => {
    const body: QuestionBody = { type: 'ordering', items: [a, b, c].map((id) => ({ id, text: id })) };
    expect(mark(body, { type: 'ordering', order: [a, b, c] })).toBe(1);
    expect(mark(body, { type: 'ordering', order: [b, a, c] })).toBe(0);
    expect(mark(body, { type: 'ordering', order: [a, b] })).toBe(0);
  });

  it('essay waits for a person; a wrongly typed answer earns nothing', () => {
    expect(mark({ type: 'essay', rubric: null }, { type: 'essay', text: 'Jawaban' })).toBeNull();
    expect(mark({ type: 'true-false', answer: true }, { type: 'numeric', value: 1 })).toBe(0);
  });

  it('gives the key back as an answer', () => {
    expect(correctAnswer({ type: 'single-choice', options: [option(a, false), option(b, true)] })).toEqual({
      type: 'single-choice',
      optionId: b,
    });
    expect(correctAnswer({ type: 'essay', rubric: null })).toBeNull();
  });
});

describe('quizScore', () => {
  it('takes the highest, the last or the average', () => {
    expect(quizScore('highest', [40, 90, 60])).toBe(90);
    expect(quizScore('last', [40, 90, 60])).toBe(60);
    expect(quizScore('average', [40, 90, 60])).toBeCloseTo(63.33);
    expect(quizScore('average', [])).toBeNull();
  });
});
