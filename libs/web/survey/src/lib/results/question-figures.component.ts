import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SurveyQuestionKind, SurveyQuestionResult } from '@bina-pustaka/shared-contracts';
import type { UiLocale } from '@bina-pustaka/shared-util';
import { formatNumber, formatShare } from './results-format';
import { CHART_COLOURS, SurveyChartComponent } from './survey-chart.component';
import { TextAnswersComponent } from './text-answers.component';

/** Kinds whose answers are counted per choice or point, and so drawn as bars. */
const COUNTED: readonly SurveyQuestionKind[] = ['likert', 'rating', 'single-choice', 'multiple-choice'];

/**
 * One group's answers to one question: bars with the same figures in a table below
 * (counts, share of those who answered, mean with one decimal), a matrix's rows by point,
 * a number's mean, and the written answers.
 */
@Component({
  selector: 'bp-question-figures',
  imports: [TranslocoDirective, SurveyChartComponent, TextAnswersComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './results.css',
  templateUrl: './question-figures.component.html',
})
export class QuestionFiguresComponent {
  readonly result = input.required<SurveyQuestionResult>();
  readonly language = input.required<UiLocale>();
  readonly colour = input<string>(CHART_COLOURS.a);

  protected readonly counted = computed(() => COUNTED.includes(this.result().kind) && this.result().counts.length > 0);
  protected readonly chartLabels = computed(() => this.result().counts.map((count) => count.label));
  protected readonly chartValues = computed(() => this.result().counts.map((count) => count.count));
  /** The top of a scale the mean is read against: a Likert's points, a rating's 10. */
  protected readonly scaleTop = computed(() => {
    const result = this.result();
    if (result.kind === 'rating') return 10;
    return result.kind === 'likert' ? result.counts.length : null;
  });
  /** The matrix's points, from its first row (every row has the same scale). */
  protected readonly matrixPoints = computed(() => this.result().rows[0]?.counts.map((count) => count.label) ?? []);

  protected number(value: number | null, decimals = 0): string {
    return formatNumber(value, this.language(), decimals);
  }

  protected share(count: number): string {
    return formatShare(count, this.result().answered, this.language());
  }
}
