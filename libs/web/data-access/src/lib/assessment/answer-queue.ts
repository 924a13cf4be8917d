import type { AnswerValue, AttemptQuestion } from '@bina-pustaka/shared-contracts';
import { ANSWER_QUEUE_PREFIX, deviceStorage } from '../offline/offline-data';
import { type Pending, PendingQueue } from '../offline/pending-queue';

export { nextSeq } from '../offline/pending-queue';

/** An answer given on this device that the server has not confirmed yet. */
export type PendingAnswer = Pending<{ answer: AnswerValue }>;

export type PendingAnswers = Record<string, PendingAnswer>;

/**
 * The answers of one attempt waiting for the server, one per question: a PendingQueue keyed
 * by question; signing out clears them. The stored shape (`{ answer, seq }` per question) is
 * the one from before the queue was shared, so answers queued by an older version of the
 * app are still sent after an update.
 */
export class AnswerQueue {
  private readonly queue: PendingQueue<{ answer: AnswerValue }>;

  constructor(attemptId: string, storage: Storage | null = deviceStorage()) {
    this.queue = new PendingQueue(`${ANSWER_QUEUE_PREFIX}${attemptId}`, storage);
  }

  all(): PendingAnswers {
    return this.queue.all();
  }

  get size(): number {
    return this.queue.size;
  }

  put(questionId: string, answer: AnswerValue, seq: number): void {
    this.queue.put(questionId, { answer }, seq);
  }

  /** The server now stores `storedSeq` for the question: anything at or below it is done. */
  acknowledge(questionId: string, storedSeq: number): void {
    this.queue.acknowledge(questionId, storedSeq);
  }

  /** The attempt is finalised: nothing more can be sent. */
  clear(): void {
    this.queue.clear();
  }
}

/**
 * The answers to show after loading an attempt: the server's, except where this device holds
 * a newer one it has not sent yet (those are returned to resend). Pending answers the server
 * already has, or has newer, are dropped from the queue.
 */
export function mergePending(
  questions: readonly AttemptQuestion[],
  queue: AnswerQueue,
): { answers: Record<string, AnswerValue | null>; resend: string[] } {
  const pending = queue.all();
  const answers: Record<string, AnswerValue | null> = {};
  const resend: string[] = [];
  for (const question of questions) {
    const local = pending[question.questionId];
    if (local && local.seq > (question.answerSeq ?? -1)) {
      answers[question.questionId] = local.answer;
      resend.push(question.questionId);
    } else {
      answers[question.questionId] = question.answer;
      if (local) queue.acknowledge(question.questionId, question.answerSeq ?? local.seq);
    }
  }
  return { answers, resend };
}
