import type { AnswerValue, AttemptQuestion } from '@bina-pustaka/shared-contracts';

/** An answer given on this device that the server has not confirmed yet. */
export interface PendingAnswer {
  answer: AnswerValue;
  seq: number;
}

export type PendingAnswers = Record<string, PendingAnswer>;

/** The next `seq` of an answer: a timestamp, always above the previous one (clocks may step back). */
export function nextSeq(previous: number | null | undefined, now = Date.now()): number {
  return Math.max(Math.floor(now), (previous ?? 0) + 1);
}

const storageKey = (attemptId: string) => `bp.quiz-answers.${attemptId}`;

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): the queue lives in memory only
  }
}

/**
 * The answers of one attempt waiting for the server, kept in localStorage so they survive a
 * lost network and a reload. Every change is written here first and removed only when the
 * server says it holds that `seq` (or a later one).
 */
export class AnswerQueue {
  private memory: PendingAnswers = {};

  constructor(
    private readonly attemptId: string,
    private readonly storage: Storage | null = defaultStorage(),
  ) {
    this.memory = this.read();
  }

  all(): PendingAnswers {
    return { ...this.memory };
  }

  get size(): number {
    return Object.keys(this.memory).length;
  }

  put(questionId: string, answer: AnswerValue, seq: number): void {
    const current = this.memory[questionId];
    if (current && current.seq >= seq) return;
    this.memory = { ...this.memory, [questionId]: { answer, seq } };
    this.write();
  }

  /** The server now stores `storedSeq` for the question: anything at or below it is done. */
  acknowledge(questionId: string, storedSeq: number): void {
    const current = this.memory[questionId];
    if (!current || current.seq > storedSeq) return;
    const rest = { ...this.memory };
    delete rest[questionId];
    this.memory = rest;
    this.write();
  }

  /** The attempt is finalised: nothing more can be sent. */
  clear(): void {
    this.memory = {};
    try {
      this.storage?.removeItem(storageKey(this.attemptId));
    } catch {
      /* storage blocked: memory is already clear */
    }
  }

  private read(): PendingAnswers {
    try {
      const text = this.storage?.getItem(storageKey(this.attemptId));
      const parsed: unknown = text ? JSON.parse(text) : {};
      return parsed && typeof parsed === 'object' ? (parsed as PendingAnswers) : {};
    } catch {
      return {};
    }
  }

  private write(): void {
    try {
      if (this.size === 0) this.storage?.removeItem(storageKey(this.attemptId));
      else this.storage?.setItem(storageKey(this.attemptId), JSON.stringify(this.memory));
    } catch {
      /* storage full or blocked: the answers stay queued in memory */
    }
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
