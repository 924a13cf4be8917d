import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { ProgressResult } from '@bina-pustaka/shared-contracts';
import { Subject, firstValueFrom } from 'rxjs';
import { toApiFailure, type ApiFailure } from '../api-error';
import { AuthStore } from '../auth.store';
import { PROGRESS_QUEUE_PREFIX } from '../offline/offline-data';
import { type Pending, PendingQueue, nextSeq } from '../offline/pending-queue';
import { LearnerApi, type LessonProgressEvent } from './learner-api.service';

/** One report waiting for the server. */
export interface QueuedProgress {
  lessonId: string;
  event: LessonProgressEvent;
}

/** A report the server refused for good (e.g. the cohort ended meanwhile): dropped, and said. */
export interface RefusedProgress {
  lessonId: string;
  failure: ApiFailure;
}

/** Retries while unreachable: 5 s, doubling, at most a minute (besides the browser's `online` event). */
export const RETRY_FIRST_MS = 5_000;
export const RETRY_MAX_MS = 60_000;

/**
 * The learner's lesson progress on its way to the server. Every report is kept on the device
 * first (a PendingQueue per learner, like the quiz answers), then sent oldest first; it leaves
 * the queue only when the server answered. Offline, reports wait and are sent when the
 * connection returns. The server keeps its own rules: a report carries no time of the
 * device, every report is idempotent there (done stays done, the watched share only grows),
 * so a late or repeated report is harmless, and a refused one is dropped and shown.
 */
@Injectable({ providedIn: 'root' })
export class LessonProgressOutbox {
  private readonly api = inject(LearnerApi);
  private readonly auth = inject(AuthStore);
  private readonly window = inject(DOCUMENT).defaultView;

  private queue: PendingQueue<QueuedProgress> | null = null;
  private queueOwner: string | null = null;
  private chain: Promise<void> = Promise.resolve();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = RETRY_FIRST_MS;
  private readonly delivered$ = new Subject<ProgressResult>();

  /** Reports not yet confirmed, oldest first. */
  readonly pending = signal<readonly Pending<QueuedProgress>[]>([]);
  readonly pendingLessonIds = computed(() => new Set(this.pending().map((entry) => entry.lessonId)));
  /** The last attempt to send could not reach the server: reports wait on the device. */
  readonly unreachable = signal(false);
  /** How many waiting reports the last flush delivered after the connection came back (0: none). */
  readonly deliveredAfterWait = signal(0);
  readonly refused = signal<RefusedProgress | null>(null);
  /** The server's answer to every report sent, including late ones: the player shows them. */
  readonly delivered = this.delivered$.asObservable();

  constructor() {
    // Follows who is signed in: each learner has their own queue; signing out empties it.
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      untracked(() => this.bind(userId));
    });
    // The connection is back: try at once and soon again (the first request may still fail
    // while the phone's network settles), not after the delay grown while offline.
    const online = () => {
      this.retryDelay = RETRY_FIRST_MS;
      void this.flush();
    };
    this.window?.addEventListener('online', online);
    const unregister = this.auth.beforeSignOut(() => this.flush());
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('online', online);
      unregister();
      this.stopRetry();
    });
  }

  /** Keeps the report on the device at once, then sends what is waiting. */
  record(lessonId: string, event: LessonProgressEvent): Promise<void> {
    const queue = this.bind(this.auth.user()?.id ?? null);
    if (!queue) return Promise.resolve();
    const key = `${lessonId}:${event.event}`;
    const previous = queue.all()[key];
    // Coalesced per lesson and kind: only the largest watched share of a video matters.
    const merged =
      event.event === 'video-progress' && previous?.event.event === 'video-progress'
        ? {
            event: 'video-progress' as const,
            watchedFraction: Math.max(event.watchedFraction, previous.event.watchedFraction),
          }
        : event;
    const lastSeq = Math.max(0, ...Object.values(queue.all()).map((entry) => entry.seq));
    queue.put(key, { lessonId, event: merged }, nextSeq(lastSeq));
    this.publish();
    return this.flush();
  }

  /** Sends every waiting report, one at a time; resolves when done or when it cannot send now. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.send());
    return this.chain;
  }

  /** Whether a waiting report will complete this lesson (its kind decides which report does). */
  completesLesson(lessonId: string): boolean {
    return this.pending().some(
      (entry) =>
        entry.lessonId === lessonId &&
        (entry.event.event === 'reached-end' ||
          entry.event.event === 'opened' ||
          (entry.event.event === 'video-progress' && entry.event.watchedFraction >= 0.9)),
    );
  }

  private async send(): Promise<void> {
    const queue = this.queue;
    if (!queue || queue.size === 0) return;
    this.stopRetry();
    if (!this.auth.accessToken() && !(await this.auth.refresh())) {
      // No session yet: offline (tried again later), or ended (the app goes to sign in; the queue stays its owner's).
      if (this.auth.signedIn()) this.waitAndRetry();
      return;
    }
    const waited = this.unreachable();
    let sent = 0;
    for (const [key, entry] of queue.ordered()) {
      if (this.queue !== queue) return; // signed out meanwhile
      try {
        const result = await firstValueFrom(this.api.reportProgress(entry.lessonId, entry.event));
        queue.acknowledge(key, entry.seq);
        sent++;
        this.delivered$.next(result);
      } catch (error) {
        const failure = toApiFailure(error);
        if (failure.status === 422 && failure.retryAfterSeconds !== undefined) {
          // Too soon by the server's clock (the end of a short page reached at once): it counts
          // once the lesson has been open long enough, so keep it and send it then.
          this.publish();
          this.retryIn(failure.retryAfterSeconds * 1000);
          return;
        }
        if (failure.status === 0 || failure.status >= 500 || failure.status === 401 || failure.status === 429) {
          // Not reached, or not now (a 401 the interceptor could not refresh): keep it and try later.
          this.publish();
          this.waitAndRetry();
          return;
        }
        queue.acknowledge(key, entry.seq);
        this.refused.set({ lessonId: entry.lessonId, failure });
      }
    }
    this.unreachable.set(false);
    this.retryDelay = RETRY_FIRST_MS;
    if (waited && sent > 0) this.deliveredAfterWait.set(sent);
    this.publish();
  }

  private waitAndRetry(): void {
    this.unreachable.set(true);
    this.deliveredAfterWait.set(0);
    this.stopRetry();
    this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }

  private retryIn(ms: number): void {
    this.stopRetry();
    this.retryTimer = setTimeout(() => void this.flush(), ms);
  }

  private stopRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private bind(userId: string | null): PendingQueue<QueuedProgress> | null {
    if (userId !== this.queueOwner) {
      this.queueOwner = userId;
      this.queue = userId ? new PendingQueue<QueuedProgress>(`${PROGRESS_QUEUE_PREFIX}${userId}`) : null;
      this.unreachable.set(false);
      this.deliveredAfterWait.set(0);
      this.refused.set(null);
      this.stopRetry();
      this.publish();
      if (this.queue?.size) void this.flush();
    }
    return this.queue;
  }

  private publish(): void {
    this.pending.set(this.queue?.ordered().map(([, entry]) => entry) ?? []);
  }
}
