import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  viewChild,
  type WritableSignal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { InvitationStatus, InvitationSummary } from '@bina-pustaka/shared-contracts';
import { INVITATION_STATUSES, LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { UserAdminApi, type InvitationListQuery } from '@bina-pustaka/web-data-access/users';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  AlertComponent,
  DataCardDirective,
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  DialogComponent,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

const PAGE_SIZE = 10;

const COLUMNS: readonly DataColumn[] = [
  { key: 'fields.fullName' },
  { key: 'fields.roles' },
  { key: 'fields.institution' },
  { key: 'fields.status' },
  { key: 'identity.invitations.validUntil' },
  { key: 'common.actions', visuallyHidden: true },
];

type Notice = { key: string; email: string };

@Component({
  selector: 'bp-invitation-list',
  imports: [
    NgTemplateOutlet,
    TranslocoDirective,
    AlertComponent,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    DateTimePipe,
    DialogComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation-list.component.html',
})
export class InvitationListComponent {
  /** Bumped by the parent after a new invitation, to show it at the top. */
  readonly refresh = input(0);
  private readonly api = inject(UserAdminApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly statuses = INVITATION_STATUSES;

  protected readonly query = signal<InvitationListQuery>({ page: 1, pageSize: PAGE_SIZE });
  private readonly list = pagedList(
    () => ({ query: this.query(), refresh: this.refresh() }),
    ({ query }) => this.api.listInvitations(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly notice = signal<Notice | null>(null);
  protected readonly actionFailure = signal<ApiFailure | null>(null);
  protected readonly revokeFailure = signal<ApiFailure | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly revoking = signal<InvitationSummary | null>(null);
  private readonly revokeDialog = viewChild.required<DialogComponent>('revokeDialog');

  protected filterStatus(value: string): void {
    this.query.update((query) => ({ ...query, status: (value || undefined) as InvitationStatus | undefined, page: 1 }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  protected async resend(invitation: InvitationSummary): Promise<void> {
    await this.act(
      invitation,
      () => firstValueFrom(this.api.resendInvitation(invitation.id)),
      'identity.invitations.resent',
      this.actionFailure,
    );
  }

  protected confirmRevoke(invitation: InvitationSummary): void {
    this.revoking.set(invitation);
    this.revokeFailure.set(null);
    this.revokeDialog().open();
  }

  protected async revoke(): Promise<void> {
    const invitation = this.revoking();
    if (!invitation) return;
    await this.act(
      invitation,
      () => firstValueFrom(this.api.revokeInvitation(invitation.id)),
      'identity.invitations.revoked',
      this.revokeFailure,
    );
    if (!this.revokeFailure()) this.revokeDialog().close();
  }

  private async act(
    invitation: InvitationSummary,
    call: () => Promise<unknown>,
    key: string,
    failure: WritableSignal<ApiFailure | null>,
  ): Promise<void> {
    this.busyId.set(invitation.id);
    failure.set(null);
    this.notice.set(null);
    try {
      await call();
      this.notice.set({ key, email: invitation.email });
      this.list.reload();
    } catch (error) {
      failure.set(toApiFailure(error));
    } finally {
      this.busyId.set(null);
    }
  }

  protected retry(): void {
    this.list.reload();
  }
}
