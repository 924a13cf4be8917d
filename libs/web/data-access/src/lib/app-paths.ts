import { APP_PATHS, type AppPath } from '@bina-pustaka/shared-contracts';

/**
 * Which feature owns each page, so the first screen needs only these lists: a feature's
 * routes (guards, titles, translation scopes) load with the feature, not with the shell.
 * A path missing here cannot be reached (the routes spec checks every feature's routes).
 */
export const FEATURE_PATHS = {
  learning: [
    APP_PATHS.catalog,
    APP_PATHS.catalogCourse,
    APP_PATHS.player,
    APP_PATHS.playerLesson,
    APP_PATHS.myLearning,
    APP_PATHS.manageCourses,
    APP_PATHS.manageCourse,
    APP_PATHS.manageCohort,
    APP_PATHS.learningRecords,
    APP_PATHS.materials,
  ],
  assessment: [
    APP_PATHS.quizAttempt,
    APP_PATHS.quiz,
    APP_PATHS.questionBank,
    APP_PATHS.manageQuizzes,
    APP_PATHS.quizSettings,
    APP_PATHS.quizResults,
    APP_PATHS.quizEssays,
  ],
  webinar: [
    APP_PATHS.webinars,
    APP_PATHS.newWebinar,
    APP_PATHS.webinar,
    APP_PATHS.editWebinar,
    APP_PATHS.webinarRoom,
    APP_PATHS.webinarAttendance,
  ],
  audit: [APP_PATHS.auditLog],
  forum: [
    APP_PATHS.forum,
    APP_PATHS.forumSearch,
    APP_PATHS.courseForum,
    APP_PATHS.forumThread,
    APP_PATHS.newForumThread,
    APP_PATHS.forumBoard,
    APP_PATHS.forumModeration,
    APP_PATHS.forumDigestUnsubscribe,
  ],
  focusGroup: [APP_PATHS.focusGroups, APP_PATHS.newFocusGroup, APP_PATHS.focusGroupActions, APP_PATHS.focusGroup],
  survey: [
    APP_PATHS.manageSurveys,
    APP_PATHS.newSurvey,
    APP_PATHS.surveyResults,
    APP_PATHS.speakerEvaluation,
    APP_PATHS.manageSurvey,
    APP_PATHS.answerSurvey,
    APP_PATHS.publicSurvey,
  ],
  event: [
    APP_PATHS.events,
    APP_PATHS.eventConfirm,
    APP_PATHS.eventTicket,
    APP_PATHS.eventCancel,
    APP_PATHS.event,
    APP_PATHS.eventCheckIn,
    APP_PATHS.manageEvents,
    APP_PATHS.newEvent,
    APP_PATHS.eventRegistrations,
    APP_PATHS.manageEvent,
    APP_PATHS.readingClub,
  ],
} as const satisfies Record<string, readonly AppPath[]>;

/** Whether a URL's path segments are exactly `path` (each `:name` part matches one segment). */
export function pathMatches(path: string, segments: readonly string[]): boolean {
  const parts = path === '' ? [] : path.split('/');
  return parts.length === segments.length && parts.every((part, i) => part.startsWith(':') || part === segments[i]);
}

/** Query parameter the sign-in page is opened with after a person deleted their account (it says so). */
export const ACCOUNT_DELETED_PARAM = 'akun-dihapus';

/** Query parameter that carries the page to return to after signing in. */
export const RETURN_URL_PARAM = 'kembali';

/** Only same-app paths are followed after sign-in (no "//evil.example" or absolute URLs). */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
