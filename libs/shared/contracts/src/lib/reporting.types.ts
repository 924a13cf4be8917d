import { APP_PATHS } from './app-paths';

/** The parts of the portal whose visits are counted apart (issue 16: visits per section). */
export const VISIT_SECTIONS = [
  'home',
  'catalog',
  'learning',
  'assessment',
  'webinars',
  'forum',
  'focus-groups',
  'surveys',
  'events',
  'certificates',
  'account',
  'manage',
  'other',
] as const;
export type VisitSection = (typeof VISIT_SECTIONS)[number];

/** A day's total over every section: distinct visitors across sections are not a sum. */
export const VISIT_TOTAL = 'all';
export type VisitReportSection = VisitSection | typeof VISIT_TOTAL;

/** One day (WIB) of one section, or of the whole portal (`all`). */
export interface VisitDay {
  /** YYYY-MM-DD in WIB */
  day: string;
  section: VisitReportSection;
  views: number;
  /** Distinct visitors that day (a HyperLogLog estimate; exact for small counts). */
  visitors: number;
}

export interface VisitReport {
  from: string;
  to: string;
  /** By day, then section; days without visits are absent. */
  days: VisitDay[];
}

/** The first segment of each page path, by section; a path's first match wins, longest first. */
const SECTION_PREFIXES: readonly (readonly [string, VisitSection])[] = (
  [
    [APP_PATHS.catalog, 'catalog'],
    [APP_PATHS.myLearning, 'learning'],
    [APP_PATHS.player.split('/')[0], 'learning'],
    [APP_PATHS.materials, 'learning'],
    [APP_PATHS.quiz.split('/')[0], 'assessment'],
    [APP_PATHS.webinars, 'webinars'],
    [APP_PATHS.forum, 'forum'],
    [APP_PATHS.focusGroups, 'focus-groups'],
    [APP_PATHS.answerSurvey.split('/')[0], 'surveys'],
    [APP_PATHS.publicSurvey.split('/')[0], 'surveys'],
    [APP_PATHS.events, 'events'],
    [APP_PATHS.myCertificates, 'certificates'],
    [APP_PATHS.verifyCertificate, 'certificates'],
    [APP_PATHS.signIn, 'account'],
    [APP_PATHS.forgotPassword, 'account'],
    [APP_PATHS.resetPassword, 'account'],
    [APP_PATHS.acceptInvitation, 'account'],
    [APP_PATHS.register, 'account'],
    [APP_PATHS.profile, 'account'],
    [APP_PATHS.notifications, 'account'],
    [APP_PATHS.manage, 'manage'],
    [APP_PATHS.adminUsers.split('/')[0], 'manage'],
  ] as const
).map(([prefix, section]) => [`/${prefix}`, section] as const);

/**
 * The section of an app path ("/acara/pameran-buku" -> events), for counting visits. The
 * path is the address bar's, without query or fragment; an unknown one is `other`.
 */
