import { WEBINAR_EARLY_JOIN_MINUTES, type WebinarRoomRole, type WebinarSession } from '@bina-pustaka/shared-contracts';
import { formatDateTime, formatTime, fromWibParts, toWibParts, type UiLocale } from '@bina-pustaka/shared-util';

const MINUTE = 60_000;

/** Hours ahead of UTC of the zones a session may be announced in (none has daylight saving). */
const ZONE_OFFSET_HOURS: Record<string, number> = {
  'Asia/Jakarta': 7,
  'Asia/Pontianak': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};
const WIB_OFFSET_HOURS = 7;

const shiftHours = (zone: string) => (ZONE_OFFSET_HOURS[zone] ?? WIB_OFFSET_HOURS) - WIB_OFFSET_HOURS;

/** A moment as the date and time inputs show it in a zone (WIB by default). */
export function zoneParts(value: string, zone: string): { date: string; time: string } {
  return toWibParts(new Date(Date.parse(value) + shiftHours(zone) * 60 * MINUTE));
}

/** The date and time typed in a zone, as an ISO moment; null when not valid. */
export function fromZoneParts(date: string, time: string, zone: string): string | null {
  const wib = fromWibParts(date, time);
  if (!wib) return null;
  const shift = shiftHours(zone);
  return shift === 0 ? wib : new Date(Date.parse(wib) - shift * 60 * MINUTE).toISOString();
}

export const endsAt = (session: Pick<WebinarSession, 'startsAt' | 'durationMinutes'>): Date =>
  new Date(Date.parse(session.startsAt) + session.durationMinutes * MINUTE);

/** "25 November 2026, 14.00 WIB": the start as the session announces it. */
export function scheduleText(session: Pick<WebinarSession, 'startsAt' | 'timeZone'>, language: UiLocale): string {
  return formatDateTime(session.startsAt, language, session.timeZone);
}

/** "15.30 WIB" */
export function endText(
  session: Pick<WebinarSession, 'startsAt' | 'durationMinutes' | 'timeZone'>,
  language: UiLocale,
): string {
  return formatTime(endsAt(session), language, session.timeZone);
}

/** What the Join button can do now (`webinar.join.<value>` says it). */
export const JOIN_STATES = ['open', 'tooEarly', 'ended', 'cancelled', 'notAllowed'] as const;
export type JoinState = (typeof JOIN_STATES)[number];

/** Attendees may enter from 10 minutes before the start; the session's staff at any time before it ends. */
export function joinOpensAt(session: Pick<WebinarSession, 'startsAt'>, role: WebinarRoomRole | null): Date {
  const start = Date.parse(session.startsAt);
  return role && role !== 'attendee' ? new Date(0) : new Date(start - WEBINAR_EARLY_JOIN_MINUTES * MINUTE);
}

export function joinState(
  session: Pick<WebinarSession, 'startsAt' | 'status' | 'myRole'>,
  now: number = Date.now(),
): JoinState {
  if (session.status === 'cancelled') return 'cancelled';
  if (session.status === 'ended') return 'ended';
  if (!session.myRole) return 'notAllowed';
  if (session.status === 'live') return 'open';
  return now >= joinOpensAt(session, session.myRole).getTime() ? 'open' : 'tooEarly';
}

/** Initials for a tile without video: "Dewi Lestari" → "DL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0][0], words[words.length - 1][0]] : [words[0]?.[0] ?? '?'];
  return letters.join('').toUpperCase();
}
