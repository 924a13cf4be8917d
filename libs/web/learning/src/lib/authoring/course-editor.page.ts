import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, DateTimePipe, DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { map } from 'rxjs';
import { EDITOR_SECTIONS, type EditorSection } from '../learning-keys';
import { CourseCohortsComponent } from './course-cohorts.component';
import { CourseEditorStore } from './course-editor.store';
import { CourseEvaluationComponent } from './course-evaluation.component';
import { CourseInfoFormComponent } from './course-info-form.component';
import { CurriculumComponent } from './curriculum.component';
import { ProgressReportComponent } from './progress-report.component';

/** One course for its trainers and coordinators: information, curriculum, cohorts, progress. */
@Component({
  selector: 'bp-course-editor-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    DialogComponent,
    FailureAlertComponent,
    CourseInfoFormComponent,
    CourseEvaluationComponent,
    CurriculumComponent,
    CourseCohortsComponent,
    ProgressReportComponent,
  ],
  providers: [CourseEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-editor.page.html',
  styleUrl: './course-editor.page.css',
})
export class CourseEditorPage {
  protected readonly store = inject(CourseEditorStore);
  private readonly api = inject(CoursesApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore).current;
  protected readonly sections = EDITOR_SECTIONS;
  protected readonly listLink = appLink(APP_PATHS.manageCourses);
  protected readonly section = toSignal(
    this.route.queryParamMap.pipe(
      map((params): EditorSection => {
        const value = params.get('bagian');
        return (EDITOR_SECTIONS as readonly string[]).includes(value ?? '') ? (value as EditorSection) : 'informasi';
      }),
    ),
    { requireSync: true },
  );
  protected readonly questionBankLink = computed(() => {
    const course = this.store.course();
    return course ? appLink(APP_PATHS.questionBank, { courseId: course.id }) : '';
  });
  protected readonly quizzesLink = computed(() => {
    const course = this.store.course();
    return course ? appLink(APP_PATHS.manageQuizzes, { courseId: course.id }) : '';
  });
  protected readonly catalogLink = computed(() => {
    const course = this.store.course();
    return course ? appLink(APP_PATHS.catalogCourse, { courseId: course.id }) : '';
  });

  protected readonly statusAction = signal<'publish' | 'archive' | null>(null);
  protected readonly statusFailure = signal<ApiFailure | null>(null);
  protected readonly statusPending = signal(false);
  private readonly statusDialog = viewChild.required<DialogComponent>('statusDialog');

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('courseId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((courseId) => void this.store.load(courseId));
  }

  protected confirmStatus(action: 'publish' | 'archive'): void {
    this.statusAction.set(action);
    this.statusFailure.set(null);
    this.statusDialog().open();
  }

  protected async changeStatus(): Promise<void> {
    const course = this.store.course();
    const action = this.statusAction();
    if (!course || !action) return;
    this.statusPending.set(true);
    this.statusFailure.set(null);
    try {
      await this.store.change(action === 'publish' ? this.api.publish(course.id) : this.api.archive(course.id), {
        key: action === 'publish' ? 'learning.editor.published' : 'learning.editor.archived',
      });
      this.statusDialog().close();
    } catch (error) {
      this.statusFailure.set(toApiFailure(error));
    } finally {
      this.statusPending.set(false);
    }
  }

  protected retry(): void {
    void this.store.load(this.route.snapshot.paramMap.get('courseId') ?? '');
  }
}
