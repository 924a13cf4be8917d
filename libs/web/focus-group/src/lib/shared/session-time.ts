import { Pipe, type PipeTransform } from '@angular/core';
import type { FocusGroupSession } from '@bina-pustaka/shared-contracts';
import { formatDateTime, formatTime, fromWibParts, toWibParts, type UiLocale } from '@bina-pustaka/shared-util';

const MINUTE = 60_000;

/** Hours ahead of WIB of the zones a session may be announced in. */
const SHIFT_FROM_WIB: Record<string, number> = { 'Asia/Makassar': 1, 'Asia/Jayapura': 2 };

/** The date and time typed in a zone, as an ISO moment; null when not valid. */
export function fromZoneParts(date: string, time: string, zone: string): string | null {
  const wib = fromWibParts(date, time);
  const shift = SHIFT_FROM_WIB[zone] ?? 0;
  if (!wib || shift === 0) return wib;
  return new Date(Date.parse(wib) - shift * 60 * MINUTE).toISOString();
}

/** A moment as the date and time typed in a zone (the inverse of fromZoneParts), for editing. */
export function toZoneParts(moment: string, zone: string): { date: string; time: string } {
  const shift = SHIFT_FROM_WIB[zone] ?? 0;
  return toWibParts(new Date(Date.parse(moment) + shift * 60 * MINUTE));
}

/** "25 November 2026, 14.00–15.30 WITA": a session as it was announced, in its own zone. */
@Pipe({ name: 'bpSessionTime' })
export class SessionTimePipe implements PipeTransform {
  transform(session: Pick<FocusGroupSession, 'startsAt' | 'durationMinutes' | 'timeZone'>, language: UiLocale): string {
    const end = new Date(Date.parse(session.startsAt) + session.durationMinutes * MINUTE);
    return `${formatDateTime(session.startsAt, language, session.timeZone)} – ${formatTime(end, language, session.timeZone)}`;
  }
}
