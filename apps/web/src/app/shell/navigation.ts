import { APP_PATHS, type AppPath, type Role } from '@bina-pustaka/shared-contracts';
import {
  AUDIT_LOG_ROLES,
  CERTIFICATE_MANAGER_ROLES,
  COURSE_AUTHOR_ROLES,
  EVENT_STAFF_ROLES,
  FOCUS_GROUP_ORGANISER_ROLES,
  LEARNING_RECORD_ROLES,
  PARTNER_MANAGER_ROLES,
  SURVEY_BUILDER_ROLES,
  USER_ADMIN_ROLES,
  WEBINAR_SCHEDULER_ROLES,
  hasAnyRole,
} from '@bina-pustaka/web-data-access';

/**
 * The client's information architecture, in one place: a learner's area (what a pustakawan
 * does every week) in the header, and a staff area (_Kelola_) with its own side navigation,
 * grouped. A new feature adds one entry here; the header, the phone menu, the side
 * navigation and the Kelola page follow. Pages that are opened from an entry (a course's
 * editor from "Kelola pelatihan") are listed in its `owns`, so the entry is marked current
 * there and the page knows which area it is in.
 */

/** A path a menu can link to: one without `:params`. */
export type LinkablePath = Exclude<AppPath, `${string}:${string}`>;

interface NavEntryBase {
  /** Translation key of the link's text. */
  labelKey: string;
  path: LinkablePath;
  /** Who sees the entry; empty: everyone signed in. Match the route's guard. */
  roles: readonly Role[];
  /** Pages opened from this entry that are not in any menu themselves. */
  owns?: readonly AppPath[];
}

export interface LearnerNavEntry extends NavEntryBase {
  area: 'learner';
  /** The header's list, its bell (with the unread count), or the account menu. */
  place: 'main' | 'bell' | 'account';
}

export interface StaffNavEntry extends NavEntryBase {
  area: 'staff';
  group: StaffGroupId;
  /** Its line on the Kelola page saying what the page is for (`manage.hints.<hint>`, in the manage page's words). */
  hint: string;
}

export type NavEntry = LearnerNavEntry | StaffNavEntry;

/** The side navigation's groups, in the order shown. */
export const STAFF_GROUPS = [
  { id: 'courses', labelKey: 'nav.groups.courses' },
  { id: 'webinars', labelKey: 'nav.groups.webinars' },
  { id: 'certificates', labelKey: 'nav.groups.certificates' },
  { id: 'community', labelKey: 'nav.groups.community' },
  { id: 'evaluation', labelKey: 'nav.groups.evaluation' },
  { id: 'users', labelKey: 'nav.groups.users' },
] as const;

export type StaffGroupId = (typeof STAFF_GROUPS)[number]['id'];

/** The staff area's home: the Kelola page, and the one entry the header shows for it. */
export const MANAGE_HOME = { labelKey: 'nav.manage', path: APP_PATHS.manage } as const;

