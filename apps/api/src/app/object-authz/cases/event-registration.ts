import { bAnd, EVERYONE, type ObjectCase } from './object-case';

const event = { object: (w: { b: { eventId: string } }) => w.b.eventId };
/** An event is managed by the staff and its organisers (trainerB organises B's event). */
const MANAGERS = bAnd('trainerB');

export const EVENT_REGISTRATION_CASES: ObjectCase[] = [
  // B's event is published and open: anyone may register as a guest. The honeypot is filled
  // so the shared world keeps no made-up guests; the answer is the same as a person's.
  {
    route: 'POST /api/public/events/:slug/registrations',
    object: (w) => w.b.eventSlug,
    body: () => ({
      name: 'Tamu Uji',
      email: 'tamu-uji@contoh.id',
      consent: true,
      answers: {},
      website: 'http://contoh.id',
    }),
    allowed: EVERYONE,
  },
  // Each member registers themself with one click, reads their own ticket and cancels it
  // (in this order: the three cases run one after another for every actor).
  { route: 'POST /api/events/:eventId/registration', ...event, allowed: EVERYONE },
  { route: 'GET /api/events/:eventId/registration', ...event, allowed: EVERYONE },
  { route: 'DELETE /api/events/:eventId/registration', ...event, allowed: EVERYONE },
  { route: 'GET /api/events/:eventId/registrations', ...event, allowed: MANAGERS },
  {
    route: 'POST /api/events/:eventId/registrations/:registrationId/cancel',
    object: (w) => [w.b.eventId, w.b.eventRegistrationId],
    allowed: MANAGERS,
    destructive: true,
  },
];
