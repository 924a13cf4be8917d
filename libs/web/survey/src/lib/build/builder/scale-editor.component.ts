import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SurveyScale } from '@bina-pustaka/shared-contracts';
import { LIKERT_PRESET_KEYS, type LikertPresetKey } from '../../survey-keys';
import { BuilderState } from './builder-state';
import { presetOf, presetScale } from './question-presets';

/**
 * A Likert scale: 4 or 5 points, words from a preset (Sangat tidak setuju … Sangat setuju,
 * Tidak puas … Sangat puas, Sangat kurang … Sangat baik), each label editable. With
 * answers in, the number of points stays.
 */
@Component({
  selector: 'bp-survey-scale-editor',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="survey-choices" *transloco="let t">
      <legend class="visually-hidden">{{ t('survey.build.scale.legend') }}</legend>
      <div class="survey-row">
        <div class="field">
          <label [for]="idBase() + '-points'">{{ t('survey.build.scale.points') }}</label>
          <select
            [id]="idBase() + '-points'"
            [disabled]="state.structureLocked()"
            (change)="setPoints($any($event.target).value)"
          >
            @for (points of pointChoices; track points) {
              <option [value]="points" [selected]="points === scale().points">
                {{ t('survey.build.scale.pointsValue', { count: points }) }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label [for]="idBase() + '-preset'">{{ t('survey.build.scale.preset') }}</label>
          <select
            [id]="idBase() + '-preset'"
            [disabled]="state.readOnly()"
            (change)="usePreset($any($event.target).value)"
          >
            <option value="" [selected]="!preset()">{{ t('survey.build.scale.custom') }}</option>
            @for (key of presets; track key) {
              <option [value]="key" [selected]="key === preset()">{{ t('survey.build.scale.presets.' + key) }}</option>
            }
          </select>
        </div>
      </div>
      <ol class="survey-list">
        @for (label of scale().labels; track $index; let l = $index) {
          <li class="field">
            <label [for]="idBase() + '-label-' + l">{{ t('survey.build.scale.label', { number: l + 1 }) }}</label>
            <input
              [id]="idBase() + '-label-' + l"
              type="text"
              maxlength="300"
              [value]="label"
              [disabled]="state.readOnly()"
              [attr.aria-invalid]="issue(l) ? true : null"
              [attr.aria-describedby]="issue(l) ? idBase() + '-label-' + l + '-error' : null"
              (input)="relabel(l, $any($event.target).value)"
            />
            @if (issue(l); as message) {
              <p class="field-error" [id]="idBase() + '-label-' + l + '-error'">{{ message }}</p>
            }
          </li>
        }
      </ol>
    </fieldset>
  `,
})
export class ScaleEditorComponent {
  protected readonly state = inject(BuilderState);
  readonly scale = input.required<SurveyScale>();
  /** Where the api names the scale's issues: `definition.sections.0.questions.2`. */
  readonly path = input.required<string>();
  readonly idBase = input.required<string>();
  readonly changed = output<SurveyScale>();
  protected readonly pointChoices = [4, 5] as const;
  protected readonly presets = LIKERT_PRESET_KEYS;
  protected readonly preset = computed(() => presetOf(this.scale()));

  protected issue(l: number): string | null {
    return this.state.issue(`${this.path()}.scale.labels.${l}`);
  }

  /** Keeps the preset's words when there is one, else cuts or pads the labels written. */
  protected setPoints(value: string): void {
    const points = Number(value) === 4 ? 4 : 5;
    const preset = this.preset();
    if (preset) {
      this.changed.emit(presetScale(preset, points));
      return;
    }
    const labels = [...this.scale().labels.slice(0, points)];
    while (labels.length < points) labels.push('');
    this.changed.emit({ points, labels });
  }

  protected usePreset(key: string): void {
    if (!(LIKERT_PRESET_KEYS as readonly string[]).includes(key)) return;
    this.changed.emit(presetScale(key as LikertPresetKey, this.scale().points));
  }

  protected relabel(l: number, label: string): void {
    const scale = this.scale();
    this.changed.emit({ ...scale, labels: scale.labels.map((each, index) => (index === l ? label : each)) });
  }
}
