/**
 * The screens work in WIB (Asia/Jakarta, UTC+7 all year, no daylight saving): a date and a
 * time input per moment, sent to the api as ISO with the +07:00 offset.
 */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

interface WibParts {
  /** yyyy-mm-dd, for <input type="date"> */
  date: string;
  /** hh:mm, for <input type="time"> */
  time: string;
}

export function toWibParts(value: string | Date): WibParts {
  const iso = new Date(new Date(value).getTime() + WIB_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** "2026-11-25" + "14:00" → "2026-11-25T14:00:00+07:00"; null when either is not valid. */
export function fromWibParts(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const iso = `${date}T${time}:00+07:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** Today's date in WIB plus some days, for sensible defaults in forms. */
export function wibDatePlusDays(days: number, now: Date = new Date()): string {
  return toWibParts(new Date(now.getTime() + days * 24 * 60 * 60 * 1000)).date;
}

/**
 * An optional moment from its two inputs: null when both are empty (no moment), the day at
 * 00:00 when only the date is given, undefined when what was typed is not a moment.
 */
export function optionalMoment(date: string, time: string): string | null | undefined {
  if (!date && !time) return null;
  return fromWibParts(date, time || '00:00') ?? undefined;
}
