import { Pipe, type PipeTransform } from '@angular/core';
import type { EventVenue } from '@bina-pustaka/shared-contracts';
import { cachedDateFormat, formatTime, type UiLocale } from '@bina-pustaka/shared-util';

const INTL_LOCALE: Record<UiLocale, string> = { id: 'id-ID', en: 'en-GB' };

/** "Sabtu, 19 Desember 2026" in the event's zone (the guest's phone may be elsewhere). */
export function eventDate(value: string, language: UiLocale, timeZone: string): string {
  return cachedDateFormat(INTL_LOCALE[language], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(value));
}

/**
 * When an event (or one of its days) is held, as Indonesians write it: "Sabtu, 19 Desember
 * 2026, 09.00–12.00 WIB" on one day, both ends written out when it runs past midnight.
 */
export function eventWhen(startsAt: string, endsAt: string, language: UiLocale, timeZone: string): string {
  const startDay = eventDate(startsAt, language, timeZone);
  const endDay = eventDate(endsAt, language, timeZone);
  const start = formatTime(startsAt, language, timeZone);
  const end = formatTime(endsAt, language, timeZone);
  if (startDay !== endDay) return `${startDay}, ${start} – ${endDay}, ${end}`;
  // "09.00 WIB" and "12.00 WIB": the zone is said once.
  return `${startDay}, ${start.replace(/ \S+$/, '')}–${end}`;
}

/** `{{ event.startsAt | bpEventWhen: event.endsAt : event.timeZone : language() }}`; pure. */
@Pipe({ name: 'bpEventWhen' })
export class EventWhenPipe implements PipeTransform {
  transform(startsAt: string, endsAt: string | null, timeZone: string, language: UiLocale): string {
    return endsAt
      ? eventWhen(startsAt, endsAt, language, timeZone)
      : `${eventDate(startsAt, language, timeZone)}, ${formatTime(startsAt, language, timeZone)}`;
  }
}

/** The venue on OpenStreetMap, only when the organiser gave its coordinates. */
export function openStreetMapUrl(venue: EventVenue | null): string | null {
  if (!venue || venue.latitude === null || venue.longitude === null) return null;
  const { latitude: lat, longitude: lon } = venue;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}
