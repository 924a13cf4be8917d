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
