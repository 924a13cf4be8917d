import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACTION_ITEM_STATUSES, APP_PATHS, appLink, type ActionItemStatus } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { DateTimePipe, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { FOCUS_GROUP_PAGE_SIZE } from '../focus-group-keys';

/**
 * The coordinators' follow-up list: the action items of every group, by status and
 * whether they are past their date, each leading to its group.
 */
@Component({
  selector: 'bp-action-items-page',
  imports: [RouterLink, TranslocoDirective, DateTimePipe, FailureAlertComponent, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-items.page.html',
  styleUrl: '../shared/focus-group.css',
})
export class ActionItemsPage {
  private readonly api = inject(FocusGroupApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly statuses = ACTION_ITEM_STATUSES;
  protected readonly listLink = appLink(APP_PATHS.focusGroups);

  protected readonly status = signal<ActionItemStatus | ''>('');
  protected readonly overdue = signal(false);
  protected readonly page = signal(1);
  protected readonly items = pagedList(
    () => ({
      status: this.status() || undefined,
      overdue: this.overdue(),
      page: this.page(),
      pageSize: FOCUS_GROUP_PAGE_SIZE,
    }),
    (query) => this.api.actions(query),
  );

  protected filterStatus(value: string): void {
    this.status.set(value as ActionItemStatus | '');
    this.page.set(1);
  }

  protected filterOverdue(on: boolean): void {
    this.overdue.set(on);
    this.page.set(1);
  }

  protected groupLink(groupId: string): string {
    return appLink(APP_PATHS.focusGroup, { groupId });
  }
}
