import { bAnd, STAFF, type ObjectCase } from './object-case';

const session = { object: (w: { b: { webinarId: string } }) => w.b.webinarId };
/** Who manages B's session: its host (trainerB, who scheduled it) and the staff. */
const MANAGERS = bAnd('trainerB');
/** Who the session is for: cohort B (learnerB), and those who manage it. */
const AUDIENCE = bAnd('learnerB', 'trainerB');

export const WEBINAR_CASES: ObjectCase[] = [
  { route: 'GET /api/webinars/:id', ...session, allowed: AUDIENCE },
  {
    route: 'PATCH /api/webinars/:id',
    ...session,
    body: () => ({ description: 'Diskusi daring bersama narasumber.' }),
    allowed: MANAGERS,
  },
  { route: 'POST /api/webinars/:id/cancel', ...session, allowed: MANAGERS, destructive: true },
  { route: 'POST /api/webinars/:id/open', ...session, allowed: MANAGERS },
  { route: 'POST /api/webinars/:id/end', ...session, allowed: MANAGERS, destructive: true },
  { route: 'POST /api/webinars/:id/registration', ...session, allowed: AUDIENCE },
  { route: 'DELETE /api/webinars/:id/registration', ...session, allowed: AUDIENCE },
  { route: 'POST /api/webinars/:id/join-ticket', ...session, allowed: AUDIENCE },
  { route: 'GET /api/webinars/:id/calendar.ics', ...session, allowed: AUDIENCE },
  { route: 'GET /api/webinars/:id/attendance', ...session, allowed: MANAGERS },
  { route: 'GET /api/webinars/:id/attendance.csv', ...session, allowed: MANAGERS },
  { route: 'GET /api/webinars/:id/evaluation', ...session, allowed: AUDIENCE },
  {
    route: 'PUT /api/webinars/:id/evaluation',
    ...session,
    body: (w) => ({ surveyId: w.b.surveyId, requiredForCertificate: false }),
    allowed: MANAGERS,
  },
  { route: 'DELETE /api/webinars/:id/evaluation', ...session, allowed: MANAGERS, destructive: true },
  // A's own session, with B's objects in the body: trainerA may not aim it at B's cohort or
  // offer trainerB's survey as its evaluation (the staff may; they would change A's session, so
  // only the refusals are sent).
  {
    route: 'PATCH /api/webinars/:id',
    via: "A's session, moved to B's cohort",
    object: (w) => w.a.webinarId,
    body: (w) => ({ courseId: w.b.course.id, cohortId: w.b.cohortId }),
    allowed: STAFF,
    destructive: true,
  },
  {
    route: 'PUT /api/webinars/:id/evaluation',
    via: "A's session, with B's survey",
    object: (w) => w.a.webinarId,
    body: (w) => ({ surveyId: w.b.surveyId, requiredForCertificate: false }),
    allowed: STAFF,
    destructive: true,
  },
];
