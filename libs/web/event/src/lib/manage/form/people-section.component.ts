import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { EVENT_PEOPLE_MAX, EVENT_PERSON_ROLES, type UserRef } from '@bina-pustaka/shared-contracts';
import { AuthStore, USER_ADMIN_ROLES } from '@bina-pustaka/web-data-access';
import { EventFormState, FieldIssueComponent } from './event-form-state';
import { personGroup } from './event-form.model';
import { MemberSearchComponent } from './member-search.component';

/**
 * Who: the people on the page and on certificates (a member from the search, or a name
 * typed for someone without an account), facilitators' credited hours, and the members who
 * may manage this event. Only coordinators and admins may search members (the users api is
 * theirs); an organiser sees the names as they are.
 */
@Component({
  selector: 'bp-event-people-section',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldIssueComponent, MemberSearchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../manage.css',
  template: `
    <section class="card section" aria-labelledby="event-people-heading" *transloco="let t">
      <h2 id="event-people-heading">{{ t('event-manage.form.people.heading') }}</h2>
      <bp-field-issue path="people" fieldId="event-people" />
      <ol class="event-rows">
        @for (person of form.controls.people.controls; track person; let i = $index) {
          <li class="event-row">
            <fieldset class="event-fieldset">
              <legend>{{ t('event-manage.form.people.person', { number: i + 1 }) }}</legend>
              <div class="field">
                <label [for]="'event-person-' + i + '-role'">{{ t('event-manage.form.people.role') }}</label>
                <select [id]="'event-person-' + i + '-role'" [formControl]="person.controls.role">
                  @for (role of roles; track role) {
                    <option [value]="role">{{ t('event-manage.personRoles.' + role) }}</option>
                  }
                </select>
              </div>
              <div class="field">
                <label [for]="'event-person-' + i + '-name'">{{ t('event-manage.form.people.name') }}</label>
                <input
                  type="text"
                  maxlength="120"
                  [id]="'event-person-' + i + '-name'"
                  [formControl]="person.controls.name"
                  [attr.aria-invalid]="state.issue('people.' + i + '.name') ? true : null"
                  [attr.aria-describedby]="'event-person-' + i + '-name-error'"
                />
                <bp-field-issue [path]="'people.' + i + '.name'" [fieldId]="'event-person-' + i + '-name'" />
              </div>
              <div class="field">
                <label [for]="'event-person-' + i + '-affiliation'">
                  {{ t('event-manage.form.people.affiliation') }}
                </label>
                <input
                  type="text"
                  maxlength="160"
                  [id]="'event-person-' + i + '-affiliation'"
                  [formControl]="person.controls.affiliation"
                />
              </div>
              @if (person.controls.userId.value) {
                <p class="muted">
                  {{ t('event-manage.form.people.member') }}
                  <button type="button" class="btn btn-link" (click)="person.controls.userId.setValue('')">
                    {{ t('event-manage.form.people.unlink', { name: person.controls.name.value }) }}
                  </button>
                </p>
              } @else if (maySearch) {
                <bp-member-search
                  [inputId]="'event-person-' + i + '-member'"
                  [label]="t('event-manage.form.people.findMember')"
                  (picked)="link(i, $event)"
                />
              }
              @if (person.controls.role.value === 'facilitator') {
                <div class="field">
                  <label [for]="'event-person-' + i + '-hours'">{{ t('event-manage.form.people.hours') }}</label>
                  <input
                    type="number"
                    min="0.5"
                    max="200"
                    step="0.25"
                    inputmode="decimal"
                    [id]="'event-person-' + i + '-hours'"
                    [formControl]="person.controls.creditedHours"
                    [attr.aria-describedby]="
                      'event-person-' + i + '-hours-hint ' + 'event-person-' + i + '-hours-error'
                    "
                  />
                  <p class="hint" [id]="'event-person-' + i + '-hours-hint'">
                    {{ t('event-manage.form.people.hoursHint') }}
                  </p>
                  <bp-field-issue
                    [path]="'people.' + i + '.creditedHours'"
                    [fieldId]="'event-person-' + i + '-hours'"
                  />
                </div>
              }
              <button type="button" class="btn btn-link" (click)="form.controls.people.removeAt(i)">
                {{ t('event-manage.form.people.remove', { number: i + 1 }) }}
              </button>
            </fieldset>
          </li>
        }
      </ol>
      @if (form.controls.people.length < peopleMax) {
        <button type="button" class="btn btn-secondary btn-small" (click)="add()">
          {{ t('event-manage.form.people.add') }}
        </button>
      }

      <h3>{{ t('event-manage.form.organisers.heading') }}</h3>
      <p class="hint">{{ t('event-manage.form.organisers.hint') }}</p>
      <ul class="event-chips" [attr.aria-label]="t('event-manage.form.organisers.heading')">
        @for (user of form.controls.organisers.value; track user.id) {
          <li>
            {{ user.fullName }}
            <button type="button" class="btn btn-link" (click)="removeOrganiser(user.id)">
              {{ t('event-manage.form.organisers.remove', { name: user.fullName }) }}
            </button>
          </li>
        } @empty {
          <li class="muted">{{ t('event-manage.form.organisers.none') }}</li>
        }
      </ul>
      <bp-field-issue path="organiserIds" fieldId="event-organisers" />
      @if (maySearch) {
        <bp-member-search
          inputId="event-organiser-search"
          [label]="t('event-manage.form.organisers.find')"
          (picked)="addOrganiser($event)"
        />
      }
    </section>
  `,
})
export class EventPeopleSectionComponent {
  protected readonly state = inject(EventFormState);
  protected readonly form = this.state.form;
  protected readonly roles = EVENT_PERSON_ROLES;
  protected readonly peopleMax = EVENT_PEOPLE_MAX;
  protected readonly maySearch = inject(AuthStore).hasAnyRole(USER_ADMIN_ROLES);

  protected add(): void {
    this.form.controls.people.push(personGroup(this.state.fb));
  }

  /** A member's name fills in when it was left empty. */
  protected link(index: number, user: UserRef): void {
    const person = this.form.controls.people.at(index).controls;
    person.userId.setValue(user.id);
    if (!person.name.value.trim()) person.name.setValue(user.fullName);
  }

  protected addOrganiser(user: UserRef): void {
    const organisers = this.form.controls.organisers;
    if (!organisers.value.some((each) => each.id === user.id)) organisers.setValue([...organisers.value, user]);
  }

  protected removeOrganiser(userId: string): void {
    const organisers = this.form.controls.organisers;
    organisers.setValue(organisers.value.filter((user) => user.id !== userId));
  }
}
