import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { UiLocale } from '@bina-pustaka/shared-util';
import type { QuestionPair } from './results-blocks';
import { QuestionFiguresComponent } from './question-figures.component';
import { CHART_COLOURS } from './survey-chart.component';

/** Whether a group's figures may be shown at all (an anonymous group under 5 may not). */
export interface GroupState {
  suppressed: boolean;
}

/**
 * One question's card: its figures, or, when comparing, the two groups' figures side by
 * side (one above the other on a phone). A group without figures says why.
 */
@Component({
  selector: 'bp-question-card',
  imports: [TranslocoDirective, QuestionFiguresComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './results.css',
  template: `
    <article class="card results-question" *transloco="let t">
      <h3 class="results-question-title">{{ pair().text }}</h3>
      <div class="results-sides" [class.results-sides-two]="groupB()">
        <div class="results-side">
          @if (groupB()) {
            <h4 class="results-side-title">{{ t('survey.results.groups.a') }}</h4>
          }
          @if (pair().a; as result) {
            <bp-question-figures [result]="result" [language]="language()" [colour]="colours.a" />
          } @else {
            <p class="muted">
              {{ t(groupA().suppressed ? 'survey.results.suppressedShort' : 'survey.results.noAnswers') }}
            </p>
          }
        </div>
        @if (groupB(); as b) {
          <div class="results-side">
            <h4 class="results-side-title">{{ t('survey.results.groups.b') }}</h4>
            @if (pair().b; as result) {
              <bp-question-figures [result]="result" [language]="language()" [colour]="colours.b" />
            } @else {
              <p class="muted">
                {{ t(b.suppressed ? 'survey.results.suppressedShort' : 'survey.results.noAnswers') }}
              </p>
            }
          </div>
        }
      </div>
    </article>
  `,
})
export class QuestionCardComponent {
  readonly pair = input.required<QuestionPair>();
  readonly language = input.required<UiLocale>();
  readonly groupA = input.required<GroupState>();
  /** The second group, when comparing. */
  readonly groupB = input<GroupState | null>(null);
  protected readonly colours = CHART_COLOURS;
}
