import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortSummary, CourseProgressReport } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CohortsApi, CoursesApi } from '@bina-pustaka/web-data-access/learning';
import {
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  ProgressBarComponent,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { EMPTY, catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { CourseEditorStore } from './course-editor.store';

const PAGE_SIZE = 20;

type LearnerProgress = CourseProgressReport['learners'][number];

/** Progres peserta: each learner, module by module, where they are stuck, and whose pace the server doubted. */
@Component({
  selector: 'bp-progress-report',
  imports: [TranslocoDirective, DataTableComponent, DataRowDirective, DateTimePipe, ProgressBarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-report.component.html',
  // The flag's words may be long: they wrap under the name instead of widening the table.
  styles: ['.person-flag { white-space: normal; margin-top: 0.35rem; }'],
})
export class ProgressReportComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(CoursesApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly cohortId = signal('');
  private readonly reloads = signal(0);
  protected readonly report = signal<CourseProgressReport | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly userIdOf = (row: LearnerProgress) => row.user.id;
  protected readonly learners = computed(() => this.report()?.learners ?? null);
  protected readonly modules = computed(() => this.report()?.modules ?? []);
  /** One column per module, "M1" with the module's title, between the learner and their totals. */
  protected readonly columns = computed((): DataColumn[] => [
    { key: 'learning.progressReport.learner' },
    ...this.modules().map((module, m) => ({
      key: 'learning.progressReport.moduleShort',
      params: { number: m + 1 },
      title: module.title,
      class: 'cell-number',
    })),
    { key: 'learning.progressReport.progress' },
    { key: 'learning.progressReport.stuckAt' },
    { key: 'learning.progressReport.lastActivity' },
  ]);
  protected readonly cohorts = toSignal(
    inject(CohortsApi)
      .list({ courseId: this.store.course()?.id, page: 1, pageSize: 100 })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as CohortSummary[])),
      ),
    { initialValue: [] as CohortSummary[] },
  );

  constructor() {
    toObservable(
      computed(() => ({ courseId: this.store.course()?.id ?? '', cohortId: this.cohortId(), reload: this.reloads() })),
    )
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ courseId, cohortId }) =>
          this.api.progress(courseId, cohortId || undefined).pipe(
            catchError((error: unknown) => {
              this.failure.set(toApiFailure(error));
              return EMPTY;
            }),
            finalize(() => this.loading.set(false)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((report) => {
        this.failure.set(null);
        this.report.set(report);
      });
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }
}
