import { cachedDateFormat } from '@bina-pustaka/shared-util';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The moments a range of whole WIB days covers: from the start of `from` (included) to the
 * start of the day after `to` (excluded). WIB is UTC+7 all year, so a day is 24 hours.
 */
export function wibDayRange(from?: string, to?: string): { since?: Date; before?: Date } {
  return {
    ...(from ? { since: new Date(`${from}T00:00:00+07:00`) } : {}),
    ...(to ? { before: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + DAY_MS) } : {}),
  };
}

/** "2026-11-25 14:00:05" in WIB: a moment a spreadsheet sorts and reads as it is written. */
export function wibTimestamp(moment: Date): string {
  return cachedDateFormat('sv-SE', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(moment);
}
