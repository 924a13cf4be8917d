import { QUESTIONS, SITI, BUDI, surveyForm } from './testing/answer-testing';
import type { SurveyQuestion } from '@bina-pustaka/shared-contracts';
import {
  type FormItem,
  blocksOf,
  draftStorage,
  isShown,
  problemOf,
  questionNamedIn,
  toAnswers,
  type AnswerDrafts,
} from './survey-answers';

const items = blocksOf(surveyForm()).flatMap((block) => block.items);
const question = (id: string) => QUESTIONS.find((each) => each.id === id) as SurveyQuestion;

describe('survey answers', () => {
  it('gives every question a unique key, one per speaker in a per-speaker block', () => {
    expect(items.map((item) => item.key)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      `n1@${SITI.id}`,
      `n2@${SITI.id}`,
      `n1@${BUDI.id}`,
      `n2@${BUDI.id}`,
    ]);
    expect(new Set(items.map((item) => item.domId)).size).toBe(items.length);
  });

  it('builds the answers as the contract has them, leaving out what was not answered', () => {
    const drafts: AnswerDrafts = {
      q1: { point: 4 },
      q2: { point: 9 },
      q3: { choices: ['lainnya'], other: '  Radio  ' },
      // Chosen in another order: sent in the order offered, "Lainnya" last.
      q4: { choices: ['lainnya', 'digital', 'katalog'], other: 'Pengadaan' },
      q5: { rows: { ruang: 3, konsumsi: 2 } },
      q6: { value: '   ' },
      q7: { value: ' Lebih banyak praktik. ' },
      q8: { value: '12' },
      q9: { value: '2014-03-01' },
      [`n1@${SITI.id}`]: { point: 4 },
      // Budi's second question is shown (point 1) and answered; Siti's is hidden, and its draft is not sent.
      [`n2@${SITI.id}`]: { value: 'tidak terkirim' },
      [`n1@${BUDI.id}`]: { point: 1 },
      [`n2@${BUDI.id}`]: { value: 'Contoh kasus.' },
    };
    expect(toAnswers(items, drafts)).toEqual([
      { questionId: 'q1', number: 4 },
      { questionId: 'q2', number: 9 },
      { questionId: 'q3', choices: ['lainnya'], text: 'Radio' },
      { questionId: 'q4', choices: ['katalog', 'digital', 'lainnya'], text: 'Pengadaan' },
      { questionId: 'q5', rows: { ruang: 3, konsumsi: 2 } },
      { questionId: 'q7', text: 'Lebih banyak praktik.' },
      { questionId: 'q8', number: 12 },
      { questionId: 'q9', date: '2014-03-01' },
      { questionId: 'n1', speakerId: SITI.id, number: 4 },
      { questionId: 'n1', speakerId: BUDI.id, number: 1 },
      { questionId: 'n2', speakerId: BUDI.id, text: 'Contoh kasus.' },
    ]);
  });

  it('shows a conditional question only while its condition holds, in the same speaker block', () => {
    const siti2 = items.find((item) => item.key === `n2@${SITI.id}`) as FormItem;
    expect(isShown(siti2, items, {})).toBe(false);
    expect(isShown(siti2, items, { [`n1@${SITI.id}`]: { point: 1 } })).toBe(true);
    expect(isShown(siti2, items, { [`n1@${BUDI.id}`]: { point: 1 } })).toBe(false);
  });

  it('finds what the api would refuse before sending', () => {
    expect(problemOf(question('q1'), {})).toEqual({ kind: 'required' });
    expect(problemOf(question('q6'), { value: '  ' })).toBeNull();
    expect(problemOf(question('q5'), { rows: { ruang: 2 } })).toEqual({ kind: 'rowsMissing' });
    expect(problemOf(question('q3'), { choices: ['lainnya'], other: ' ' })).toEqual({ kind: 'otherMissing' });
    expect(problemOf(question('q6'), { value: 'x'.repeat(301) })).toEqual({ kind: 'tooLong', max: 300 });
    expect(problemOf(question('q8'), { value: '2.5' })).toEqual({ kind: 'integer' });
    // Typed the Indonesian way, with a decimal comma.
    expect(problemOf(question('q8'), { value: '2,5' })).toEqual({ kind: 'integer' });
    expect(problemOf(question('q8'), { value: '51' })).toEqual({ kind: 'range', min: 0, max: 50 });
    expect(problemOf(question('q8'), { value: 'abc' })).toEqual({ kind: 'notNumber' });
    expect(problemOf(question('q9'), { value: '2026-02-30' })).toEqual({ kind: 'date' });
    expect(problemOf(question('q8'), { value: '50' })).toBeNull();
  });

  it("recognises the question an api refusal names, the speaker's block too", () => {
    const message = 'Jawaban untuk "Penguasaan materi oleh narasumber." (Budi Santoso) di luar skala.';
    expect(questionNamedIn(message, items)?.key).toBe(`n1@${BUDI.id}`);
    expect(questionNamedIn('Jawaban untuk "Beri nilai untuk materi pelatihan." salah.', items)?.key).toBe('q2');
    expect(questionNamedIn('Survei sudah ditutup.', items)).toBeNull();
  });

  it('keeps drafts in sessionStorage and starts empty from a broken copy', () => {
    draftStorage.write('x', { q1: { point: 2 } });
    expect(draftStorage.read('x')).toEqual({ q1: { point: 2 } });
    draftStorage.clear('x');
    expect(draftStorage.read('x')).toEqual({});
    sessionStorage.setItem(draftStorage.key('y'), '{broken');
    expect(draftStorage.read('y')).toEqual({});
  });
});
