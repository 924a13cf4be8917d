import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  SURVEY_QUESTION_KINDS,
  SURVEY_TEXT_MAX,
  SURVEY_TITLE_MAX,
  type SurveyQuestionKind,
  type SurveySection,
} from '@bina-pustaka/shared-contracts';
import { BuilderState } from './builder-state';
import { QuestionEditorComponent } from './question-editor.component';

/**
 * One section: its title, intro, whether it is asked for each speaker (the "Evaluasi
 * Narasumber" block), its questions, and a way to add a question of any kind.
 */
@Component({
  selector: 'bp-survey-section-editor',
  imports: [TranslocoDirective, QuestionEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card section" [attr.aria-labelledby]="id() + '-heading'" *transloco="let t">
      <h3 [id]="id() + '-heading'">
        {{
          t('survey.build.section.heading', {
            number: s() + 1,
            title: section().title || t('survey.build.section.untitled'),
          })
        }}
      </h3>
      @if (issue('id'); as message) {
        <p class="field-error">{{ message }}</p>
      }
      <div class="field">
        <label [for]="id() + '-title'">{{ t('survey.build.section.title') }}</label>
        <input
          [id]="id() + '-title'"
          type="text"
          [attr.maxlength]="titleMax"
          [value]="section().title"
          [disabled]="state.readOnly()"
          [attr.aria-invalid]="issue('title') ? true : null"
          [attr.aria-describedby]="issue('title') ? id() + '-title-error' : null"
          (input)="state.changeSection(s(), { title: $any($event.target).value })"
        />
        @if (issue('title'); as message) {
          <p class="field-error" [id]="id() + '-title-error'">{{ message }}</p>
        }
      </div>
      <div class="field">
        <label [for]="id() + '-intro'">{{ t('survey.build.section.intro') }}</label>
        <textarea
          [id]="id() + '-intro'"
          rows="2"
          [attr.maxlength]="textMax"
          [value]="section().intro ?? ''"
          [disabled]="state.readOnly()"
          (input)="setIntro($any($event.target).value)"
        ></textarea>
      </div>
      <label class="checkbox">
        <input
          [id]="id() + '-speaker'"
          type="checkbox"
          [checked]="section().perSpeaker"
          [disabled]="state.structureLocked()"
          (change)="state.changeSection(s(), { perSpeaker: $any($event.target).checked })"
        />
        <span>
          {{ t('survey.build.section.perSpeaker') }}
          <span class="muted option-hint">{{ t('survey.build.section.perSpeakerHint') }}</span>
        </span>
      </label>

      @for (question of section().questions; track question.id; let q = $index, last = $last) {
        <bp-survey-question-editor [question]="question" [s]="s()" [q]="q" [number]="firstNumber() + q" [last]="last" />
      } @empty {
        <p class="muted">{{ t('survey.build.section.noQuestions') }}</p>
      }

      @if (!state.structureLocked()) {
        <div class="survey-row">
          <div class="field">
            <label [for]="id() + '-kind'">{{ t('survey.build.section.addKind') }}</label>
            <select [id]="id() + '-kind'" (change)="kind.set($any($event.target).value)">
              @for (each of kinds; track each) {
                <option [value]="each" [selected]="each === kind()">{{ t('survey.build.kinds.' + each) }}</option>
              }
            </select>
          </div>
          <button type="button" class="btn btn-secondary" (click)="state.addQuestion(s(), kind())">
            {{ t('survey.build.section.addQuestion') }}
          </button>
        </div>
        <div class="survey-tools">
          <button
            type="button"
            class="btn btn-link btn-small"
            [disabled]="s() === 0"
            (click)="state.moveSection(s(), -1)"
          >
            {{ t('survey.build.section.moveUp') }}<span class="visually-hidden"> {{ s() + 1 }}</span>
          </button>
          <button type="button" class="btn btn-link btn-small" [disabled]="last()" (click)="state.moveSection(s(), 1)">
            {{ t('survey.build.section.moveDown') }}<span class="visually-hidden"> {{ s() + 1 }}</span>
          </button>
          <button
            type="button"
            class="btn btn-danger-outline btn-small"
            [disabled]="onlyOne()"
            (click)="state.removeSection(s())"
          >
            {{ t('survey.build.section.remove') }}<span class="visually-hidden"> {{ s() + 1 }}</span>
          </button>
        </div>
      }
    </section>
  `,
})
export class SectionEditorComponent {
  protected readonly state = inject(BuilderState);
  readonly section = input.required<SurveySection>();
  readonly s = input.required<number>();
  readonly last = input.required<boolean>();
  /** The survey-wide number of this section's first question. */
  readonly firstNumber = input.required<number>();
  protected readonly kinds = SURVEY_QUESTION_KINDS;
  protected readonly titleMax = SURVEY_TITLE_MAX;
  protected readonly textMax = SURVEY_TEXT_MAX;
  protected readonly kind = signal<SurveyQuestionKind>('likert');
  protected readonly id = computed(() => `ss-${this.s()}`);
  /** A survey keeps at least one section (the api asks for one). */
  protected readonly onlyOne = computed(() => this.state.definition().sections.length === 1);

  protected issue(part: string): string | null {
    return this.state.issue(`definition.sections.${this.s()}.${part}`);
  }

  protected setIntro(intro: string): void {
    this.state.changeSection(this.s(), { intro: intro.trim() ? intro : null });
  }
}
