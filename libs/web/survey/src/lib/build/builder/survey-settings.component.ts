import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { SURVEY_TEXT_MAX, SURVEY_TITLE_MAX, type SurveyAudience } from '@bina-pustaka/shared-contracts';
import { fromWibParts, toWibParts } from '@bina-pustaka/shared-util';
import type { SurveySettingsBody } from '@bina-pustaka/web-data-access/surveys';
import { BuilderState } from './builder-state';

type Moment = 'opensAt' | 'closesAt';

/** A day given without a time opens at its start and closes at its end. */
const DEFAULT_TIME: Record<Moment, string> = { opensAt: '00:00', closesAt: '23:59' };

/**
 * The survey's settings: title, introduction, anonymity (with what it means), when it opens
 * and closes (typed in WIB), and the most responses it takes. Who answers is fixed once made.
 */
@Component({
  selector: 'bp-survey-settings',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card section" aria-labelledby="survey-settings-heading" *transloco="let t">
      <h2 id="survey-settings-heading">{{ t('survey.build.settings.heading') }}</h2>
      <p class="muted">
        {{ t('survey.build.settings.audience', { audience: t('survey.build.audience.' + audience()) }) }}
      </p>
      <div class="field">
        <label for="survey-settings-title">{{ t('survey.build.settings.title') }}</label>
        <input
          id="survey-settings-title"
          type="text"
          [attr.maxlength]="titleMax"
          [value]="settings().title"
          [disabled]="state.readOnly()"
          [attr.aria-invalid]="issue('title') ? true : null"
          [attr.aria-describedby]="issue('title') ? 'survey-settings-title-error' : null"
          (input)="set({ title: $any($event.target).value })"
        />
        @if (issue('title'); as message) {
          <p class="field-error" id="survey-settings-title-error">{{ message }}</p>
        }
      </div>
      <div class="field">
        <label for="survey-settings-description">{{ t('survey.build.settings.description') }}</label>
        <textarea
          id="survey-settings-description"
          rows="3"
          [attr.maxlength]="textMax"
          [value]="settings().description"
          [disabled]="state.readOnly()"
          aria-describedby="survey-settings-description-hint"
          (input)="set({ description: $any($event.target).value })"
        ></textarea>
        <p class="hint" id="survey-settings-description-hint">{{ t('survey.build.settings.descriptionHint') }}</p>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          [checked]="settings().anonymous"
          [disabled]="state.readOnly() || audience() === 'public'"
          (change)="set({ anonymous: $any($event.target).checked })"
        />
        <span>
          {{ t('survey.build.create.anonymous') }}
          <span class="muted option-hint">{{ t('survey.build.create.anonymousHint') }}</span>
        </span>
      </label>
      @if (issue('anonymous'); as message) {
        <p class="field-error">{{ message }}</p>
      }

      @for (moment of moments; track moment) {
        <fieldset class="survey-choices">
          <legend>{{ t(momentLabels[moment]) }}</legend>
          <div class="survey-row">
            <div class="field">
              <label [for]="'survey-' + moment + '-date'">{{ t('survey.build.settings.date') }}</label>
              <input
                #date
                [id]="'survey-' + moment + '-date'"
                type="date"
                [value]="parts()[moment].date"
                [disabled]="state.readOnly()"
                [attr.aria-invalid]="issue(moment) ? true : null"
                [attr.aria-describedby]="
                  'survey-' + moment + '-hint' + (issue(moment) ? ' survey-' + moment + '-error' : '')
                "
                (change)="setMoment(moment, date.value, time.value)"
              />
            </div>
            <div class="field">
              <label [for]="'survey-' + moment + '-time'">{{ t('survey.build.settings.time') }}</label>
              <input
                #time
                [id]="'survey-' + moment + '-time'"
                type="time"
                [value]="parts()[moment].time"
                [disabled]="state.readOnly()"
                (change)="setMoment(moment, date.value, time.value)"
              />
            </div>
          </div>
          <p class="hint" [id]="'survey-' + moment + '-hint'">{{ t('survey.build.settings.windowHint') }}</p>
          @if (issue(moment); as message) {
            <p class="field-error" [id]="'survey-' + moment + '-error'">{{ message }}</p>
          }
        </fieldset>
      }

      <div class="field field-inline">
        <label for="survey-settings-limit">{{ t('survey.build.settings.responseLimit') }}</label>
        <input
          id="survey-settings-limit"
          type="number"
          min="1"
          step="1"
          inputmode="numeric"
          [value]="settings().responseLimit ?? ''"
          [disabled]="state.readOnly()"
          [attr.aria-invalid]="issue('responseLimit') ? true : null"
          [attr.aria-describedby]="
            'survey-settings-limit-hint' + (issue('responseLimit') ? ' survey-settings-limit-error' : '')
          "
          (change)="setLimit($any($event.target).value)"
        />
        <p class="hint" id="survey-settings-limit-hint">{{ t('survey.build.settings.responseLimitHint') }}</p>
        @if (issue('responseLimit'); as message) {
          <p class="field-error" id="survey-settings-limit-error">{{ message }}</p>
        }
      </div>
    </section>
  `,
})
export class SurveySettingsComponent {
  protected readonly state = inject(BuilderState);
  readonly settings = model.required<SurveySettingsBody>();
  readonly audience = input.required<SurveyAudience>();
  protected readonly moments: readonly Moment[] = ['opensAt', 'closesAt'];
  protected readonly momentLabels: Record<Moment, string> = {
    opensAt: 'survey.build.settings.opensAt',
    closesAt: 'survey.build.settings.closesAt',
  };
  protected readonly titleMax = SURVEY_TITLE_MAX;
  protected readonly textMax = SURVEY_TEXT_MAX;
  /** The moments as WIB date and time, for the inputs. */
  protected readonly parts = computed((): Record<Moment, { date: string; time: string }> => {
    const settings = this.settings();
    const wib = (value: string | null) => (value ? toWibParts(value) : { date: '', time: '' });
    return { opensAt: wib(settings.opensAt), closesAt: wib(settings.closesAt) };
  });

  protected issue(field: string): string | null {
    return this.state.issue(field);
  }

  protected set(changes: Partial<SurveySettingsBody>): void {
    this.settings.update((settings) => ({ ...settings, ...changes }));
    this.state.changed.set(true);
  }

  /** No day: no limit. A day without a time takes the day's start (opens) or end (closes). */
  protected setMoment(moment: Moment, date: string, time: string): void {
    this.set({ [moment]: date ? fromWibParts(date, time || DEFAULT_TIME[moment]) : null });
  }

  /** Empty: no limit; the api judges any other value (and says why it refuses one). */
  protected setLimit(value: string): void {
    this.set({ responseLimit: value.trim() === '' ? null : Number(value) });
  }
}
