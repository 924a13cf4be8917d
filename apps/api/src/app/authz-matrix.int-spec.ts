import { listRoutes, startTestApp, type RegisteredRoute, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn } from '@bina-pustaka/api-identity/testing';
import {
  EVENT_LIVE_NAMESPACE,
  FORUM_LIVE_NAMESPACE,
  type ApiErrorBody,
  type Role,
} from '@bina-pustaka/shared-contracts';
import { io } from 'socket.io-client';
import { AppModule } from './app.module';

type Actor = 'anonymous' | Role | 'disabled';
const ACTORS: Actor[] = ['anonymous', 'learner', 'trainer', 'coordinator', 'admin', 'disabled'];

// Who may call each route: stated here by hand, not derived from the code, so that a
// changed decorator shows up as a failing cell. Every new route must be added.
const PUBLIC: Actor[] = ['anonymous', 'learner', 'trainer', 'coordinator', 'admin', 'disabled'];
const SIGNED_IN: Actor[] = ['learner', 'trainer', 'coordinator', 'admin'];
const STAFF: Actor[] = ['coordinator', 'admin'];
const ADMIN: Actor[] = ['admin'];
const AUTHORS: Actor[] = ['trainer', 'coordinator', 'admin'];

const MATRIX: Record<string, Actor[]> = {
  'GET /api/health': PUBLIC,
  'GET /api/settings/public': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/refresh': PUBLIC,
  'POST /api/auth/logout': PUBLIC,
  'POST /api/auth/password/forgot': PUBLIC,
  'POST /api/auth/password/reset': PUBLIC,
  'POST /api/auth/invitations/preview': PUBLIC,
  'POST /api/auth/invitations/accept': PUBLIC,
  'POST /api/auth/register': PUBLIC,
  'GET /api/me': SIGNED_IN,
  'PATCH /api/me': SIGNED_IN,
  'PUT /api/me/password': SIGNED_IN,
  // One's own personal data (UU 27/2022): always the signed-in person's, never anyone else's
  'GET /api/me/data': SIGNED_IN,
  'POST /api/me/deletion': SIGNED_IN,
  'GET /api/institutions': SIGNED_IN,
  // Institutions are also the partner organisations events show: kept by coordinators and admins
  'POST /api/institutions': STAFF,
  'PATCH /api/institutions/:id': STAFF,
  'PUT /api/institutions/:id/logo': STAFF,
  'DELETE /api/institutions/:id/logo': STAFF,
  'GET /api/institution-logos/:hash': PUBLIC, // named by the logo's content hash; events' public pages show it
  'GET /api/users': STAFF,
  'GET /api/users/:id': STAFF,
  'PUT /api/users/:id/roles': ADMIN,
  'POST /api/users/:id/disable': ADMIN,
  'POST /api/users/:id/enable': ADMIN,
  'POST /api/invitations': STAFF,
  'GET /api/invitations': STAFF,
  'POST /api/invitations/:id/resend': STAFF,
  'DELETE /api/invitations/:id': STAFF,
  // Learning: authoring (object rules on top: a trainer edits only their own courses)
  'POST /api/files': AUTHORS,
  'GET /api/files/:id/content': PUBLIC, // a link signed for one user; access checked again inside
  'GET /api/courses': AUTHORS,
  'POST /api/courses': AUTHORS,
  'GET /api/courses/:id': AUTHORS,
  'PATCH /api/courses/:id': AUTHORS,
  'POST /api/courses/:id/publish': AUTHORS,
  'POST /api/courses/:id/archive': AUTHORS,
  'POST /api/courses/:id/modules': AUTHORS,
  'PATCH /api/modules/:id': AUTHORS,
  'DELETE /api/modules/:id': AUTHORS,
  'POST /api/modules/:id/lessons': AUTHORS,
  'PATCH /api/lessons/:id': AUTHORS,
  'DELETE /api/lessons/:id': AUTHORS,
  'PUT /api/courses/:id/outline': AUTHORS,
  'GET /api/courses/:id/progress': AUTHORS,
  'GET /api/completion-conditions': AUTHORS,
  'GET /api/trainers': AUTHORS,
  // Learning: cohorts and enrolments
  'POST /api/courses/:id/cohorts': STAFF,
  'GET /api/cohorts': AUTHORS,
  'GET /api/cohorts/:id': AUTHORS,
  'PATCH /api/cohorts/:id': STAFF,
  'GET /api/cohorts/:id/enrolments': AUTHORS,
  'POST /api/cohorts/:id/enrolments': STAFF,
  'POST /api/cohorts/:id/enrolments/import': STAFF,
  'POST /api/cohorts/:id/self-enrolment': SIGNED_IN,
  'POST /api/enrolments/:id/approve': STAFF,
  'POST /api/enrolments/:id/reject': STAFF,
  'POST /api/enrolments/:id/withdraw': STAFF,
  'POST /api/enrolments/:id/move': STAFF,
  'PATCH /api/enrolments/:id': STAFF,
  // Learning: every librarian
  'GET /api/catalog': SIGNED_IN,
  'GET /api/catalog/:courseId': SIGNED_IN,
  'GET /api/learn/courses/:courseId': SIGNED_IN,
  'GET /api/learn/lessons/:lessonId': SIGNED_IN,
  'POST /api/learn/lessons/:lessonId/progress': SIGNED_IN,
  'GET /api/me/learning': SIGNED_IN,
  'GET /api/me/jp-ledger': SIGNED_IN,
  'GET /api/me/jp-ledger/export.csv': SIGNED_IN,
  // The learner's transcript (reporting): always one's own
  'GET /api/me/transcript.pdf': SIGNED_IN,
  'GET /api/materials': SIGNED_IN,
  'POST /api/materials': AUTHORS,
  'PATCH /api/materials/:id': AUTHORS,
  'DELETE /api/materials/:id': AUTHORS,
  // Certificates: templates and issuing by coordinators
  'GET /api/certificate-templates': STAFF,
  'POST /api/certificate-templates': STAFF,
  'POST /api/certificate-templates/preview': STAFF,
  'GET /api/certificate-templates/:id': STAFF,
  'PATCH /api/certificate-templates/:id': STAFF,
  'DELETE /api/certificate-templates/:id': STAFF,
  'POST /api/certificate-images': STAFF,
  'GET /api/certificate-images/:id/content': PUBLIC,
  'GET /api/courses/:id/certificate-template': STAFF,
  'PUT /api/courses/:id/certificate-template': STAFF,
  'POST /api/certificate-batches': STAFF,
  'POST /api/certificate-batches/webinar': STAFF,
  'POST /api/certificate-batches/csv': STAFF,
  'GET /api/certificate-batches': STAFF,
  'GET /api/certificate-batches/:id': STAFF,
  'POST /api/certificate-batches/:id/retry': STAFF,
  'GET /api/certificate-batches/:id/zip': STAFF,
  'GET /api/certificates': STAFF,
  'POST /api/certificates/:id/revoke': STAFF,
  'POST /api/certificates/:id/reissue': STAFF,
  // Certificates: holders (object-level checks inside), signed links and the public
  'GET /api/me/certificates': SIGNED_IN,
  'GET /api/certificates/:id': SIGNED_IN,
  'GET /api/certificates/:id/pdf': PUBLIC,
  'GET /api/public/certificates/:code': PUBLIC,
  // Assessment: banks, quizzes, grading and results (object rules on top: the course's trainers)
  'GET /api/courses/:id/question-categories': AUTHORS,
  'POST /api/courses/:id/question-categories': AUTHORS,
  'GET /api/courses/:id/questions': AUTHORS,
  'POST /api/courses/:id/questions': AUTHORS,
  'GET /api/courses/:id/questions/export': AUTHORS,
  'POST /api/courses/:id/questions/import': AUTHORS,
  'GET /api/questions/:id': AUTHORS,
  'PATCH /api/questions/:id': AUTHORS,
  'DELETE /api/questions/:id': AUTHORS,
  'GET /api/courses/:id/quizzes': AUTHORS,
  'GET /api/courses/:id/learning-gain': AUTHORS,
  'POST /api/quizzes': AUTHORS,
  'GET /api/quizzes/:id': AUTHORS,
  'PATCH /api/quizzes/:id': AUTHORS,
  'DELETE /api/quizzes/:id': AUTHORS,
  'GET /api/quizzes/:id/overrides': AUTHORS,
  'PUT /api/quizzes/:id/overrides/:userId': AUTHORS,
  'DELETE /api/quizzes/:id/overrides/:userId': AUTHORS,
  'GET /api/quizzes/:id/attempts': AUTHORS,
  'GET /api/quizzes/:id/essays': AUTHORS,
  'PUT /api/quiz-attempts/:id/answers/:questionId/grade': AUTHORS,
  'GET /api/quizzes/:id/results': AUTHORS,
  'GET /api/quizzes/:id/results.csv': AUTHORS,
  // Assessment: learners take quizzes (enrolment and attempt ownership checked inside; others' attempts 404)
  'GET /api/learn/courses/:courseId/quizzes': SIGNED_IN,
  'GET /api/learn/quizzes/:quizId': SIGNED_IN,
  'POST /api/learn/quizzes/:quizId/attempts': SIGNED_IN,
  'GET /api/quiz-attempts/:id': SIGNED_IN,
  'PUT /api/quiz-attempts/:id/answers/:questionId': SIGNED_IN,
  'POST /api/quiz-attempts/:id/submit': SIGNED_IN,
  // Webinars: anyone signed in asks; what they may see (audience) or do (manage) is checked inside
  'GET /api/webinars': SIGNED_IN,
  'POST /api/webinars': AUTHORS,
  'GET /api/webinars/:id': SIGNED_IN,
  'PATCH /api/webinars/:id': SIGNED_IN,
  'POST /api/webinars/:id/cancel': SIGNED_IN,
  'POST /api/webinars/:id/open': SIGNED_IN,
  'POST /api/webinars/:id/end': SIGNED_IN,
  'POST /api/webinars/:id/registration': SIGNED_IN,
  'DELETE /api/webinars/:id/registration': SIGNED_IN,
  'POST /api/webinars/:id/join-ticket': SIGNED_IN,
  'GET /api/webinars/:id/calendar.ics': SIGNED_IN,
  'GET /api/webinars/:id/attendance': SIGNED_IN,
  'GET /api/webinars/:id/attendance.csv': SIGNED_IN,
  // Notifications: everyone their own
  'GET /api/me/notifications': SIGNED_IN,
  'POST /api/me/notifications/read': SIGNED_IN,
  // Audit log: admins only (reading it out is itself recorded)
  'GET /api/admin/audit': ADMIN,
  'GET /api/admin/audit/export.csv': ADMIN,
  // Forums: anyone signed in asks; which forum they may read (a course's: its members) and what
  // they may do in it (author, moderator) is checked inside, and an unreadable forum is a 404
  'GET /api/forums': SIGNED_IN,
  'GET /api/forums/course/:courseId': SIGNED_IN,
  'GET /api/forums/:forumId': SIGNED_IN,
  'PUT /api/forums/:forumId/watch': SIGNED_IN,
  'DELETE /api/forums/:forumId/watch': SIGNED_IN,
  'GET /api/forums/:forumId/threads': SIGNED_IN,
  'POST /api/forums/:forumId/threads': SIGNED_IN,
  'GET /api/forums/:forumId/people': SIGNED_IN,
  'GET /api/forum-search': SIGNED_IN,
  'GET /api/forum-threads/:threadId': SIGNED_IN,
  'GET /api/forum-threads/:threadId/links': SIGNED_IN,
  'PATCH /api/forum-threads/:threadId': SIGNED_IN,
  'POST /api/forum-threads/:threadId/posts': SIGNED_IN,
  'PUT /api/forum-threads/:threadId/answer': SIGNED_IN,
  'DELETE /api/forum-threads/:threadId/answer': SIGNED_IN,
  'POST /api/forum-threads/:threadId/read': SIGNED_IN,
  'PUT /api/forum-threads/:threadId/watch': SIGNED_IN,
  'DELETE /api/forum-threads/:threadId/watch': SIGNED_IN,
  'PATCH /api/forum-posts/:postId': SIGNED_IN,
  'POST /api/forum-posts/:postId/delete': SIGNED_IN,
  'GET /api/forum-posts/:postId/revisions': SIGNED_IN,
  'PUT /api/forum-posts/:postId/thanks': SIGNED_IN,
  'DELETE /api/forum-posts/:postId/thanks': SIGNED_IN,
  // Moderation: anyone reports what they may read; which forums a person moderates (a
  // course's trainers, coordinators and admins) is checked inside (403 for a member)
  'POST /api/forum-images': SIGNED_IN,
  'POST /api/forum-posts/:postId/report': SIGNED_IN,
  'GET /api/forum-moderation/forums': SIGNED_IN,
  'PUT /api/forum-moderation/forums/:forumId/settings': SIGNED_IN,
  'GET /api/forum-moderation/held': SIGNED_IN,
  'POST /api/forum-moderation/posts/:postId/approve': SIGNED_IN,
  'POST /api/forum-moderation/posts/:postId/reject': SIGNED_IN,
  'GET /api/forum-moderation/queue': SIGNED_IN,
  'POST /api/forum-moderation/posts/:postId/hide': SIGNED_IN,
  'POST /api/forum-moderation/posts/:postId/restore': SIGNED_IN,
  'POST /api/forum-moderation/posts/:postId/close-reports': SIGNED_IN,
  'PATCH /api/forum-moderation/threads/:threadId': SIGNED_IN,
  'GET /api/forum-moderation/suspensions': SIGNED_IN,
  'POST /api/forum-moderation/suspensions': SIGNED_IN,
  'DELETE /api/forum-moderation/suspensions/:suspensionId': SIGNED_IN,
  'GET /api/forum-moderation/log': SIGNED_IN,
  // The daily digest: one's own setting; the mail's unsubscribe link needs no sign-in (its
  // signed token names the person, and can only turn their digest off)
  'GET /api/forum-digest/setting': SIGNED_IN,
  'PUT /api/forum-digest/setting': SIGNED_IN,
  'GET /api/forum-digest/unsubscribe': PUBLIC,
  'POST /api/forum-digest/unsubscribe': PUBLIC,
  // Focus groups: coordinators and admins create groups and follow action items across them;
  // the rest is asked by anyone signed in and checked inside (a stranger to the group: 404; a
  // member changing it: 403; the people picker: staff and facilitators)
  'GET /api/focus-groups': SIGNED_IN,
  'POST /api/focus-groups': STAFF,
  'GET /api/focus-groups/people': SIGNED_IN,
  'GET /api/focus-groups/:groupId': SIGNED_IN,
  'PATCH /api/focus-groups/:groupId': SIGNED_IN,
  'GET /api/focus-groups/:groupId/summary.pdf': SIGNED_IN,
  'POST /api/focus-groups/:groupId/people': SIGNED_IN,
  'PATCH /api/focus-groups/:groupId/people/:userId': SIGNED_IN,
  'DELETE /api/focus-groups/:groupId/people/:userId': SIGNED_IN,
  'POST /api/focus-groups/:groupId/sessions': SIGNED_IN,
  'PATCH /api/focus-groups/:groupId/sessions/:sessionId': SIGNED_IN,
  'PUT /api/focus-groups/:groupId/sessions/:sessionId/notes': SIGNED_IN,
  'POST /api/focus-groups/:groupId/findings': SIGNED_IN,
  'PATCH /api/focus-groups/:groupId/findings/:findingId': SIGNED_IN,
  'DELETE /api/focus-groups/:groupId/findings/:findingId': SIGNED_IN,
  'POST /api/focus-groups/:groupId/actions': SIGNED_IN,
  'PATCH /api/focus-groups/:groupId/actions/:actionId': SIGNED_IN,
  'DELETE /api/focus-groups/:groupId/actions/:actionId': SIGNED_IN,
  'GET /api/focus-group-actions': STAFF,
  // Surveys: answering (who may answer which survey in which context is checked inside)
  'GET /api/surveys/:surveyId/form': SIGNED_IN,
  'POST /api/surveys/:surveyId/responses': SIGNED_IN,
  'GET /api/public/surveys/:slug': PUBLIC,
  'POST /api/public/surveys/:slug/responses': PUBLIC,
  // Surveys, building: trainers, coordinators and admins; inside, the staff read and manage
  // every survey, a trainer the ones they made (another's: 404); templates are read and
  // copied by every builder and changed by none (409); the poster only for public surveys
  'GET /api/surveys': AUTHORS,
  'POST /api/surveys': AUTHORS,
  'GET /api/surveys/:surveyId': AUTHORS,
  'PATCH /api/surveys/:surveyId': AUTHORS,
  'PUT /api/surveys/:surveyId/status': AUTHORS,
  'DELETE /api/surveys/:surveyId': AUTHORS,
  'GET /api/surveys/:surveyId/poster.pdf': AUTHORS,
  // Surveys: results, IKM, exports (a trainer: the surveys they created) and the speakers' roll-up (a trainer: their own)
  'GET /api/surveys/:surveyId/results': AUTHORS,
  'GET /api/surveys/:surveyId/ikm': AUTHORS,
  'GET /api/surveys/:surveyId/export.csv': AUTHORS,
  'GET /api/surveys/:surveyId/export.xlsx': AUTHORS,
  'GET /api/survey-speakers/:userId/evaluation': AUTHORS,
  // Events after the event: the export for its managers (organisers may hold any role: checked
  // on the event, 404 otherwise); certificates by role for coordinators and admins
  'GET /api/events/:eventId/attendance.csv': SIGNED_IN,
  'GET /api/events/:eventId/attendance.xlsx': SIGNED_IN,
  'POST /api/events/:eventId/certificates': STAFF,
  // A course's reaction beside its learning gain (its editors, as that gain; another trainer 403 inside)
  'GET /api/courses/:id/reaction': AUTHORS,
  // Surveys: evaluations (a course's editors and a session's managers set them; its learners
  // and participants read their step; others 404 inside)
  'GET /api/courses/:id/evaluation': SIGNED_IN,
  'PUT /api/courses/:id/evaluation': SIGNED_IN,
  'DELETE /api/courses/:id/evaluation': SIGNED_IN,
  'GET /api/webinars/:id/evaluation': SIGNED_IN,
  'PUT /api/webinars/:id/evaluation': SIGNED_IN,
  'DELETE /api/webinars/:id/evaluation': SIGNED_IN,
  // Events, the door: the event's managers (coordinators, admins, its organisers: members of any role); others 404 inside
  'GET /api/events/:eventId/roster': SIGNED_IN,
  'POST /api/events/:eventId/check-ins': SIGNED_IN,
  'POST /api/events/:eventId/walk-ins': SIGNED_IN,
  // Events: registration. Guests act through the signed token of their email's link (in the
  // body); members on their own registration; an event's managers (coordinators, admins and
  // its organisers, who may be any member) are checked inside, others get 404
  'POST /api/public/events/:slug/registrations': PUBLIC,
  'POST /api/public/event-registrations/confirm': PUBLIC,
  'POST /api/public/event-registrations/ticket': PUBLIC,
  'POST /api/public/event-registrations/cancel': PUBLIC,
  'POST /api/public/event-registrations/erase': PUBLIC,
  'GET /api/events/:eventId/registration': SIGNED_IN,
  'POST /api/events/:eventId/registration': SIGNED_IN,
  'DELETE /api/events/:eventId/registration': SIGNED_IN,
  'GET /api/events/:eventId/registrations': SIGNED_IN,
  'POST /api/events/:eventId/registrations/:registrationId/cancel': SIGNED_IN,
  // Events, organising: the staff create, delete and keep series; managers (the staff and the
  // event's organisers, any member they add) read and change it (another's event: 404 inside)
  'GET /api/events': SIGNED_IN, // the staff: every event; anyone else: the events they organise
  'POST /api/events': STAFF,
  'GET /api/events/:eventId': SIGNED_IN,
  'PATCH /api/events/:eventId': SIGNED_IN,
  'DELETE /api/events/:eventId': STAFF,
  'POST /api/events/:eventId/publish': SIGNED_IN,
  'POST /api/events/:eventId/cancel': SIGNED_IN,
  'PUT /api/events/:eventId/cover': SIGNED_IN,
  'DELETE /api/events/:eventId/cover': SIGNED_IN,
  'GET /api/event-series': STAFF,
  'POST /api/event-series': STAFF,
  'GET /api/event-series/:seriesId': STAFF,
  'PATCH /api/event-series/:seriesId': STAFF,
  // Events, public: published (and cancelled) events by slug, never who registered
  'GET /api/public/events': PUBLIC,
  'GET /api/public/events/:slug': PUBLIC,
  'GET /api/public/events/:slug/calendar.ics': PUBLIC,
  'GET /api/event-covers/:hash': PUBLIC, // named by the cover's content hash
  // Reporting: the web's page-view beacon (no sign-in, nothing about the visitor kept) and the daily visits
  'POST /api/visits': PUBLIC,
  'GET /api/reports/visits': STAFF,
  // The coordinators' dashboard; with INSTITUTIONS_SEPARATE a coordinator reads and reminds only their institution
  'GET /api/reports/dashboard': STAFF,
  'GET /api/reports/dashboard/below-target': STAFF,
  'POST /api/reports/dashboard/jp-reminders': STAFF,
  // Learning records: coordinators (held to their institution when institutions are separate) and admins
  'GET /api/reports/learners': STAFF,
  'GET /api/reports/learners/:userId/record': STAFF,
  'GET /api/reports/learners/:userId/record.csv': STAFF,
  'GET /api/reports/learners/:userId/record.xlsx': STAFF,
};

