import type { CertificateBatch } from '@bina-pustaka/shared-contracts';
import { type Observable, defer, repeat, takeWhile } from 'rxjs';

/** How often a running batch is asked for its progress. */
export const BATCH_POLL_MS = 1_000;

export interface BatchProgress {
  /** Issued, failed, or left as they were (already held one). */
  processed: number;
  total: number;
  percent: number;
  /** Nothing waiting or rendering any more. */
  settled: boolean;
}

export function batchProgress(batch: CertificateBatch): BatchProgress {
  const total = Math.max(batch.total, 0);
  const processed = Math.max(0, total - batch.pending);
  return {
    processed,
    total,
    percent: total > 0 ? Math.floor((processed / total) * 100) : 100,
    settled: batch.pending <= 0,
  };
}

/**
 * The batch, asked again `intervalMs` after each answer, for as long as something is
 * pending; the answer that shows it settled is the last one. Unsubscribing (leaving the
 * page) stops it; an error ends it (the page offers to try again).
 */
export function pollBatch(
  load: () => Observable<CertificateBatch>,
  intervalMs = BATCH_POLL_MS,
): Observable<CertificateBatch> {
  return defer(load).pipe(
    repeat({ delay: intervalMs }),
    takeWhile((batch) => !batchProgress(batch).settled, true),
  );
}

/**
 * What the polite live region says: not every second (a screen reader would talk without
 * pause) but at each quarter, and once when the batch is done. Returns the step the
 * current progress belongs to; announce when it changes.
 */
export function announcementStep(batch: CertificateBatch): number {
  const progress = batchProgress(batch);
  return progress.settled ? 100 : Math.floor(progress.percent / 25) * 25;
}
