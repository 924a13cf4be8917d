import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Role, UserStatus, UserSummary } from '@bina-pustaka/shared-contracts';
import {
  AuthStore,
  LanguageStore,
  ROLES,
  USER_STATUSES,
  toApiFailure,
  type ApiFailure,
} from '@bina-pustaka/web-data-access';
import { UserAdminApi, type UserListQuery } from '@bina-pustaka/web-data-access/users';
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

const PAGE_SIZE = 20;

const COLUMNS: readonly DataColumn[] = [
  { key: 'fields.fullName' },
  { key: 'fields.institution' },
  { key: 'fields.roles' },
  { key: 'fields.status' },
  { key: 'identity.users.lastLogin' },
];

type Notice = { key: string; name: string };

@Component({
  selector: 'bp-user-list',
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
  templateUrl: './user-list.component.html',
})
export class UserListComponent {
  private readonly api = inject(UserAdminApi);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;
  /** Coordinators see the list; only admins change roles and status. */
  protected readonly canManage = computed(() => this.auth.hasAnyRole(['admin']));
  protected readonly columns = COLUMNS;
  protected readonly managedColumns = [...COLUMNS, { key: 'common.actions', visuallyHidden: true }];
  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;

  protected readonly query = signal<UserListQuery>({ page: 1, pageSize: PAGE_SIZE });
  private readonly list = pagedList(
    () => ({ query: this.query() }),
    ({ query }) => this.api.listUsers(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly notice = signal<Notice | null>(null);

  /** The person a dialog is about, and what the dialog changes. */
  protected readonly selected = signal<UserSummary | null>(null);
  protected readonly draftRoles = signal<Role[]>([]);
  protected readonly dialogFailure = signal<ApiFailure | null>(null);
  protected readonly dialogPending = signal(false);
  private readonly rolesDialog = viewChild.required<DialogComponent>('rolesDialog');
  private readonly statusDialog = viewChild.required<DialogComponent>('statusDialog');

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.query.update((query) => ({ ...query, q: q.trim() || undefined, page: 1 }));
  }

  protected filterRole(value: string): void {
    this.query.update((query) => ({ ...query, role: (value || undefined) as Role | undefined, page: 1 }));
  }

  protected filterStatus(value: string): void {
    this.query.update((query) => ({ ...query, status: (value || undefined) as UserStatus | undefined, page: 1 }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  protected openRoles(user: UserSummary): void {
    this.selected.set(user);
    this.draftRoles.set([...user.roles]);
    this.dialogFailure.set(null);
    this.rolesDialog().open();
  }

  protected toggleDraftRole(role: Role, checked: boolean): void {
    this.draftRoles.update((roles) => (checked ? [...roles, role] : roles.filter((r) => r !== role)));
  }

  protected openStatus(user: UserSummary): void {
    this.selected.set(user);
    this.dialogFailure.set(null);
    this.statusDialog().open();
  }

  protected async saveRoles(event: Event): Promise<void> {
    event.preventDefault();
    const user = this.selected();
    if (!user) return;
    // Keep the order of ROLES so the list reads the same everywhere.
    const roles = ROLES.filter((role) => this.draftRoles().includes(role));
    await this.runDialog(this.rolesDialog(), () => firstValueFrom(this.api.setRoles(user.id, roles)), {
      key: 'identity.users.rolesSaved',
      name: user.fullName,
    });
  }

  protected async toggleStatus(): Promise<void> {
    const user = this.selected();
    if (!user) return;
    const next: UserStatus = user.status === 'active' ? 'disabled' : 'active';
    await this.runDialog(this.statusDialog(), () => firstValueFrom(this.api.setStatus(user.id, next)), {
      key: next === 'active' ? 'identity.users.enabled' : 'identity.users.disabled',
      name: user.fullName,
    });
  }

  private async runDialog(dialog: DialogComponent, call: () => Promise<UserSummary>, notice: Notice): Promise<void> {
    this.dialogPending.set(true);
    this.dialogFailure.set(null);
    try {
      const updated = await call();
      this.page.update((page) =>
        page ? { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) } : page,
      );
      this.notice.set(notice);
      dialog.close();
    } catch (error) {
      this.dialogFailure.set(toApiFailure(error));
    } finally {
      this.dialogPending.set(false);
    }
  }

  protected retry(): void {
    this.list.reload();
  }
}
