import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventDay } from '@bina-pustaka/shared-contracts';
import type { EventEntity } from '../entities/event.entity';

/**
 * An event as an iCalendar file: one VEVENT per day (a three-day exhibition is three
 * entries in the reader's calendar), times in UTC, the venue as the location (the page's
 * address for an online event) and a link back to the page. Nothing about who registered.
 * Each day's UID is stable and `sequence` follows updates, so importing again moves it.
 */
export function eventCalendar(
  event: Pick<EventEntity, 'id' | 'title' | 'summary' | 'venue' | 'status' | 'updatedAt'>,
  days: EventDay[],
  pageUrl: string,
  hostname: string,
): string {
  const calendar = ical({
    prodId: { company: 'Bina Pustaka', product: 'acara', language: 'ID' },
    method: ICalCalendarMethod.PUBLISH,
    name: event.title,
  });
  const location = event.venue
    ? [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', ')
    : pageUrl;
  days.forEach((day, index) => {
    calendar.createEvent({
      id: `${event.id}-${index + 1}@${hostname}`,
      start: new Date(day.startsAt),
      end: new Date(day.endsAt),
      stamp: event.updatedAt,
      sequence: Math.floor(event.updatedAt.getTime() / 1000),
      summary: days.length > 1 ? `${event.title} (hari ${index + 1})` : event.title,
      description: [event.summary, pageUrl].filter(Boolean).join('\n\n'),
      url: pageUrl,
      location,
      ...(event.venue?.latitude != null && event.venue.longitude != null
        ? { location: { title: location, geo: { lat: event.venue.latitude, lon: event.venue.longitude } } }
        : {}),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  });
  // RFC 5545 ends every line, the last one too, with CRLF; the library leaves the last bare.
  return `${calendar.toString().replace(/(\r\n)?$/, '')}\r\n`;
}
