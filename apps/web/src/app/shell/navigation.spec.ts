import type { Route } from '@angular/router';
import { APP_PATHS, type AppPath } from '@bina-pustaka/shared-contracts';
import { signedInGuard } from '@bina-pustaka/web-data-access';
import { resolvedAppRoutes } from '../testing/resolved-routes';
import {
  MANAGE_HOME,
  NAV_ENTRIES,
  STAFF_GROUPS,
  STAFF_ROLES,
  entryOf,
  staffGroups,
  visibleEntries,
} from './navigation';

interface Page {
  pattern: string;
  signedIn: boolean;
}

/** Every page of the app as its full route pattern, and whether it needs a signed-in person. */
function pages(routes: Route[], parent = '', guarded = false): Page[] {
  return routes.flatMap((route) => {
    const pattern = [parent, route.path].filter(Boolean).join('/');
    const signedIn =
      guarded || !!route.canActivate?.includes(signedInGuard) || !!route.canActivateChild?.includes(signedInGuard);
    if (route.children) return pages(route.children, pattern, signedIn);
    return route.path === '**' ? [] : [{ pattern, signedIn }];
  });
}

const labels = (roles: Parameters<typeof staffGroups>[0]) =>
  staffGroups(roles).map((group) => [group.id, group.entries.map((entry) => entry.labelKey)]);

describe('the navigation config', () => {
  let all: Page[];
  beforeAll(async () => {
    all = pages(await resolvedAppRoutes());
  });

  it('finds the pages of every feature (the scan works)', () => {
    expect(all.map((page) => page.pattern)).toEqual(
      expect.arrayContaining([APP_PATHS.playerLesson, APP_PATHS.webinarAttendance, APP_PATHS.manage]),
    );
  });

  it('gives every signed-in page to exactly one entry, so each page knows its area and its current link', () => {
    const orphans = all
      .filter((page) => page.signedIn && page.pattern !== MANAGE_HOME.path)
      .filter(
        (page) =>
          NAV_ENTRIES.filter((entry) => entry.path === page.pattern || entry.owns?.includes(page.pattern as AppPath))
            .length !== 1,
      );
    expect(orphans).toEqual([]);
  });

  it('links only to pages that exist, and never to a public page', () => {
    const signedIn = new Set(all.filter((page) => page.signedIn).map((page) => page.pattern));
    const owned = NAV_ENTRIES.flatMap((entry) => [entry.path, ...(entry.owns ?? [])]);
    expect(owned.filter((pattern) => !signedIn.has(pattern))).toEqual([]);
  });

  it('finds the entry of a page it owns', () => {
    expect(entryOf(APP_PATHS.manageCohort)?.labelKey).toBe('nav.manageCourses');
    expect(entryOf(APP_PATHS.webinarRoom)?.labelKey).toBe('nav.webinars');
    expect(entryOf(APP_PATHS.signIn)).toBeUndefined();
  });

  it('shows a learner the learner’s area only', () => {
    expect(labels(['learner'])).toEqual([]);
    expect(visibleEntries(['learner']).every((entry) => entry.area === 'learner')).toBe(true);
  });

  it('gives a trainer courses, webinars, the events they organise and surveys, but neither certificates nor user administration', () => {
    expect(labels(['trainer'])).toEqual([
      ['courses', ['nav.manageCourses']],
      ['webinars', ['nav.newWebinar']],
      ['community', ['nav.manageEvents']],
      ['evaluation', ['nav.surveys']],
    ]);
  });

  it('gives admins every staff page, in the groups’ order, and coordinators all but the audit log', () => {
    const everything = [
      ['courses', ['nav.manageCourses', 'nav.learningRecords']],
      ['webinars', ['nav.newWebinar']],
      ['certificates', ['nav.manageCertificates', 'nav.issueCertificates']],
      ['community', ['nav.newFocusGroup', 'nav.focusGroupActions', 'nav.manageEvents']],
      ['evaluation', ['nav.surveys']],
      ['users', ['nav.users', 'nav.partners', 'nav.auditLog']],
    ];
    expect(labels(['admin'])).toEqual(everything);
    expect(labels(['learner', 'admin'])).toEqual(everything);
    expect(labels(['coordinator'])).toEqual([...everything.slice(0, 5), ['users', ['nav.users', 'nav.partners']]]);
  });

  it('opens the Kelola page to everyone with a staff page, and every group has one', () => {
    expect([...STAFF_ROLES].sort()).toEqual(['admin', 'coordinator', 'trainer']);
    expect(STAFF_GROUPS.filter((group) => staffGroups(['admin']).every((shown) => shown.id !== group.id))).toEqual([]);
  });
});
