import type { LessonKind, Locale } from '@bina-pustaka/shared-contracts';

/**
 * How fast a lesson can plausibly be finished, judged by the server's clock from the moment
 * the lesson was first served to the learner. Generous on purpose: a real person reading at
 * human speed is never refused; only progress that could not have happened is.
 */

/** Twice a brisk reader: slower than this is never questioned. */
export const MAX_READING_WORDS_PER_MINUTE = 600;
/** Video players offer up to 2x. */
export const MAX_PLAYBACK_RATE = 2;
/** Between the lesson being served and the first report (rendering, the network): never held against anyone. */
export const PACE_TOLERANCE_SECONDS = 3;
/** Accepted, but in less than this many times the shortest plausible time: shown to the trainer as borderline. */
export const BORDERLINE_FACTOR = 1.5;

export interface PacedLesson {
  kind: LessonKind;
  bodyMarkdown: string | null;
  estimatedMinutes: number;
  videoDurationSeconds: number | null;
  videoFileId: string | null;
}

export interface PacedReport {
  event: 'viewed' | 'opened' | 'reached-end' | 'video-progress';
  watchedFraction?: number;
}

/** What a report claims, as the time it needs at the fastest plausible pace. */
export interface Claim {
  kind: 'reading' | 'watching';
  /** Seconds of video claimed watched (watching only). */
  watchedSeconds: number;
  neededSeconds: number;
}

export type PaceVerdict =
  | { verdict: 'plausible' }
  | { verdict: 'borderline'; claim: Claim }
  | { verdict: 'refused'; claim: Claim; retryAfterSeconds: number };

/** Words of a Markdown text (anything with a letter or a digit). */
export function wordCount(markdown: string | null): number {
  return (markdown ?? '').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * The time a report needs at the fastest plausible pace, or null when it claims nothing
 * measurable: reading a text to its end (by its word count, never more than the author's
 * estimate), or watching part of a video of known length (at up to 2x). Opening a file or
 * a link is the evidence itself. An uploaded video whose length was never recorded is not
 * judged: the browser measures its share against the real file, the server would guess.
 */
export function claimOf(lesson: PacedLesson, report: PacedReport): Claim | null {
  if (lesson.kind === 'text' && report.event === 'reached-end') {
    const reading = (wordCount(lesson.bodyMarkdown) / MAX_READING_WORDS_PER_MINUTE) * 60;
    return { kind: 'reading', watchedSeconds: 0, neededSeconds: Math.min(reading, lesson.estimatedMinutes * 60) };
  }
  if (lesson.kind === 'video' && report.event === 'video-progress') {
    // Embedded players are measured by the browser against this same length.
    const duration = lesson.videoDurationSeconds ?? (lesson.videoFileId ? null : lesson.estimatedMinutes * 60);
    if (duration === null) return null;
    const watchedSeconds = (report.watchedFraction ?? 0) * duration;
    return { kind: 'watching', watchedSeconds, neededSeconds: watchedSeconds / MAX_PLAYBACK_RATE };
  }
  return null;
}

/** Judges a claim against the seconds since the lesson was first opened (both by the server's clock). */
export function judgePace(claim: Claim | null, elapsedSeconds: number): PaceVerdict {
  if (!claim || claim.neededSeconds <= PACE_TOLERANCE_SECONDS) return { verdict: 'plausible' };
  const short = claim.neededSeconds - PACE_TOLERANCE_SECONDS - elapsedSeconds;
  if (short > 0) return { verdict: 'refused', claim, retryAfterSeconds: Math.ceil(short) };
  if (elapsedSeconds < claim.neededSeconds * BORDERLINE_FACTOR) return { verdict: 'borderline', claim };
  return { verdict: 'plausible' };
}

/** "20 detik", "2 menit", "1 menit 5 detik" (or in English). */
export function formatSeconds(total: number, locale: Locale): string {
  const seconds = Math.max(0, Math.round(total));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const unit = (n: number, id: string, en: string) =>
    locale === 'en' ? `${n} ${en}${n === 1 ? '' : 's'}` : `${n} ${id}`;
  if (minutes === 0) return unit(rest, 'detik', 'second');
  if (rest === 0) return unit(minutes, 'menit', 'minute');
  return `${unit(minutes, 'menit', 'minute')} ${unit(rest, 'detik', 'second')}`;
}
