import type { AttemptQuestion } from '@bina-pustaka/shared-contracts';
import { AnswerQueue, mergePending, nextSeq } from './answer-queue';

const question = (questionId: string, answerSeq: number | null, text: string | null): AttemptQuestion => ({
  questionId,
  prompt: 'Soal',
  points: 1,
  body: { type: 'essay' },
  answer: text === null ? null : { type: 'essay', text },
  answerSeq,
});

describe('AnswerQueue', () => {
  beforeEach(() => localStorage.clear());

  it('keeps answers across instances (a reload) until the server holds them', () => {
    const queue = new AnswerQueue('a1');
    queue.put('q1', { type: 'essay', text: 'satu' }, 10);
    queue.put('q2', { type: 'true-false', value: true }, 11);

    const reloaded = new AnswerQueue('a1');
    expect(reloaded.all()).toEqual({
      q1: { answer: { type: 'essay', text: 'satu' }, seq: 10 },
      q2: { answer: { type: 'true-false', value: true }, seq: 11 },
    });
    reloaded.acknowledge('q1', 10);
    expect(new AnswerQueue('a1').size).toBe(1);
    expect(new AnswerQueue('another').size).toBe(0);
  });

  it('keeps a newer change when an older save is acknowledged, and ignores older puts', () => {
    const queue = new AnswerQueue('a1');
    queue.put('q1', { type: 'essay', text: 'baru' }, 20);
    queue.put('q1', { type: 'essay', text: 'lama' }, 15);
    queue.acknowledge('q1', 18);
    expect(queue.all()['q1']).toEqual({ answer: { type: 'essay', text: 'baru' }, seq: 20 });
  });

  it('clears everything when the attempt is finalised', () => {
    const queue = new AnswerQueue('a1');
    queue.put('q1', { type: 'numeric', value: 3 }, 1);
    queue.clear();
    expect(localStorage.getItem('bp.quiz-answers.a1')).toBeNull();
  });

  it('works in memory when storage is unavailable', () => {
    const queue = new AnswerQueue('a1', null);
    queue.put('q1', { type: 'numeric', value: 3 }, 1);
    expect(queue.size).toBe(1);
  });
});

describe('nextSeq', () => {
  it('increases even when the clock steps back', () => {
    expect(nextSeq(null, 1000)).toBe(1000);
    expect(nextSeq(1000, 900)).toBe(1001);
  });
});

describe('mergePending', () => {
  beforeEach(() => localStorage.clear());

  it('prefers a newer unsent local answer and drops what the server already has', () => {
    const queue = new AnswerQueue('a1');
    queue.put('q1', { type: 'essay', text: 'lokal baru' }, 50);
    queue.put('q2', { type: 'essay', text: 'lokal lama' }, 5);
    const { answers, resend } = mergePending(
      [question('q1', 40, 'server'), question('q2', 9, 'server baru'), question('q3', null, null)],
      queue,
    );
    expect(answers).toEqual({
      q1: { type: 'essay', text: 'lokal baru' },
      q2: { type: 'essay', text: 'server baru' },
      q3: null,
    });
    expect(resend).toEqual(['q1']);
    expect(Object.keys(queue.all())).toEqual(['q1']);
  });
});
