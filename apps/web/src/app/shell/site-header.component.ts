import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Locale, Role } from '@bina-pustaka/shared-contracts';
import {
  APP_PATHS,
  AuthStore,
  COURSE_AUTHOR_ROLES,
  IdentityApi,
  LANGUAGES,
  LanguageStore,
  NotificationsStore,
  USER_ADMIN_ROLES,
  appLink,
  hasAnyRole,
  CERTIFICATE_MANAGER_ROLES,
} from '@bina-pustaka/web-data-access';
import { filter } from 'rxjs';

interface NavItem {
  link: string;
  labelKey: string;
  /** Empty: everyone signed in. */
  roles: readonly Role[];
  exact: boolean;
}

const NAV_ITEMS: readonly NavItem[] = [
  { link: appLink(APP_PATHS.home), labelKey: 'nav.home', roles: [], exact: true },
  { link: appLink(APP_PATHS.catalog), labelKey: 'nav.catalog', roles: [], exact: false },
  { link: appLink(APP_PATHS.myLearning), labelKey: 'nav.myLearning', roles: [], exact: false },
  { link: appLink(APP_PATHS.myCertificates), labelKey: 'nav.myCertificates', roles: [], exact: false },
  { link: appLink(APP_PATHS.webinars), labelKey: 'nav.webinars', roles: [], exact: false },
  { link: appLink(APP_PATHS.materials), labelKey: 'nav.materials', roles: [], exact: false },
  { link: appLink(APP_PATHS.manageCourses), labelKey: 'nav.manageCourses', roles: COURSE_AUTHOR_ROLES, exact: false },
  {
    link: appLink(APP_PATHS.manageCertificates),
    labelKey: 'nav.certificates',
    roles: CERTIFICATE_MANAGER_ROLES,
    exact: false,
  },
  { link: appLink(APP_PATHS.adminUsers), labelKey: 'nav.users', roles: USER_ADMIN_ROLES, exact: false },
  { link: appLink(APP_PATHS.profile), labelKey: 'nav.profile', roles: [], exact: false },
];

@Component({
  selector: 'bp-site-header',
  imports: [RouterLink, RouterLinkActive, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.component.html',
  styleUrl: './site-header.component.css',
})
export class SiteHeaderComponent {
  private readonly auth = inject(AuthStore);
  private readonly identityApi = inject(IdentityApi);
  private readonly language = inject(LanguageStore);
  private readonly notifications = inject(NotificationsStore);

  protected readonly user = this.auth.user;
  protected readonly languages = LANGUAGES;
  protected readonly currentLanguage = this.language.current;
  protected readonly homeLink = appLink(APP_PATHS.home);
  protected readonly notificationsLink = appLink(APP_PATHS.notifications);
  protected readonly unread = computed(() => this.notifications.inbox()?.unread ?? 0);
  protected readonly menuOpen = signal(false);
  protected readonly navItems = computed(() =>
    NAV_ITEMS.filter((item) => item.roles.length === 0 || hasAnyRole(this.auth.roles(), item.roles)),
  );

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        this.menuOpen.set(false);
        void this.notifications.refreshIfStale();
      });
  }

  protected async chooseLanguage(language: Locale): Promise<void> {
    if (language === this.currentLanguage()) return;
    await this.language.use(language);
    // Signed in: remember it in the profile too, so it follows the person to other devices.
    if (this.auth.signedIn()) {
      this.identityApi.updateMe({ locale: language }).subscribe({ error: () => undefined });
    }
  }

  protected async signOut(): Promise<void> {
    this.menuOpen.set(false);
    await this.auth.signOut();
  }
}
