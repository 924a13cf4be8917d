import { VIDEO_RANGES_PREFIX } from '@bina-pustaka/web-data-access';

/**
 * When a lesson counts as done is the api's rule; these helpers decide what to report
 * and when: how much of a video was watched, and not more often than every ~10 seconds.
 */

/** How often a playing (or visible embedded) video reports its progress. */
export const REPORT_INTERVAL_MS = 10_000;
/** The api marks a video done at this fraction; shown to learners as "90%". */
export const VIDEO_DONE_FRACTION = 0.9;

/** What HTMLMediaElement.played is. */
export interface TimeRangesLike {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
}

export type Range = [start: number, end: number];

export function rangesOf(ranges: TimeRangesLike): Range[] {
  const result: Range[] = [];
  for (let index = 0; index < ranges.length; index++) result.push([ranges.start(index), ranges.end(index)]);
  return result;
}

/** Sorted, overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The share of the video covered by the played ranges, 0..1 (re-watching a part counts once). */
export function watchedFraction(ranges: readonly Range[], duration: number): number {
  if (!Number.isFinite(duration) || duration <= 0) return 0;
  const seconds = mergeRanges(ranges).reduce((sum, [start, end]) => sum + (Math.min(end, duration) - start), 0);
  return Math.max(0, Math.min(1, seconds / duration));
}

/**
 * Lets a report through when the fraction grew and either ~10 s passed since the last
 * one or the moment matters (pause, end, leaving the lesson). Fractions are rounded to
 * 0.001 so tiny changes are not sent.
 */
export class ProgressThrottle {
  private lastSent: number;
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(
    alreadyReported = 0,
    private readonly intervalMs = REPORT_INTERVAL_MS,
  ) {
    this.lastSent = alreadyReported;
  }

  /** The fraction to send now, or null. */
  next(fraction: number, now: number, force = false): number | null {
    const rounded = Math.floor(Math.max(0, Math.min(1, fraction)) * 1000) / 1000;
    if (rounded <= this.lastSent) return null;
    if (!force && now - this.lastSentAt < this.intervalMs) return null;
    this.lastSent = rounded;
    this.lastSentAt = now;
    return rounded;
  }
}

/**
 * An embedded (YouTube/Vimeo) video cannot tell us what was played, so we count the time
 * the lesson was on screen while the tab was visible, against the video's length. It
 * starts from what the api already counted.
 */
export class VisibleTimeClock {
  private seconds: number;
  private since: number | null = null;

  constructor(
    private readonly durationSeconds: number,
    alreadyWatchedFraction = 0,
  ) {
    this.seconds = Math.max(0, alreadyWatchedFraction) * durationSeconds;
  }

  /** Call on every change of visibility (and on each tick, with the same value). */
  update(visible: boolean, now: number): void {
    if (this.since !== null) this.seconds += Math.max(0, now - this.since) / 1000;
    this.since = visible ? now : null;
  }

  fraction(now: number): number {
    this.update(this.since !== null, now);
    return this.durationSeconds > 0 ? Math.min(1, this.seconds / this.durationSeconds) : 0;
  }
}

/**
 * What was played of a video on this device, kept between visits, so watching the first
 * half today and the second half tomorrow adds up (the api keeps only the fraction).
 */
export class PlayedRangesStore {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()) {}

  load(lessonId: string): Range[] {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(key(lessonId)) ?? '[]');
      return Array.isArray(value)
        ? value.filter(
            (item): item is Range =>
              Array.isArray(item) &&
              item.length === 2 &&
              item.every((n) => typeof n === 'number' && Number.isFinite(n)),
          )
        : [];
    } catch {
      return [];
    }
  }

  save(lessonId: string, ranges: readonly Range[]): void {
    try {
      this.storage?.setItem(key(lessonId), JSON.stringify(mergeRanges(ranges).map(([s, e]) => [round(s), round(e)])));
    } catch {
      /* storage full or disabled: progress still counts for this visit */
    }
  }
}

const key = (lessonId: string) => `${VIDEO_RANGES_PREFIX}${lessonId}`;
const round = (value: number) => Math.round(value * 10) / 10;

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
