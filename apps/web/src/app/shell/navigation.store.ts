import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ActivatedRouteSnapshot, NavigationEnd, Router } from '@angular/router';
import { appLink } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { filter } from 'rxjs';
import { MANAGE_HOME, type NavEntry, entryOf, staffGroups, visibleEntries } from './navigation';

/** What `aria-current` says on a link: this page, or the section the page belongs to. */
export type CurrentMark = 'page' | 'true' | null;

/** The route pattern of the page shown, e.g. `webinar/:webinarId/kehadiran` (parents joined). */
export function routePattern(root: ActivatedRouteSnapshot): string {
  const parts: string[] = [];
  for (let route: ActivatedRouteSnapshot | null = root; route; route = route.firstChild) {
    if (route.routeConfig?.path) parts.push(route.routeConfig.path);
  }
  return parts.join('/');
}

/**
 * Where the person is (which entry's page, which area) and what they may open: the one
 * source the header, the side navigation and the Kelola page read.
 */
@Injectable({ providedIn: 'root' })
export class NavigationStore {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly pattern = signal<string | null>(null);

  readonly entries = computed(() => visibleEntries(this.auth.roles()));
  readonly groups = computed(() => staffGroups(this.auth.roles()));
  readonly mayManage = computed(() => this.groups().length > 0);
  readonly manageHomeLink = appLink(MANAGE_HOME.path);

  private readonly current = computed(() => {
    const pattern = this.pattern();
    return pattern === null ? undefined : entryOf(pattern);
  });
  readonly onManageHome = computed(() => this.pattern() === MANAGE_HOME.path);
  readonly inStaffArea = computed(() => this.onManageHome() || this.current()?.area === 'staff');

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.pattern.set(routePattern(this.router.routerState.snapshot.root)));
  }

  /** `page` on the entry's own page, `true` on the pages it owns, else nothing. */
  markOf(entry: NavEntry): CurrentMark {
    if (this.current() !== entry) return null;
    return this.pattern() === entry.path ? 'page' : 'true';
  }

  /** The header's "Kelola": its own page, or any page of the staff area. */
  readonly manageMark = computed<CurrentMark>(() =>
    this.onManageHome() ? 'page' : this.inStaffArea() ? 'true' : null,
  );
}