export const NAV_ENTRIES: readonly NavEntry[] = [
  { area: 'learner', place: 'main', labelKey: 'nav.home', path: APP_PATHS.home, roles: [] },
  {
    area: 'learner',
    place: 'main',
    labelKey: 'nav.catalog',
    path: APP_PATHS.catalog,
    roles: [],
    owns: [APP_PATHS.catalogCourse],
  },
  {
    area: 'learner',
    place: 'main',
    labelKey: 'nav.myLearning',
    path: APP_PATHS.myLearning,
    roles: [],
    // A survey is answered from one's learning (a course's or a session's evaluation, a link).
    owns: [APP_PATHS.player, APP_PATHS.playerLesson, APP_PATHS.quiz, APP_PATHS.quizAttempt, APP_PATHS.answerSurvey],
  },
  {
    area: 'learner',
    place: 'main',
    labelKey: 'nav.webinars',
    path: APP_PATHS.webinars,
    roles: [],
    // A session's own pages: its managers reach editing and attendance from the session.
    owns: [APP_PATHS.webinar, APP_PATHS.webinarRoom, APP_PATHS.editWebinar, APP_PATHS.webinarAttendance],
  },
  {
    area: 'learner',
    place: 'main',
    labelKey: 'nav.forum',
    path: APP_PATHS.forum,
    roles: [],
    owns: [
      APP_PATHS.forumSearch,
      APP_PATHS.courseForum,
      APP_PATHS.forumBoard,
      APP_PATHS.newForumThread,
      APP_PATHS.forumThread,
      APP_PATHS.forumModeration,
      // A member reaches their focus groups from the forum's home; organisers from Kelola.
      APP_PATHS.focusGroups,
      APP_PATHS.focusGroup,
    ],
  },
  { area: 'learner', place: 'main', labelKey: 'nav.myCertificates', path: APP_PATHS.myCertificates, roles: [] },
  { area: 'learner', place: 'main', labelKey: 'nav.materials', path: APP_PATHS.materials, roles: [] },
  { area: 'learner', place: 'bell', labelKey: 'nav.notifications', path: APP_PATHS.notifications, roles: [] },
  { area: 'learner', place: 'account', labelKey: 'nav.profile', path: APP_PATHS.profile, roles: [] },
  {
    area: 'staff',
    group: 'courses',
    labelKey: 'nav.manageCourses',
    hint: 'manageCourses',
    path: APP_PATHS.manageCourses,
    roles: COURSE_AUTHOR_ROLES,
    owns: [
      APP_PATHS.manageCourse,
      APP_PATHS.manageCohort,
      APP_PATHS.questionBank,
      APP_PATHS.manageQuizzes,
      APP_PATHS.quizSettings,
      APP_PATHS.quizResults,
      APP_PATHS.quizEssays,
    ],
  },
  {
    area: 'staff',
    group: 'courses',
    labelKey: 'nav.learningRecords',
    hint: 'learningRecords',
    path: APP_PATHS.learningRecords,
    roles: LEARNING_RECORD_ROLES,
  },
  {
    area: 'staff',
    group: 'webinars',
    labelKey: 'nav.newWebinar',
    hint: 'newWebinar',
    path: APP_PATHS.newWebinar,
    roles: WEBINAR_SCHEDULER_ROLES,
  },
  {
    area: 'staff',
    group: 'certificates',
    labelKey: 'nav.manageCertificates',
    hint: 'manageCertificates',
    path: APP_PATHS.manageCertificates,
    roles: CERTIFICATE_MANAGER_ROLES,
    owns: [APP_PATHS.newCertificateTemplate, APP_PATHS.certificateTemplate, APP_PATHS.certificateBatch],
  },
  {
    area: 'staff',
    group: 'certificates',
    labelKey: 'nav.issueCertificates',
    hint: 'issueCertificates',
    path: APP_PATHS.issueCertificates,
    roles: CERTIFICATE_MANAGER_ROLES,
  },
  {
    area: 'staff',
    group: 'community',
    labelKey: 'nav.newFocusGroup',
    hint: 'newFocusGroup',
    path: APP_PATHS.newFocusGroup,
    roles: FOCUS_GROUP_ORGANISER_ROLES,
  },
  {
    area: 'staff',
    group: 'community',
    labelKey: 'nav.focusGroupActions',
    hint: 'focusGroupActions',
    path: APP_PATHS.focusGroupActions,
    roles: FOCUS_GROUP_ORGANISER_ROLES,
  },
  {
    area: 'staff',
    group: 'community',
    labelKey: 'nav.manageEvents',
    hint: 'manageEvents',
    path: APP_PATHS.manageEvents,
    // Organisers of one event may hold any role: the pages ask only for a sign-in, the api decides.
    roles: EVENT_STAFF_ROLES,
    owns: [
      APP_PATHS.newEvent,
      APP_PATHS.manageEvent,
      APP_PATHS.eventRegistrations,
      APP_PATHS.eventCheckIn,
      APP_PATHS.readingClub,
    ],
  },
  {
    area: 'staff',
    group: 'evaluation',
    labelKey: 'nav.surveys',
    hint: 'surveys',
    path: APP_PATHS.manageSurveys,
    roles: SURVEY_BUILDER_ROLES,
    owns: [APP_PATHS.newSurvey, APP_PATHS.manageSurvey, APP_PATHS.surveyResults, APP_PATHS.speakerEvaluation],
  },
  {
    area: 'staff',
    group: 'users',
    labelKey: 'nav.users',
    hint: 'users',
    path: APP_PATHS.adminUsers,
    roles: USER_ADMIN_ROLES,
  },
  {
    area: 'staff',
    group: 'users',
    labelKey: 'nav.partners',
    hint: 'partners',
    path: APP_PATHS.managePartners,
    roles: PARTNER_MANAGER_ROLES,
  },
  {
    area: 'staff',
    group: 'users',
    labelKey: 'nav.auditLog',
    hint: 'auditLog',
    path: APP_PATHS.auditLog,
    roles: AUDIT_LOG_ROLES,
  },
];

/** Everyone who has at least one staff page: who sees "Kelola" and may open its page. */
export const STAFF_ROLES: readonly Role[] = [
  ...new Set(NAV_ENTRIES.flatMap((entry) => (entry.area === 'staff' ? entry.roles : []))),
];

export function visibleEntries(roles: readonly Role[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.length === 0 || hasAnyRole(roles, entry.roles));
}

/** The entry a page belongs to, by its route pattern (e.g. `kelola/pelatihan/:courseId`). */
export function entryOf(pattern: string): NavEntry | undefined {
  return NAV_ENTRIES.find((entry) => entry.path === pattern || entry.owns?.includes(pattern as AppPath));
}

export interface StaffGroupView {
  id: StaffGroupId;
  labelKey: string;
  entries: StaffNavEntry[];
}

/** The staff entries someone may use, by group, empty groups left out. */
export function staffGroups(roles: readonly Role[]): StaffGroupView[] {
  const entries = visibleEntries(roles).filter((entry): entry is StaffNavEntry => entry.area === 'staff');
  return STAFF_GROUPS.map((group) => ({
    ...group,
    entries: entries.filter((entry) => entry.group === group.id),
  })).filter((group) => group.entries.length > 0);
}
