import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CohortSummary } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CohortsApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom, map } from 'rxjs';
import { CohortFormComponent } from './cohort-form.component';
import { EnrolPanelComponent } from './enrol-panel.component';
import { EnrolmentListComponent } from './enrolment-list.component';

/** One cohort (angkatan) for coordinators: its details, its members, and enrolling more. */
@Component({
  selector: 'bp-cohort-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    FailureAlertComponent,
    CohortFormComponent,
    EnrolPanelComponent,
    EnrolmentListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort.page.html',
})
export class CohortPage {
  private readonly api = inject(CohortsApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly cohort = signal<CohortSummary | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly editing = signal(false);
  protected readonly saved = signal(false);
  /** Bumped after enrolling so the list shows the new members. */
  protected readonly membersChanged = signal(0);
  protected readonly courseLink = computed(() => {
    const cohort = this.cohort();
    return cohort ? appLink(APP_PATHS.manageCourse, { courseId: cohort.courseId }) : '';
  });
  private cohortId = '';

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('cohortId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((id) => {
        this.cohortId = id;
        void this.load();
      });
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.cohort.set(await firstValueFrom(this.api.get(this.cohortId)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected updated(cohort: CohortSummary): void {
    this.cohort.set(cohort);
    this.editing.set(false);
    this.saved.set(true);
  }

  protected membersUpdated(): void {
    this.membersChanged.update((n) => n + 1);
    void this.load();
  }
}
