import { bAnd, type ObjectCase } from './object-case';

const event = { object: (w: { b: { eventId: string } }) => w.b.eventId };
/** B's event is managed by its organiser (trainerB) beside the staff; anyone else is told there is no such event. */
const MANAGERS = bAnd('trainerB');

export const EVENT_CHECK_IN_CASES: ObjectCase[] = [
  { route: 'GET /api/events/:eventId/roster', ...event, allowed: MANAGERS },
  // A search pick of B's confirmed guest: the first allowed call checks them in, the rest hear "already".
  {
    route: 'POST /api/events/:eventId/check-ins',
    ...event,
    body: (w) => ({
      checkIns: [
        { scanId: crypto.randomUUID(), registrationId: w.b.eventRegistrationId, at: new Date().toISOString() },
      ],
    }),
    allowed: MANAGERS,
  },
  {
    route: 'POST /api/events/:eventId/walk-ins',
    ...event,
    body: () => ({ name: 'Tamu Datang Langsung', scanId: crypto.randomUUID(), at: new Date().toISOString() }),
    allowed: MANAGERS,
  },
];
