import { APP_PATHS, appLink } from './app-paths';
import { visitSection } from './reporting.types';
import { pageViewSchema, visitReportQuerySchema } from './reporting.schemas';

describe('visitSection', () => {
  it.each([
    ['/', 'home'],
    ['', 'home'],
    [appLink(APP_PATHS.catalogCourse, { courseId: 'c1' }), 'catalog'],
    [appLink(APP_PATHS.playerLesson, { courseId: 'c1', lessonId: 'l1' }), 'learning'],
    [appLink(APP_PATHS.myLearning), 'learning'],
    [appLink(APP_PATHS.quizAttempt, { attemptId: 'a1' }), 'assessment'],
    [appLink(APP_PATHS.webinarRoom, { webinarId: 'w1' }), 'webinars'],
    [appLink(APP_PATHS.forumThread, { threadId: 't1' }), 'forum'],
    [appLink(APP_PATHS.focusGroup, { groupId: 'g1' }), 'focus-groups'],
    [appLink(APP_PATHS.answerSurvey, { surveyId: 's1' }), 'surveys'],
    [appLink(APP_PATHS.publicSurvey, { slug: 'ikm' }), 'surveys'],
    [appLink(APP_PATHS.event, { slug: 'pameran-buku' }), 'events'],
    [appLink(APP_PATHS.eventTicket), 'events'],
    [appLink(APP_PATHS.verifyCertificateCode, { code: '7KQ2M9XD4HPA' }), 'certificates'],
    [appLink(APP_PATHS.myCertificates), 'certificates'],
    [appLink(APP_PATHS.signIn), 'account'],
    [appLink(APP_PATHS.profile), 'account'],
    [appLink(APP_PATHS.manageEvent, { eventId: 'e1' }), 'manage'],
    [appLink(APP_PATHS.adminUsers), 'manage'],
    ['/tidak-ada', 'other'],
  ])('%s is in %s', (path, section) => {
    expect(visitSection(path)).toBe(section);
  });

  it('reads only the path: a query, a fragment, a trailing slash or capitals change nothing', () => {
    expect(visitSection('/Acara/pameran/?utm=x#token=abc')).toBe('events');
  });

  it('needs a whole segment: /acarax is not an event page, /kuisioner not a quiz', () => {
    expect(visitSection('/acarax')).toBe('other');
    expect(visitSection('/kuisioner')).toBe('other');
  });
});

describe('reporting schemas', () => {
  it('a page view is a path from the root, at most 300 characters', () => {
    expect(pageViewSchema.safeParse({ path: '/pelatihan' }).success).toBe(true);
    expect(pageViewSchema.safeParse({ path: 'pelatihan' }).success).toBe(false);
    expect(pageViewSchema.safeParse({ path: `/${'a'.repeat(300)}` }).success).toBe(false);
    expect(pageViewSchema.safeParse({ path: '/', name: 'Dewi' }).success).toBe(false);
  });

  it('a report covers from..to, in order, a year at most', () => {
    expect(visitReportQuerySchema.safeParse({ from: '2026-01-01', to: '2026-12-31' }).success).toBe(true);
    expect(visitReportQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-31' }).success).toBe(false);
    expect(visitReportQuerySchema.safeParse({ from: '2025-01-01', to: '2026-01-02' }).success).toBe(false);
    expect(visitReportQuerySchema.safeParse({ from: '2026-1-1', to: '2026-01-02' }).success).toBe(false);
  });
});
