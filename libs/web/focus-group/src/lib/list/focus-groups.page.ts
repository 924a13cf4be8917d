import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  FOCUS_GROUP_STATUSES,
  appLink,
  type FocusGroupStatus,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { AuthStore, FOCUS_GROUP_ORGANISER_ROLES, LanguageStore } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { DateTimePipe, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { FOCUS_GROUP_PAGE_SIZE } from '../focus-group-keys';

/**
 * The reader's focus groups (the api lists only the groups they are in; coordinators see
 * every group), active first by default; coordinators also start a group here and reach
 * the action items of every group.
 */
@Component({
  selector: 'bp-focus-groups-page',
  imports: [RouterLink, TranslocoDirective, DateTimePipe, FailureAlertComponent, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './focus-groups.page.html',
  styleUrl: '../shared/focus-group.css',
})
export class FocusGroupsPage {
  private readonly api = inject(FocusGroupApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly coordinates = inject(AuthStore).hasAnyRole(FOCUS_GROUP_ORGANISER_ROLES);
  protected readonly statuses = FOCUS_GROUP_STATUSES;
  protected readonly newLink = appLink(APP_PATHS.newFocusGroup);
  protected readonly actionsLink = appLink(APP_PATHS.focusGroupActions);

  protected readonly status = signal<FocusGroupStatus>('active');
  protected readonly page = signal(1);
  protected readonly groups = pagedList(
    () => ({ status: this.status(), page: this.page(), pageSize: FOCUS_GROUP_PAGE_SIZE }),
    (query) => this.api.list(query),
  );

  protected show(status: FocusGroupStatus): void {
    this.status.set(status);
    this.page.set(1);
  }

  protected facilitatorNames(people: readonly UserRef[]): string {
    return people.map((person) => person.fullName).join(', ');
  }

  protected groupLink(groupId: string): string {
    return appLink(APP_PATHS.focusGroup, { groupId });
  }
}
