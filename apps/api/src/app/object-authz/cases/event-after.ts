import { bAnd, STAFF, type ObjectCase } from './object-case';

const event = { object: (w: { b: { eventId: string } }) => w.b.eventId };
/** Who manages B's event: its organiser trainerB and the staff. */
const MANAGERS = bAnd('trainerB');

export const EVENT_AFTER_CASES: ObjectCase[] = [
  { route: 'GET /api/events/:eventId/attendance.csv', ...event, allowed: MANAGERS },
  { route: 'GET /api/events/:eventId/attendance.xlsx', ...event, query: 'all=true', allowed: MANAGERS },
  // Coordinators and admins only, not its organisers. B's event has not ended, so the staff
  // are answered 409 and nothing is issued.
  {
    route: 'POST /api/events/:eventId/certificates',
    ...event,
    body: (w) => ({ templateId: w.b.templateId, roles: ['peserta', 'panitia'] }),
    allowed: STAFF,
  },
];
