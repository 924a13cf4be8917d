import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CohortSummary, type Page } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CohortsApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, DateTimePipe, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { EMPTY, catchError, finalize, switchMap, tap } from 'rxjs';
import { CohortFormComponent } from '../cohort/cohort-form.component';
import { CourseEditorStore } from './course-editor.store';

const PAGE_SIZE = 10;

/** The Angkatan section: the runs of this course; coordinators open and edit them. */
@Component({
  selector: 'bp-course-cohorts',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    PaginationComponent,
    FailureAlertComponent,
    CohortFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-cohorts.component.html',
})
export class CourseCohortsComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(CohortsApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly course = this.store.course;
  protected readonly manages = this.store.managesCohorts;
  protected readonly canOpen = computed(() => this.manages() && this.course()?.status === 'published');

  protected readonly pageNumber = signal(1);
  private readonly reloads = signal(0);
  protected readonly page = signal<Page<CohortSummary> | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly creating = signal(false);
  protected readonly editingId = signal<string | null>(null);
  protected readonly notice = signal<{ key: string; name: string } | null>(null);

  constructor() {
    toObservable(
      computed(() => ({ courseId: this.course()?.id ?? '', page: this.pageNumber(), reload: this.reloads() })),
    )
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ courseId, page }) =>
          this.api.list({ courseId, page, pageSize: PAGE_SIZE }).pipe(
            catchError((error: unknown) => {
              this.failure.set(toApiFailure(error));
              return EMPTY;
            }),
            finalize(() => this.loading.set(false)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.failure.set(null);
        this.page.set(page);
      });
  }

  protected cohortLink(cohort: CohortSummary): string {
    return appLink(APP_PATHS.manageCohort, { cohortId: cohort.id });
  }

  protected created(cohort: CohortSummary): void {
    this.creating.set(false);
    this.notice.set({ key: 'learning.cohort.created', name: cohort.name });
    this.reloads.update((n) => n + 1);
  }

  protected updated(cohort: CohortSummary): void {
    this.editingId.set(null);
    this.notice.set({ key: 'learning.cohort.updated', name: cohort.name });
    this.reloads.update((n) => n + 1);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }
}
