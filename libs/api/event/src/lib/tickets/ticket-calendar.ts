import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventEntity } from '../entities/event.entity';

export interface CalendarDay {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The event as an iCalendar file attached to a ticket: one entry per day (times in UTC,
 * every calendar app shows them in its own zone), the venue as the location and the ticket
 * page as the link. The registration's id makes the UIDs, so a promoted guest's second
 * ticket moves the entries instead of adding more.
 */
export function ticketCalendar(
  event: Pick<EventEntity, 'title' | 'summary' | 'venue' | 'status' | 'updatedAt'>,
  days: CalendarDay[],
  registrationId: string,
  ticketUrl: string,
  hostname: string,
): string {
  const calendar = ical({
    prodId: { company: 'Bina Pustaka', product: 'acara', language: 'ID' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const location = event.venue
    ? [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', ')
    : null;
  days.forEach((day, index) => {
    calendar.createEvent({
      id: `${registrationId}-${index}@${hostname}`,
      start: day.startsAt,
      end: day.endsAt,
      stamp: event.updatedAt,
      summary: days.length > 1 ? `${event.title} (hari ${index + 1})` : event.title,
      description: [event.summary, ticketUrl].filter(Boolean).join('\n\n'),
      location,
      url: ticketUrl,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  });
  return calendar.toString();
}
