import type { LearnerQuestionBody } from '@bina-pustaka/shared-contracts';
import { answerLines, formatRemaining, isAnswered } from './answer-text';

const yesNo = (value: boolean) => (value ? 'Benar' : 'Salah');

describe('formatRemaining', () => {
  it('shows minutes and seconds, hours past an hour, never below zero', () => {
    expect(formatRemaining(299_001)).toBe('05:00');
    expect(formatRemaining(59_000)).toBe('00:59');
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
    expect(formatRemaining(-5)).toBe('00:00');
  });
});

describe('isAnswered', () => {
  it('treats empty texts and lists as unanswered', () => {
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered({ type: 'essay', text: '  ' })).toBe(false);
    expect(isAnswered({ type: 'multiple-response', optionIds: [] })).toBe(false);
    expect(isAnswered({ type: 'true-false', value: false })).toBe(true);
    expect(isAnswered({ type: 'numeric', value: 0 })).toBe(true);
  });
});

describe('answerLines', () => {
  it('words every type with the question’s own texts', () => {
    const choice: LearnerQuestionBody = {
      type: 'multiple-response',
      options: [
        { id: 'a', text: 'RDA' },
        { id: 'b', text: 'MARC' },
      ],
    };
    expect(answerLines(choice, { type: 'multiple-response', optionIds: ['b', 'a'] }, yesNo)).toEqual(['MARC', 'RDA']);
    expect(answerLines({ type: 'true-false' }, { type: 'true-false', value: false }, yesNo)).toEqual(['Salah']);
    const matching: LearnerQuestionBody = {
      type: 'matching',
      prompts: [{ id: 'p1', text: '245' }],
      choices: [{ id: 'c1', text: 'Judul' }],
    };
    expect(answerLines(matching, { type: 'matching', matches: { p1: 'c1' } }, yesNo)).toEqual(['245 → Judul']);
    const ordering: LearnerQuestionBody = {
      type: 'ordering',
      items: [
        { id: 'x', text: 'Seleksi' },
        { id: 'y', text: 'Pengadaan' },
      ],
    };
    expect(answerLines(ordering, { type: 'ordering', order: ['x', 'y'] }, yesNo)).toEqual([
      '1. Seleksi',
      '2. Pengadaan',
    ]);
    expect(answerLines(choice, null, yesNo)).toEqual([]);
  });
});
