import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  FOCUS_GROUP_ROLES,
  type FocusGroupDetail,
  type FocusGroupPerson,
  type FocusGroupRole,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { GroupChange } from '../shared/group-change';
import { PeoplePickerComponent } from '../shared/people-picker.component';

/** The group's facilitators and members; its managers add people, change a role or take someone out. */
@Component({
  selector: 'bp-fg-people',
  imports: [TranslocoDirective, FailureAlertComponent, PeoplePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-section.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class PeopleSectionComponent {
  private readonly api = inject(FocusGroupApi);
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly roles = FOCUS_GROUP_ROLES;
  protected readonly change = new GroupChange();
  protected readonly newRole = signal<FocusGroupRole>('member');
  /** Facilitators first, then members, each by name. */
  protected readonly people = computed(() =>
    [...this.group().people].sort(
      (a, b) =>
        FOCUS_GROUP_ROLES.indexOf(a.role) - FOCUS_GROUP_ROLES.indexOf(b.role) ||
        a.user.fullName.localeCompare(b.user.fullName),
    ),
  );
  protected readonly inGroup = computed(() => this.group().people.map((person) => person.user.id));

  protected async add(person: UserRef): Promise<void> {
    const group = this.group();
    await this.change.run(this.api.addPeople(group.id, [person.id], this.newRole()), (next) => this.changed.emit(next));
  }

  protected async setRole(person: FocusGroupPerson, role: string): Promise<void> {
    const group = this.group();
    await this.change.run(this.api.changeRole(group.id, person.user.id, role as FocusGroupRole), (next) =>
      this.changed.emit(next),
    );
  }

  protected async remove(person: FocusGroupPerson): Promise<void> {
    const group = this.group();
    await this.change.run(this.api.removePerson(group.id, person.user.id), (next) => this.changed.emit(next));
  }
}
