import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { SURVEY_OPTIONS_MAX, type SurveyOption } from '@bina-pustaka/shared-contracts';
import { BuilderState } from './builder-state';
import { moved, withNewOption } from './definition-edits';

/**
 * A choice question's options or a matrix's rows: each label, added, moved and removed.
 * Keys (`o1`, `r1`) are made here and never asked for. With answers in, only the labels
 * may change.
 */
@Component({
  selector: 'bp-survey-options-editor',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="survey-choices" *transloco="let t">
      <legend>{{ t(kind() === 'rows' ? 'survey.build.options.rows' : 'survey.build.options.options') }}</legend>
      <ol class="survey-list">
        @for (item of items(); track item.id; let o = $index, first = $first, last = $last) {
          <li class="survey-row">
            <div class="field">
              <label [for]="idBase() + '-' + o">{{
                t(kind() === 'rows' ? 'survey.build.options.row' : 'survey.build.options.option', { number: o + 1 })
              }}</label>
              <input
                [id]="idBase() + '-' + o"
                type="text"
                maxlength="300"
                [value]="item.label"
                [disabled]="state.readOnly()"
                [attr.aria-invalid]="issue(o) ? true : null"
                [attr.aria-describedby]="issue(o) ? idBase() + '-' + o + '-error' : null"
                (input)="relabel(o, $any($event.target).value)"
              />
              @if (issue(o); as message) {
                <p class="field-error" [id]="idBase() + '-' + o + '-error'">{{ message }}</p>
              }
            </div>
            @if (!state.structureLocked()) {
              <div class="survey-tools">
                <button type="button" class="btn btn-link btn-small" [disabled]="first" (click)="move(o, -1)">
                  {{ t('survey.build.options.moveUp') }}<span class="visually-hidden"> {{ item.label }}</span>
                </button>
                <button type="button" class="btn btn-link btn-small" [disabled]="last" (click)="move(o, 1)">
                  {{ t('survey.build.options.moveDown') }}<span class="visually-hidden"> {{ item.label }}</span>
                </button>
                <button
                  type="button"
                  class="btn btn-link btn-small"
                  [disabled]="items().length === 1"
                  (click)="remove(o)"
                >
                  {{ t('survey.build.options.remove') }}<span class="visually-hidden"> {{ item.label }}</span>
                </button>
              </div>
            }
          </li>
        }
      </ol>
      @if (!state.structureLocked() && items().length < max) {
        <button type="button" class="btn btn-secondary btn-small" (click)="add()">
          {{ t(kind() === 'rows' ? 'survey.build.options.addRow' : 'survey.build.options.add') }}
        </button>
      }
    </fieldset>
  `,
})
export class OptionsEditorComponent {
  protected readonly state = inject(BuilderState);
  readonly items = input.required<readonly SurveyOption[]>();
  readonly kind = input.required<'options' | 'rows'>();
  /** Where the api names these items' issues: `definition.sections.0.questions.2`. */
  readonly path = input.required<string>();
  /** Unique start of the inputs' ids. */
  readonly idBase = input.required<string>();
  readonly changed = output<SurveyOption[]>();
  protected readonly max = SURVEY_OPTIONS_MAX;

  protected issue(o: number): string | null {
    return this.state.issue(`${this.path()}.${this.kind()}.${o}.label`);
  }

  protected relabel(o: number, label: string): void {
    this.changed.emit(this.items().map((item, index) => (index === o ? { ...item, label } : item)));
  }

  protected add(): void {
    this.changed.emit(withNewOption(this.items(), this.kind() === 'rows' ? 'r' : 'o'));
  }

  protected move(o: number, delta: -1 | 1): void {
    this.changed.emit(moved(this.items(), o, delta));
  }

  protected remove(o: number): void {
    this.changed.emit(this.items().filter((_, index) => index !== o));
  }
}
