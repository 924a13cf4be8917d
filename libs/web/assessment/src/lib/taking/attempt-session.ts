import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { AnswerValue, AttemptView } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AnswerQueue, QuizTakingApi, mergePending, nextSeq } from '@bina-pustaka/web-data-access/assessment';
import { firstValueFrom } from 'rxjs';
import type { SaveState } from '../assessment-keys';

/** While offline, saves are tried again this often (besides the browser's `online` event). */
const RETRY_MS = 5_000;

/**
 * One attempt on screen: its questions, the learner's answers, the timer and the autosave.
 * Every change goes to the device's queue first (localStorage), then to the server; the
 * queue is emptied only as the server confirms each `seq`, so a lost network or a reload
 * loses nothing.
 */
@Injectable()
export class AttemptSession {
  private readonly api = inject(QuizTakingApi);
  private readonly window = inject(DOCUMENT).defaultView;

  readonly attempt = signal<AttemptView | null>(null);
  readonly answers = signal<Record<string, AnswerValue | null>>({});
  readonly loadFailure = signal<ApiFailure | null>(null);
  readonly saveFailure = signal<ApiFailure | null>(null);
  readonly loading = signal(false);
  readonly saveState = signal<SaveState>('saved');
  readonly submitting = signal(false);
  readonly now = signal(Date.now());

  readonly inProgress = computed(() => this.attempt()?.status === 'in-progress');
  /** Milliseconds left by the server's clock; null without a deadline. */
  readonly remainingMs = computed(() => {
    const deadline = this.attempt()?.deadlineAt;
    return deadline ? Math.max(0, Date.parse(deadline) - (this.now() + this.clockOffset)) : null;
  });

  private queue: AnswerQueue | null = null;
  private clockOffset = 0;
  private readonly lastSeq = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private deadlineHandled = false;

  constructor() {
    const online = () => void this.flush();
    this.window?.addEventListener('online', online);
    const tick = setInterval(() => {
      this.now.set(Date.now());
      if (this.remainingMs() === 0 && this.inProgress() && !this.deadlineHandled) {
        this.deadlineHandled = true;
        void this.submit();
      }
    }, 1000);
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('online', online);
      clearInterval(tick);
      for (const timer of this.timers.values()) clearTimeout(timer);
      if (this.retryTimer) clearTimeout(this.retryTimer);
    });
  }

  async load(attemptId: string): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      this.show(await firstValueFrom(this.api.attempt(attemptId)));
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Shows an attempt from the server, merged with what this device has not sent yet. */
  show(view: AttemptView): void {
    this.clockOffset = Date.parse(view.serverNow) - Date.now();
    this.now.set(Date.now());
    this.queue = new AnswerQueue(view.id);
    this.attempt.set(view);
    if (view.status !== 'in-progress') {
      this.queue.clear();
      this.answers.set(Object.fromEntries(view.questions.map((q) => [q.questionId, q.answer])));
      this.saveState.set('closed');
      return;
    }
    const { answers, resend } = mergePending(view.questions, this.queue);
    for (const question of view.questions) {
      const pending = this.queue.all()[question.questionId];
      this.lastSeq.set(question.questionId, Math.max(pending?.seq ?? 0, question.answerSeq ?? 0));
    }
    this.answers.set(answers);
    if (resend.length > 0) {
      this.saveState.set('saving');
      void this.flush();
    }
  }

  /** A change from the learner: kept on the device at once, sent after `delayMs` (typing waits). */
  answer(questionId: string, value: AnswerValue, delayMs = 0): void {
    if (!this.queue || !this.inProgress()) return;
    this.answers.update((answers) => ({ ...answers, [questionId]: value }));
    const seq = nextSeq(this.lastSeq.get(questionId));
    this.lastSeq.set(questionId, seq);
    this.queue.put(questionId, value, seq);
    if (this.saveState() !== 'offline') this.saveState.set('saving');
    const previous = this.timers.get(questionId);
    if (previous) clearTimeout(previous);
    this.timers.set(
      questionId,
      setTimeout(() => {
        this.timers.delete(questionId);
        void this.flush();
      }, delayMs),
    );
  }

  /** Sends every queued answer, one at a time; resolves when the queue is empty or cannot be sent now. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.sendQueued());
    return this.chain;
  }

  /** Sends what is queued, then submits. False when answers could not be sent (offline). */
  async submit(): Promise<boolean> {
    const attempt = this.attempt();
    if (!attempt || this.submitting()) return false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.submitting.set(true);
    try {
      await this.flush();
      if ((this.queue?.size ?? 0) > 0 && this.saveState() === 'offline') return false;
      this.show(await firstValueFrom(this.api.submit(attempt.id)));
      return true;
    } catch (error) {
      this.saveFailure.set(toApiFailure(error));
      return false;
    } finally {
      this.submitting.set(false);
    }
  }

  private async sendQueued(): Promise<void> {
    const attempt = this.attempt();
    const queue = this.queue;
    if (!attempt || !queue || attempt.status !== 'in-progress') return;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    let refused = false;
    for (const [questionId, pending] of Object.entries(queue.all())) {
      try {
        const saved = await firstValueFrom(this.api.saveAnswer(attempt.id, questionId, pending.answer, pending.seq));
        queue.acknowledge(questionId, saved.seq);
      } catch (error) {
        const failure = toApiFailure(error);
        if (failure.status === 0) {
          this.saveState.set('offline');
          this.retryTimer = setTimeout(() => void this.flush(), RETRY_MS);
          return;
        }
        if (failure.status === 409) {
          // Submitted (by another tab or at the deadline): nothing more can be saved.
          this.saveFailure.set(failure);
          queue.clear();
          await this.load(attempt.id);
          return;
        }
        // Refused for good (e.g. a value the server does not accept): drop it, say so.
        queue.acknowledge(questionId, pending.seq);
        this.saveFailure.set(failure);
        this.saveState.set('failed');
        refused = true;
      }
    }
    if (refused) return;
    if (queue.size === 0) {
      this.saveState.set(this.timers.size > 0 ? 'saving' : 'saved');
      this.saveFailure.set(null);
    } else if (queue.size > 0) {
      // Changed while sending: the next flush (already scheduled) sends the rest.
      this.saveState.set('saving');
    }
  }
}
