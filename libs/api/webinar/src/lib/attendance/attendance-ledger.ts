export interface Visit {
  userId: string;
  joinedAt: Date;
  /** null: still inside (counted up to `until`). */
  leftAt: Date | null;
}

export interface SettledAttendance {
  userId: string;
  firstJoinedAt: Date;
  lastLeftAt: Date;
  /** Stays after merging reconnects within the gap. */
  visits: number;
  minutes: number;
  /** Of the scheduled duration, 0-100. */
  percent: number;
}

export interface LedgerWindow {
  /** Time before this (the room was not open yet) does not count. */
  from: Date;
  /** Open visits are counted up to here (the end of the session, or now). */
  until: Date;
  scheduledMinutes: number;
  /** Leaving and coming back within this many seconds is one stay, the gap included. */
  reconnectGapSeconds: number;
}

const MINUTE = 60_000;

/**
 * Minutes each person attended: visits clipped to the window, reconnects within the gap
 * merged into one stay (a dropped connection should not cost a librarian her minutes),
 * overlapping visits (two tabs) counted once, percent of the scheduled duration capped at 100.
 */
export function settleAttendance(visits: readonly Visit[], window: LedgerWindow): SettledAttendance[] {
  const byUser = new Map<string, { start: number; end: number }[]>();
  for (const visit of visits) {
    const start = Math.max(visit.joinedAt.getTime(), window.from.getTime());
    const end = Math.min((visit.leftAt ?? window.until).getTime(), window.until.getTime());
    const stays = byUser.get(visit.userId) ?? [];
    stays.push({ start, end: Math.max(start, end) });
    byUser.set(visit.userId, stays);
  }
  const gap = window.reconnectGapSeconds * 1000;
  const settled: SettledAttendance[] = [];
  for (const [userId, stays] of byUser) {
    stays.sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const stay of stays) {
      const last = merged.at(-1);
      if (last && stay.start - last.end <= gap) last.end = Math.max(last.end, stay.end);
      else merged.push({ ...stay });
    }
    const attendedMs = merged.reduce((sum, stay) => sum + (stay.end - stay.start), 0);
    const minutes = Math.min(Math.round(attendedMs / MINUTE), window.scheduledMinutes);
    settled.push({
      userId,
      firstJoinedAt: new Date(merged[0].start),
      lastLeftAt: new Date(merged.at(-1)?.end ?? merged[0].end),
      visits: merged.length,
      minutes,
      percent: window.scheduledMinutes > 0 ? Math.min(100, Math.floor((minutes * 100) / window.scheduledMinutes)) : 0,
    });
  }
  return settled;
}
