import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type JpLedger, type MyLearning, type Role } from '@bina-pustaka/shared-contracts';
import {
  AuthStore,
  COURSE_AUTHOR_ROLES,
  USER_ADMIN_ROLES,
  hasAnyRole,
  CERTIFICATE_MANAGER_ROLES,
} from '@bina-pustaka/web-data-access';
import { LearnerApi } from '@bina-pustaka/web-data-access/learning';
// This page is itself lazy, so web-ui stays out of the initial bundle (the shell imports it lazily too).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ProgressBarComponent } from '@bina-pustaka/web-ui';
import { catchError, of } from 'rxjs';

interface QuickLink {
  link: string;
  fragment?: string;
  titleKey: string;
  textKey: string;
  /** Empty: everyone signed in. */
  roles: readonly Role[];
}

/** Only screens that exist today; each feature adds its own links as it lands. */
const QUICK_LINKS: readonly QuickLink[] = [
  {
    link: appLink(APP_PATHS.catalog),
    titleKey: 'home.links.catalog.title',
    textKey: 'home.links.catalog.text',
    roles: [],
  },
  {
    link: appLink(APP_PATHS.myLearning),
    fragment: 'jp',
    titleKey: 'home.links.jp.title',
    textKey: 'home.links.jp.text',
    roles: [],
  },
  {
    link: appLink(APP_PATHS.myCertificates),
    titleKey: 'home.links.myCertificates.title',
    textKey: 'home.links.myCertificates.text',
    roles: [],
  },
  {
    link: appLink(APP_PATHS.materials),
    titleKey: 'home.links.materials.title',
    textKey: 'home.links.materials.text',
    roles: [],
  },
  {
    link: appLink(APP_PATHS.manageCourses),
    titleKey: 'home.links.manageCourses.title',
    textKey: 'home.links.manageCourses.text',
    roles: COURSE_AUTHOR_ROLES,
  },
  {
    link: appLink(APP_PATHS.manageCertificates),
    titleKey: 'home.links.certificates.title',
    textKey: 'home.links.certificates.text',
    roles: CERTIFICATE_MANAGER_ROLES,
  },
  {
    link: appLink(APP_PATHS.adminUsers),
    titleKey: 'home.links.users.title',
    textKey: 'home.links.users.text',
    roles: USER_ADMIN_ROLES,
  },
  {
    link: appLink(APP_PATHS.adminUsers),
    fragment: 'undang',
    titleKey: 'home.links.invite.title',
    textKey: 'home.links.invite.text',
    roles: USER_ADMIN_ROLES,
  },
  {
    link: appLink(APP_PATHS.profile),
    titleKey: 'home.links.profile.title',
    textKey: 'home.links.profile.text',
    roles: [],
  },
  {
    link: appLink(APP_PATHS.profile),
    fragment: 'kata-sandi',
    titleKey: 'home.links.password.title',
    textKey: 'home.links.password.text',
    roles: [],
  },
];

@Component({
  selector: 'bp-home-page',
  imports: [RouterLink, TranslocoDirective, ProgressBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
})
export class HomePage {
  private readonly auth = inject(AuthStore);
  private readonly learner = inject(LearnerApi);
  protected readonly user = this.auth.user;
  protected readonly myLearningLink = appLink(APP_PATHS.myLearning);
  protected readonly catalogLink = appLink(APP_PATHS.catalog);
  /** Continue learning and JP this year; the page still works when these cannot load. */
  protected readonly learning = toSignal(
    this.learner.myLearning().pipe(catchError(() => of(null as MyLearning | null))),
  );
  protected readonly ledger = toSignal(this.learner.jpLedger().pipe(catchError(() => of(null as JpLedger | null))));
  protected readonly nextCourse = computed(
    () => this.learning()?.current.find((course) => course.status === 'active') ?? null,
  );
  protected readonly links = computed(() =>
    QUICK_LINKS.filter((item) => item.roles.length === 0 || hasAnyRole(this.auth.roles(), item.roles)),
  );
  protected playerLink(courseId: string): string {
    return appLink(APP_PATHS.player, { courseId });
  }

  /** Trainers and learners get a word on what is coming, so the page is not a dead end. */
  protected readonly roleNoteKey = computed(() => {
    const roles = this.auth.roles();
    if (roles.includes('admin')) return 'home.note.admin';
    if (roles.includes('coordinator')) return 'home.note.coordinator';
    if (roles.includes('trainer')) return 'home.note.trainer';
    return 'home.note.learner';
  });
}
