import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CatalogCourseDetail } from '@bina-pustaka/shared-contracts';
import { AuthStore, LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { LearnerApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { EMPTY, catchError, finalize, firstValueFrom, map, switchMap, tap } from 'rxjs';

type Cohort = CatalogCourseDetail['cohorts'][number];

/** A course as a learner sees it before and after enrolling. */
@Component({
  selector: 'bp-course-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, DateTimePipe, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course.page.html',
  styleUrl: './course.page.css',
})
export class CoursePage {
  private readonly api = inject(LearnerApi);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;
  protected readonly catalogLink = appLink(APP_PATHS.catalog);

  protected readonly course = signal<CatalogCourseDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly enrolling = signal<string | null>(null);
  protected readonly enrolFailure = signal<ApiFailure | null>(null);
  /** 'active' or 'pending' after enrolling here, for the confirmation. */
  protected readonly enrolled = signal<'active' | 'pending' | null>(null);

  protected readonly lockedBy = computed(
    () => this.course()?.prerequisites.filter((prerequisite) => !prerequisite.completedByMe) ?? [],
  );
  protected readonly canLearn = computed(() => {
    const status = this.course()?.myEnrolment?.status;
    return status === 'active' || status === 'completed';
  });
  protected readonly playerLink = computed(() => {
    const course = this.course();
    return course ? appLink(APP_PATHS.player, { courseId: course.id }) : '';
  });
  /** The course's trainers reach its forum from here too; its learners once they may learn. */
  protected readonly isTrainer = computed(() => {
    const me = this.auth.user()?.id;
    return !!me && !!this.course()?.trainers.some((trainer) => trainer.id === me);
  });
  protected readonly forumLink = computed(() => {
    const course = this.course();
    return course ? appLink(APP_PATHS.courseForum, { courseId: course.id }) : '';
  });
  protected readonly totalLessons = computed(
    () => this.course()?.outline.reduce((sum, module) => sum + module.lessons.length, 0) ?? 0,
  );

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('courseId') ?? ''),
        tap(() => this.loading.set(true)),
        switchMap((courseId) => this.load(courseId)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  private load(courseId: string) {
    return this.api.catalogCourse(courseId).pipe(
      tap((course) => {
        this.failure.set(null);
        this.course.set(course);
      }),
      catchError((error: unknown) => {
        this.failure.set(toApiFailure(error));
        return EMPTY;
      }),
      finalize(() => this.loading.set(false)),
    );
  }

  protected courseLink(id: string): string {
    return appLink(APP_PATHS.catalogCourse, { courseId: id });
  }

  protected trainerNames(course: CatalogCourseDetail): string {
    return course.trainers.map((trainer) => trainer.fullName).join(', ');
  }

  protected async enrol(cohort: Cohort): Promise<void> {
    const course = this.course();
    if (!course) return;
    this.enrolling.set(cohort.id);
    this.enrolFailure.set(null);
    try {
      const enrolment = await firstValueFrom(this.api.selfEnrol(cohort.id));
      this.enrolled.set(enrolment.status === 'pending' ? 'pending' : 'active');
      this.course.set(await firstValueFrom(this.api.catalogCourse(course.id)));
    } catch (error) {
      this.enrolFailure.set(toApiFailure(error));
    } finally {
      this.enrolling.set(null);
    }
  }

  protected retry(): void {
    const courseId = this.route.snapshot.paramMap.get('courseId') ?? '';
    this.loading.set(true);
    this.load(courseId).subscribe();
  }
}
