import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { InvitationListComponent } from './invitation-list.component';
import { InviteUserFormComponent } from './invite-user-form.component';
import { UserListComponent } from './user-list.component';

/** User administration for admins and coordinators: people, inviting, and invitations. */
@Component({
  selector: 'bp-users-page',
  imports: [TranslocoDirective, UserListComponent, InviteUserFormComponent, InvitationListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" *transloco="let t">
      <header class="page-header">
        <h1>{{ t('identity.users.title') }}</h1>
        <p class="lead">{{ t('identity.users.intro') }}</p>
      </header>
      <section class="card section" aria-labelledby="users-list-heading">
        <h2 id="users-list-heading">{{ t('identity.users.listTitle') }}</h2>
        <bp-user-list />
      </section>
      <section class="card section" id="undang" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{{ t('identity.invite.title') }}</h2>
        <p class="muted">{{ t('identity.invite.intro') }}</p>
        <bp-invite-user-form (invited)="invitationsChanged.set(invitationsChanged() + 1)" />
      </section>
      <section class="card section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{{ t('identity.invitations.title') }}</h2>
        <bp-invitation-list [refresh]="invitationsChanged()" />
      </section>
    </div>
  `,
})
export class UsersPage {
  protected readonly invitationsChanged = signal(0);
}
