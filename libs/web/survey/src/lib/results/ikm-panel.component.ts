import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import type { IkmElement, IkmPeriodResult, IkmReport } from '@bina-pustaka/shared-contracts';
import type { UiLocale } from '@bina-pustaka/shared-util';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { type IkmPeriodBy, SurveyResultsApi } from '@bina-pustaka/web-data-access/surveys';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { EMPTY, catchError, switchMap, tap } from 'rxjs';
import { IKM_PERIODS_BY } from '../survey-keys';
import { formatNumber, formatPeriod } from './results-format';
import { SurveyChartComponent } from './survey-chart.component';

/** The IKM's one 422 (code survey.noIkmElements): no question of the survey measures a service element. */
const NO_IKM_ELEMENTS = 422;

/**
 * The satisfaction index (IKM, PermenPANRB 14/2017) by month or year: the index with two
 * decimals and its grade in words per period, a bar per period, and each element's mean
 * (U1..U9 by name). A survey without IKM questions has no panel (the api says so with 422).
 */
@Component({
  selector: 'bp-ikm-panel',
  imports: [TranslocoDirective, FailureAlertComponent, SurveyChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './results.css',
  templateUrl: './ikm-panel.component.html',
})
export class IkmPanelComponent {
  private readonly api = inject(SurveyResultsApi);
  readonly surveyId = input.required<string>();
  readonly from = input<string | undefined>(undefined);
  readonly to = input<string | undefined>(undefined);
  readonly language = input.required<UiLocale>();

  protected readonly periodsBy = IKM_PERIODS_BY;
  protected readonly by = signal<IkmPeriodBy>('month');
  protected readonly report = signal<IkmReport | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** No IKM questions in this survey: nothing to show, not even a heading. */
  protected readonly absent = signal(false);
  private readonly reloads = signal(0);

  /** The elements the survey measures, in U1..U9 order, named by the overall figures. */
  protected readonly elements = computed(() => this.report()?.overall.elements ?? []);
  protected readonly chartLabels = computed(() =>
    (this.report()?.periods ?? []).map((period) => formatPeriod(period.period, this.language())),
  );
  protected readonly chartValues = computed(() => (this.report()?.periods ?? []).map((period) => period.ikm));

  constructor() {
    toObservable(
      computed(() => ({
        surveyId: this.surveyId(),
        by: this.by(),
        from: this.from(),
        to: this.to(),
        n: this.reloads(),
      })),
    )
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.failure.set(null);
        }),
        switchMap(({ surveyId, by, from, to }) =>
          this.api.ikm(surveyId, by, from, to).pipe(
            catchError((error: unknown) => {
              const failure = toApiFailure(error);
              if (failure.status === NO_IKM_ELEMENTS) this.absent.set(true);
              else this.failure.set(failure);
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((report) => {
        this.report.set(report);
        this.loading.set(false);
      });
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected period(period: string): string {
    return formatPeriod(period, this.language());
  }

  protected number(value: number | null, decimals: number): string {
    return formatNumber(value, this.language(), decimals);
  }

  protected elementMean(period: IkmPeriodResult, element: IkmElement): number | null {
    return period.elements.find((each) => each.element === element)?.mean ?? null;
  }
}
