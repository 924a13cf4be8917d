import type { EventTimeZone } from '@bina-pustaka/shared-contracts';
import { cachedDateFormat, type UiLocale } from '@bina-pustaka/shared-util';

/** Hours ahead of UTC: Indonesia keeps no daylight saving, so each zone's offset is fixed. */
const ZONE_HOURS: Record<EventTimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };

/** What people write after a time: WIB, WITA, WIT. */
export const ZONE_NAMES: Record<EventTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** An instant as the event's zone shows it: yyyy-mm-dd and hh:mm for the date and time inputs. */
export function toZoneParts(value: string, zone: EventTimeZone): { date: string; time: string } {
  const shifted = new Date(Date.parse(value) + ZONE_HOURS[zone] * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** "2026-12-19" + "09:00" in WITA → "2026-12-19T09:00:00+08:00"; null when either is not valid. */
export function fromZoneParts(date: string, time: string, zone: EventTimeZone): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const iso = `${date}T${time}:00+0${ZONE_HOURS[zone]}:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** A weekday's name (0 Sunday .. 6 Saturday) in the reader's language. */
export function weekdayName(weekday: number, language: UiLocale): string {
  // 4 January 2026 was a Sunday; noon UTC is the same day in every zone.
  const day = new Date(Date.UTC(2026, 0, 4 + weekday, 12));
  return cachedDateFormat(language === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/** "09.00" in Indonesian, "09:00" in English. */
export function clockText(time: string, language: UiLocale): string {
  return language === 'id' ? time.replace(':', '.') : time;
}