// Socket namespaces whose handshake takes the access token, and who gets in. What each message
// may do is checked inside, as REST's object checks are (libs/api/forum/README.md: a
// thread.follow is the read check of GET /api/forum-threads/:threadId). The webinar's
// /webinar takes a join ticket instead (POST /api/webinars/:id/join-ticket above).
const SOCKET_MATRIX: Record<string, Actor[]> = {
  [FORUM_LIVE_NAMESPACE]: SIGNED_IN,
  // event.watch is the managers' check of GET /api/events/:eventId (libs/api/event/README.md)
  [EVENT_LIVE_NAMESPACE]: SIGNED_IN,
};

/** The answers that mean "the access rules said no" (anything else got past them). */
const DENIALS = new Set([
  'auth.tokenMissing',
  'auth.tokenInvalid',
  'auth.tokenExpired',
  'auth.sessionEnded',
  'auth.forbidden',
]);

describe('access control of every route', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  const tokens = new Map<Actor, string | undefined>();

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
    routes = listRoutes(t.app);
    tokens.set('anonymous', undefined);
    for (const role of ['learner', 'trainer', 'coordinator', 'admin'] as const) {
      tokens.set(role, (await signIn(t.api, await createTestUser(t.db, { roles: [role] }))).token);
    }
    // A learner signed in, then disabled by an admin: the old token must stop working.
    const disabled = await signIn(t.api, await createTestUser(t.db));
    await t.api.post(`/api/users/${disabled.id}/disable`, undefined, { token: tokens.get('admin') });
    tokens.set('disabled', disabled.token);
  });
  afterAll(() => t.close());

  it('every route declares who may call it', () => {
    const missing = routes.filter((route) => !route.policy).map((r) => `${r.key} (${r.controller}.${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('the matrix lists exactly the routes the api has', () => {
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const cells = Object.entries(MATRIX).flatMap(([key, allowed]) =>
    ACTORS.map((actor) => [key, actor, allowed.includes(actor)] as const),
  );

  it.each(cells)('%s as %s: allowed = %s', async (key, actor, allowed) => {
    const [method, path] = key.split(' ');
    const url = path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
    const response = await t.api.request<ApiErrorBody>(
      method,
      url,
      ['GET', 'DELETE'].includes(method) ? undefined : {},
      {
        token: tokens.get(actor),
      },
    );
    expect(response.status).toBeLessThan(500);
    const denied = response.status >= 400 && DENIALS.has(response.body.code);
    expect({ key, actor, denied, status: response.status }).toEqual({
      key,
      actor,
      denied: !allowed,
      status: response.status,
    });
  });

  const socketCells = Object.entries(SOCKET_MATRIX).flatMap(([namespace, allowed]) =>
    ACTORS.map((actor) => [namespace, actor, allowed.includes(actor)] as const),
  );

  it.each(socketCells)('socket %s as %s: admitted = %s', async (namespace, actor, allowed) => {
    const socket = io(`${await t.app.getUrl()}${namespace}`, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: tokens.get(actor) ? { token: tokens.get(actor) } : {},
    });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('admitted'));
      socket.once('connect_error', (error: Error & { data?: { code?: string } }) =>
        resolve(error.data?.code ?? 'error'),
      );
    });
    socket.close();
    expect({ namespace, actor, admitted: outcome === 'admitted' }).toEqual({ namespace, actor, admitted: allowed });
    if (!allowed) expect(DENIALS.has(outcome)).toBe(true);
  });
});
