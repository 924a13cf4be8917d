import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, FormControl, ReactiveFormsModule, Validators, type FormGroup } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventQuestion } from '@bina-pustaka/shared-contracts';
import { FORM_FIELD } from '@bina-pustaka/web-identity/forms';

/** The controls of the organiser's questions are named after them, beside a form's own fields. */
export const answerControl = (questionId: string) => `answer-${questionId}`;

/** Adds a control per question to `form` (required ones required, as the api checks them). */
export function addAnswerControls(form: FormGroup<Record<string, FormControl>>, questions: EventQuestion[]): void {
  for (const question of questions) {
    const validators = [Validators.maxLength(500), ...(question.required ? [Validators.required] : [])];
    form.addControl(answerControl(question.id), new FormControl('', { nonNullable: true, validators }));
  }
}

/** The answers given, by question id, trimmed; empty ones left out (the api's shape). */
export function answersOf(form: FormGroup, questions: EventQuestion[]): Record<string, string> {
  const value = form.getRawValue() as Record<string, unknown>;
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const answer = String(value[answerControl(question.id)] ?? '').trim();
    if (answer) answers[question.id] = answer;
  }
  return answers;
}

/**
 * The organiser's questions as fields of the form around it (the guest's registration, a
 * member's answers before their one click; controls by addAnswerControls): a choice as
 * radio buttons, the rest as text.
 */
@Component({
  selector: 'bp-event-questions',
  imports: [ReactiveFormsModule, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The fields join the parent's form (its FormGroupDirective), as if written in its template.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
  template: `
    <ng-container *transloco="let t">
      @for (question of questions(); track question.id) {
        @let name = answerControl(question.id);
        @let id = 'event-' + name;
        @if (question.kind === 'single-choice') {
          <fieldset class="field checkbox-group event-choice" [attr.data-control]="name">
            <legend>
              {{ question.label }}
              @if (!question.required) {
                <span class="optional">{{ t('events.register.optional') }}</span>
              }
            </legend>
            @for (option of question.options; track $index) {
              <label class="checkbox">
                <input type="radio" [formControlName]="name" [value]="option" [id]="id + '-' + $index" />
                {{ option }}
              </label>
            }
            <bp-field-error [for]="name" [fieldId]="id" />
          </fieldset>
        } @else {
          <div class="field">
            <label [for]="id">
              {{ question.label }}
              @if (!question.required) {
                <span class="optional">{{ t('events.register.optional') }}</span>
              }
            </label>
            <input type="text" [id]="id" [formControlName]="name" bpField />
            <bp-field-error [for]="name" [fieldId]="id" />
          </div>
        }
      }
    </ng-container>
  `,
})
export class EventQuestionsComponent {
  readonly questions = input.required<EventQuestion[]>();
  protected readonly answerControl = answerControl;
}
