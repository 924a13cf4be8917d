import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Role } from '@bina-pustaka/shared-contracts';
import { APP_PATHS, AuthStore, USER_ADMIN_ROLES, appLink, hasAnyRole } from '@bina-pustaka/web-data-access';

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
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
})
export class HomePage {
  private readonly auth = inject(AuthStore);
  protected readonly user = this.auth.user;
  protected readonly links = computed(() =>
    QUICK_LINKS.filter((item) => item.roles.length === 0 || hasAnyRole(this.auth.roles(), item.roles)),
  );
  /** Trainers and learners get a word on what is coming, so the page is not a dead end. */
  protected readonly roleNoteKey = computed(() => {
    const roles = this.auth.roles();
    if (roles.includes('admin')) return 'home.note.admin';
    if (roles.includes('coordinator')) return 'home.note.coordinator';
    if (roles.includes('trainer')) return 'home.note.trainer';
    return 'home.note.learner';
  });
}
