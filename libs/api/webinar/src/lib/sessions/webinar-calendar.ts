import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { APP_PATHS, appUrl } from '@bina-pustaka/shared-contracts';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';

/**
 * One session as an iCalendar file for the reader's calendar app: times in UTC (every app
 * shows them in its own zone), a link back to the session page, and a 15-minute alarm.
 * The session id is the event's UID and `sequence` follows updates, so importing again
 * moves the event instead of adding a second.
 */
export function webinarCalendar(
  session: Pick<
    WebinarSessionEntity,
    'id' | 'title' | 'description' | 'startsAt' | 'durationMinutes' | 'updatedAt' | 'status'
  >,
  publicUrl: string,
  hostname: string,
): string {
  const url = appUrl(publicUrl, APP_PATHS.webinar, { webinarId: session.id });
  const calendar = ical({
    prodId: { company: 'Bina Pustaka', product: 'webinar', language: 'ID' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const event = calendar.createEvent({
    id: `${session.id}@${hostname}`,
    start: session.startsAt,
    end: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000),
    stamp: session.updatedAt,
    sequence: Math.floor(session.updatedAt.getTime() / 1000),
    summary: session.title,
    description: [session.description, url].filter(Boolean).join('\n\n'),
    url,
    location: url,
    status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  event.createAlarm({ type: ICalAlarmType.display, trigger: 15 * 60, description: session.title });
  return calendar.toString();
}
