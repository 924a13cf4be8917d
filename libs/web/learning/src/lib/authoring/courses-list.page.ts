import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type CourseCategory,
  type CourseStatus,
  type CourseSummary,
} from '@bina-pustaka/shared-contracts';
import { AuthStore, LanguageStore } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  CoursesApi,
  type CourseListQuery,
} from '@bina-pustaka/web-data-access/learning';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { DateTimePipe, DialogComponent, FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

const PAGE_SIZE = 20;

/** Kelola pelatihan: the courses I may edit, and a new one. */
@Component({
  selector: 'bp-courses-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    DateTimePipe,
    DialogComponent,
    PaginationComponent,
    FailureAlertComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './courses-list.page.html',
})
export class CoursesListPage {
  private readonly api = inject(CoursesApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;
  protected readonly statuses = COURSE_STATUSES;
  protected readonly categories = COURSE_CATEGORIES;
  /** Trainers see their own courses; staff may narrow the list to theirs. */
  protected readonly isStaff = computed(() => this.auth.hasAnyRole(['coordinator', 'admin']));

  protected readonly mineOnly = signal(false);
  protected readonly query = signal<CourseListQuery>({ page: 1, pageSize: PAGE_SIZE });
  private readonly list = pagedList(
    () => ({ query: this.query() }),
    ({ query }) => this.api.list(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  private readonly createDialog = viewChild.required<DialogComponent>('createDialog');
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    category: ['pengolahan' as CourseCategory, Validators.required],
    jp: [2, [Validators.required, Validators.min(1), Validators.max(100)]],
  });

  protected editLink(course: CourseSummary): string {
    return appLink(APP_PATHS.manageCourse, { courseId: course.id });
  }

  protected trainerNames(course: CourseSummary): string {
    return course.trainers.map((trainer) => trainer.fullName).join(', ');
  }

  protected search(event: Event, q: string, status: string): void {
    event.preventDefault();
    const mine = this.mineOnly();
    this.query.update((query) => ({
      ...query,
      q: q.trim() || undefined,
      status: (status || undefined) as CourseStatus | undefined,
      mine: mine || undefined,
      page: 1,
    }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  protected retry(): void {
    this.list.reload();
  }

  protected openCreate(): void {
    this.feedback.failure.set(null);
    this.form.reset();
    this.createDialog().open();
  }

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const course = await firstValueFrom(
        this.api.create({
          title: value.title.trim(),
          category: value.category,
          jp: Number(value.jp),
          language: this.language(),
        }),
      );
      this.createDialog().close();
      await this.router.navigateByUrl(appLink(APP_PATHS.manageCourse, { courseId: course.id }));
    });
  }
}
