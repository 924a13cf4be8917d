import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CohortSummary } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { CohortsApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, DateTimePipe, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
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
  private readonly list = pagedList(
    () => ({ courseId: this.course()?.id ?? '', page: this.pageNumber() }),
    ({ courseId, page }) => this.api.list({ courseId, page, pageSize: PAGE_SIZE }),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly creating = signal(false);
  protected readonly editingId = signal<string | null>(null);
  protected readonly notice = signal<{ key: string; name: string } | null>(null);

  protected cohortLink(cohort: CohortSummary): string {
    return appLink(APP_PATHS.manageCohort, { cohortId: cohort.id });
  }

  protected created(cohort: CohortSummary): void {
    this.creating.set(false);
    this.notice.set({ key: 'learning.cohort.created', name: cohort.name });
    this.list.reload();
  }

  protected updated(cohort: CohortSummary): void {
    this.editingId.set(null);
    this.notice.set({ key: 'learning.cohort.updated', name: cohort.name });
    this.list.reload();
  }

  protected retry(): void {
    this.list.reload();
  }
}
