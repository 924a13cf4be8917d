import { bAnd, EVERYONE, STAFF, type ObjectCase } from './object-case';

const event = { object: (w: { b: { eventId: string } }) => w.b.eventId };
const series = { object: (w: { b: { eventSeriesId: string } }) => w.b.eventSeriesId };
const slug = { object: (w: { b: { eventSlug: string } }) => w.b.eventSlug };
/** B's event is managed by the staff and its organiser, trainerB (partner staff are members like this). */
const MANAGERS = bAnd('trainerB');

export const EVENT_ORGANISING_CASES: ObjectCase[] = [
  { route: 'GET /api/events/:eventId', ...event, allowed: MANAGERS },
  {
    route: 'PATCH /api/events/:eventId',
    ...event,
    body: () => ({ summary: 'Bincang buku bersama penulisnya.' }),
    allowed: MANAGERS,
  },
  // B's event is published: publishing again changes nothing.
  { route: 'POST /api/events/:eventId/publish', ...event, allowed: MANAGERS },
  { route: 'POST /api/events/:eventId/cancel', ...event, allowed: MANAGERS, destructive: true },
  // Only the staff delete, and only drafts (B's published event: 409, past the access rules).
  { route: 'DELETE /api/events/:eventId', ...event, allowed: STAFF, destructive: true },
  // No body: a manager's upload is refused as not multipart (415), anyone else's as not theirs (404) before it is read.
  { route: 'PUT /api/events/:eventId/cover', ...event, allowed: MANAGERS },
  { route: 'DELETE /api/events/:eventId/cover', ...event, allowed: MANAGERS },
  { route: 'GET /api/event-series/:seriesId', ...series, allowed: STAFF },
  {
    route: 'PATCH /api/event-series/:seriesId',
    ...series,
    body: () => ({ title: 'Klub Membaca Sabtu' }),
    allowed: STAFF,
  },
  // A published event's page and calendar are for anyone with the link.
  { route: 'GET /api/public/events/:slug', ...slug, allowed: EVERYONE },
  { route: 'GET /api/public/events/:slug/calendar.ics', ...slug, allowed: EVERYONE },
];
