import { Pipe, type PipeTransform } from '@angular/core';
import { cachedDateFormat, formatDate, formatTime, type UiLocale } from '@bina-pustaka/shared-util';

/** "Sabtu, 19 Desember 2026" in the event's zone (the reader's phone may be elsewhere). */
export function eventDate(value: string, language: UiLocale, timeZone: string): string {
  const weekday = cachedDateFormat(language === 'id' ? 'id-ID' : 'en-GB', { timeZone, weekday: 'long' });
  return `${weekday.format(new Date(value))}, ${formatDate(value, language, timeZone)}`;
}

/** "Sabtu, 19 Desember 2026, 09.00 WITA": a moment of an event, in the event's own zone. */
export function eventMoment(value: string, language: UiLocale, timeZone: string): string {
  return `${eventDate(value, language, timeZone)}, ${formatTime(value, language, timeZone)}`;
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

/**
 * A moment, or a span with its end, in the event's zone as the reader's language writes it:
 * `{{ event.startsAt | bpEventWhen: event.timeZone : language() : event.endsAt }}`. Pure: the
 * zone and the language are arguments; nothing gives ''.
 */
@Pipe({ name: 'bpEventWhen' })
export class EventWhenPipe implements PipeTransform {
  transform(
    value: string | null | undefined,
    timeZone: string,
    language: UiLocale,
    endsAt: string | null = null,
  ): string {
    if (!value) return '';
    return endsAt ? eventWhen(value, endsAt, language, timeZone) : eventMoment(value, language, timeZone);
  }
}
