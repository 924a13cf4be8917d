import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { EVENT_QUESTION_KINDS, EVENT_QUESTIONS_MAX } from '@bina-pustaka/shared-contracts';
import { EventFormState, FieldIssueComponent } from './event-form-state';
import { nextQuestionId, questionGroup } from './event-form.model';

/**
 * Registration: how many seats, when it opens and closes (in the event's zone), the
 * organiser's own questions, and what guests are told about their data (UU 27/2022).
 */
@Component({
  selector: 'bp-event-registration-section',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldIssueComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../manage.css',
  template: `
    <section class="card section" aria-labelledby="event-registration-heading" *transloco="let t">
      <h2 id="event-registration-heading">{{ t('event-manage.form.registration.heading') }}</h2>
      <div class="field">
        <label for="event-capacity">{{ t('event-manage.form.registration.capacity') }}</label>
        <input
          id="event-capacity"
          type="number"
          min="1"
          inputmode="numeric"
          [formControl]="form.controls.capacity"
          [attr.aria-invalid]="state.issue('capacity') ? true : null"
          aria-describedby="event-capacity-hint event-capacity-error"
        />
        <p class="hint" id="event-capacity-hint">{{ t('event-manage.form.registration.capacityHint') }}</p>
        <bp-field-issue path="capacity" fieldId="event-capacity" />
      </div>
      @for (moment of moments; track moment.key) {
        <fieldset class="event-fieldset">
          <legend>
            {{
              t(
                moment.key === 'opens'
                  ? 'event-manage.form.registration.opens'
                  : 'event-manage.form.registration.closes'
              )
            }}
          </legend>
          <div class="field-row">
            <div class="field">
              <label [for]="'event-' + moment.key + '-date'">{{ t('event-manage.form.when.date') }}</label>
              <input
                type="date"
                [id]="'event-' + moment.key + '-date'"
                [formControl]="form.controls[moment.key].controls.date"
                [attr.aria-invalid]="state.issue(moment.path) ? true : null"
                [attr.aria-describedby]="'event-' + moment.key + '-date-error'"
              />
            </div>
            <div class="field">
              <label [for]="'event-' + moment.key + '-time'">{{ t('event-manage.form.registration.time') }}</label>
              <input
                type="time"
                [id]="'event-' + moment.key + '-time'"
                [formControl]="form.controls[moment.key].controls.time"
              />
            </div>
          </div>
          <bp-field-issue [path]="moment.path" [fieldId]="'event-' + moment.key + '-date'" />
        </fieldset>
      }
      <p class="hint">{{ t('event-manage.form.registration.windowHint') }}</p>

      <h3>{{ t('event-manage.form.questions.heading') }}</h3>
      <p class="hint">{{ t('event-manage.form.questions.hint') }}</p>
      <bp-field-issue path="questions" fieldId="event-questions" />
      <ol class="event-rows">
        @for (question of form.controls.questions.controls; track question; let i = $index) {
          <li class="event-row">
            <fieldset class="event-fieldset">
              <legend>{{ t('event-manage.form.questions.question', { number: i + 1 }) }}</legend>
              <div class="field">
                <label [for]="'event-question-' + i + '-label'">{{ t('event-manage.form.questions.label') }}</label>
                <input
                  type="text"
                  maxlength="200"
                  [id]="'event-question-' + i + '-label'"
                  [formControl]="question.controls.label"
                  [attr.aria-invalid]="state.issue('questions.' + i + '.label') ? true : null"
                  [attr.aria-describedby]="'event-question-' + i + '-label-error'"
                />
                <bp-field-issue [path]="'questions.' + i + '.label'" [fieldId]="'event-question-' + i + '-label'" />
              </div>
              <div class="field">
                <label [for]="'event-question-' + i + '-kind'">{{ t('event-manage.form.questions.kind') }}</label>
                <select [id]="'event-question-' + i + '-kind'" [formControl]="question.controls.kind">
                  @for (kind of kinds; track kind) {
                    <option [value]="kind">{{ t('event-manage.questionKinds.' + kind) }}</option>
                  }
                </select>
              </div>
              @if (question.controls.kind.value === 'single-choice') {
                <div class="field">
                  <label [for]="'event-question-' + i + '-options'">{{
                    t('event-manage.form.questions.options')
                  }}</label>
                  <textarea
                    rows="3"
                    [id]="'event-question-' + i + '-options'"
                    [formControl]="question.controls.options"
                    [attr.aria-describedby]="
                      'event-question-' + i + '-options-hint event-question-' + i + '-options-error'
                    "
                  ></textarea>
                  <p class="hint" [id]="'event-question-' + i + '-options-hint'">
                    {{ t('event-manage.form.questions.optionsHint') }}
                  </p>
                  <bp-field-issue
                    [path]="'questions.' + i + '.options'"
                    [fieldId]="'event-question-' + i + '-options'"
                  />
                </div>
              }
              <label class="checkbox">
                <input type="checkbox" [formControl]="question.controls.required" />
                {{ t('event-manage.form.questions.required') }}
              </label>
              <button type="button" class="btn btn-link" (click)="form.controls.questions.removeAt(i)">
                {{ t('event-manage.form.questions.remove', { number: i + 1 }) }}
              </button>
            </fieldset>
          </li>
        }
      </ol>
      @if (form.controls.questions.length < questionsMax) {
        <button type="button" class="btn btn-secondary btn-small" (click)="add()">
          {{ t('event-manage.form.questions.add') }}
        </button>
      }

      <h3>{{ t('event-manage.form.privacy.heading') }}</h3>
      <div class="field">
        <label for="event-data-purpose">{{ t('event-manage.form.privacy.purpose') }}</label>
        <textarea
          id="event-data-purpose"
          rows="4"
          maxlength="1000"
          [formControl]="form.controls.dataPurpose"
          [attr.aria-invalid]="state.issue('dataPurpose') ? true : null"
          aria-describedby="event-data-purpose-hint event-data-purpose-error"
        ></textarea>
        <p class="hint" id="event-data-purpose-hint">{{ t('event-manage.form.privacy.purposeHint') }}</p>
        <bp-field-issue path="dataPurpose" fieldId="event-data-purpose" />
      </div>
      <div class="field">
        <label for="event-retention">{{ t('event-manage.form.privacy.retention') }}</label>
        <input
          id="event-retention"
          type="number"
          min="30"
          max="3650"
          inputmode="numeric"
          [formControl]="form.controls.guestDataRetentionDays"
          aria-describedby="event-retention-hint event-retention-error"
        />
        <p class="hint" id="event-retention-hint">{{ t('event-manage.form.privacy.retentionHint') }}</p>
        <bp-field-issue path="guestDataRetentionDays" fieldId="event-retention" />
      </div>
    </section>
  `,
})
export class EventRegistrationSectionComponent {
  protected readonly state = inject(EventFormState);
  protected readonly form = this.state.form;
  protected readonly kinds = EVENT_QUESTION_KINDS;
  protected readonly questionsMax = EVENT_QUESTIONS_MAX;
  protected readonly moments = [
    { key: 'opens', path: 'registrationOpensAt' },
    { key: 'closes', path: 'registrationClosesAt' },
  ] as const;

  protected add(): void {
    const taken = this.form.controls.questions.controls.map((question) => question.controls.id.value);
    this.form.controls.questions.push(questionGroup(this.state.fb, nextQuestionId(taken)));
  }
}