export function visitSection(path: string): VisitSection {
  const clean = path.split(/[?#]/)[0].replace(/\/+$/, '').toLowerCase();
  if (clean === '') return 'home';
  const match = SECTION_PREFIXES.find(([prefix]) => clean === prefix || clean.startsWith(`${prefix}/`));
  return match ? match[1] : 'other';
}

/** The coordinators' dashboard (_Dasbor_, issue 16): the periods it reads. */
export const DASHBOARD_PERIODS = ['month', 'quarter', 'year', 'custom'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

/**
 * One figure and the list behind it: an api path (with its query) that lists what was
 * counted, or null where no list route exists yet. null value: not measurable here
 * (e.g. a rate over nothing).
 */
export interface DashboardFigure {
  value: number | null;
  listHref: string | null;
}

/** Learning (courses): counted over the period, of the librarians in scope. */
export interface DashboardLearning {
  /** Enrolments admitted in the period (enrolled_at), withdrawn ones included. */
  enrolments: DashboardFigure;
  /** Courses completed in the period. */
  completions: DashboardFigure;
  /** Of the period's enrolments, the share completed by now, in percent (2 decimals). */
  completionRate: DashboardFigure;
  /** Median days from enrolment to completion, over the period's completions (1 decimal). */
  medianDaysToComplete: DashboardFigure;
}

/** JP bands, as shares of the yearly target: 0, under a quarter, ..., the target reached. */
export const JP_BANDS = ['none', 'under25', 'under50', 'under75', 'under100', 'reached'] as const;
export type JpBand = (typeof JP_BANDS)[number];

/** JP per librarian in the calendar year (WIB) in which the period ends. */
export interface DashboardJp {
  year: number;
  target: number;
  librarians: number;
  distribution: { band: JpBand; librarians: number }[];
  belowTarget: DashboardFigure;
}

/** A course's quizzes over the period: submitted attempts, and its pre/post-test gain. */
export interface DashboardCourseQuizzes {
  courseId: string;
  title: string;
  attempts: number;
  /** Mean score (0-100, 2 decimals) of the submitted, graded attempts. */
  averageScore: number | null;
  /** Percent of graded attempts that passed (2 decimals). */
  passRate: number | null;
  /**
   * Learners with a post-test submitted in the period and a pre-test before it: their first
   * pre-test score, their best post-test score of the period, and the difference.
   */
  gainLearners: number;
  preAverage: number | null;
  postAverage: number | null;
  gain: number | null;
  listHref: string;
}

export interface DashboardQuizzes {
  attempts: DashboardFigure;
  courses: DashboardCourseQuizzes[];
}

/** Webinar sessions that ended and started in the period; attendance of the librarians in scope. */
export interface DashboardWebinars {
  sessionsHeld: DashboardFigure;
  /** Attendance ledger rows (one per person and session) of attendees. */
  attendances: DashboardFigure;
  /** Mean minutes of those attendances (1 decimal). */
  averageMinutes: DashboardFigure;
}

/** Published events that started in the period; those checked in. */
export interface DashboardEvents {
  eventsHeld: DashboardFigure;
  /** Librarians in scope checked in. */
  librarianParticipants: DashboardFigure;
  /** Guests without an account checked in (null when the scope is one institution: guests belong to none). */
  publicParticipants: DashboardFigure;
}

/** A satisfaction survey's IKM over the period (PermenPANRB 14/2017). */
export interface DashboardIkm {
  surveyId: string;
  title: string;
  responses: number;
  ikm: number | null;
  listHref: string;
}

export interface DashboardSurveys {
  /** Survey responses submitted in the period (of the institution in scope, when one). */
  responses: DashboardFigure;
  /** Satisfaction surveys' IKM (only for the whole city: the index is not kept per institution). */
  ikm: DashboardIkm[] | null;
}

/** Portal visits (anonymous: the same for every scope). */
export interface DashboardVisits {
  views: DashboardFigure;
  /** Distinct visitors per day, added up over the period's days (a visitor is new each day). */
  dailyVisitors: DashboardFigure;
  sections: { section: VisitSection; views: number; dailyVisitors: number }[];
}

/** The main series, month by month (YYYY-MM, WIB); a series whose part is absent stays null. */
export interface DashboardTrendMonth {
  month: string;
  activeLibrarians: number;
  enrolments: number | null;
  completions: number | null;
  jpEarned: number | null;
  quizAttempts: number | null;
  webinarAttendances: number | null;
  eventParticipants: number | null;
  views: number | null;
}

/** The dashboard's answer; a part whose domain is not installed is null. */
export interface Dashboard {
  /** The period read, WIB days, both included. */
  from: string;
  to: string;
  /** The institution the figures are limited to (asked for, or the coordinator's own when institutions are separate). */
  institutionId: string | null;
  /** Librarians (learner accounts, active) with any recorded learning activity in the period. */
  activeLibrarians: DashboardFigure;
  learning: DashboardLearning | null;
  jp: DashboardJp | null;
  quizzes: DashboardQuizzes | null;
  webinars: DashboardWebinars | null;
  events: DashboardEvents | null;
  surveys: DashboardSurveys | null;
  visits: DashboardVisits | null;
  trends: DashboardTrendMonth[];
}

/** A librarian below the yearly JP target. */
export interface JpBelowTarget {
  userId: string;
  fullName: string;
  nip: string | null;
  institutionId: string | null;
  jp: number;
  /** When they were last reminded (ISO day, WIB), or null. */
  remindedOn: string | null;
}

export interface JpRemindersResult {
  /** Those below target reminded now (in the app and by email). */
  reminded: number;
  /** Those below target already reminded today: not reminded again. */
  alreadyReminded: number;
}
