import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CourseCategory, CourseDetail, Locale, StoredFile } from '@bina-pustaka/shared-contracts';
import { LANGUAGES } from '@bina-pustaka/web-data-access';
import {
  COURSE_CATEGORIES,
  CoursesApi,
  LearnerApi,
  type CompletionConditionAvailability,
} from '@bina-pustaka/web-data-access/learning';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { AlertComponent, ChipsInputComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { catchError, map, of, type Observable } from 'rxjs';
import { FileUploadComponent } from '../shared/file-upload.component';
import { PickerComponent, type PickerOption } from '../shared/picker.component';
import { CourseEditorStore } from './course-editor.store';

/** The Informasi section: what learners read about the course, and its rules. */
@Component({
  selector: 'bp-course-info-form',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    AlertComponent,
    ChipsInputComponent,
    FailureAlertComponent,
    FileUploadComponent,
    PickerComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-info-form.component.html',
})
export class CourseInfoFormComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(CoursesApi);
  private readonly learner = inject(LearnerApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly categories = COURSE_CATEGORIES;
  protected readonly languages = LANGUAGES;
  protected readonly course = this.store.course;
  protected readonly editable = this.store.editable;

  protected readonly feedback = new FormFeedback();
  protected readonly saved = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    summary: ['', Validators.maxLength(300)],
    description: ['', Validators.maxLength(20_000)],
    category: ['pengolahan' as CourseCategory, Validators.required],
    jp: [1, [Validators.required, Validators.min(1), Validators.max(100)]],
    language: ['id' as Locale],
    skkniUnits: new FormControl<string[]>([], { nonNullable: true }),
    webinarRule: [false],
    webinarPercent: [80, [Validators.min(1), Validators.max(100)]],
  });
  protected readonly cover = signal<StoredFile | null>(null);
  protected readonly trainers = signal<PickerOption[]>([]);
  protected readonly prerequisites = signal<PickerOption[]>([]);
  protected readonly descriptionHtml = computed(() => this.course()?.descriptionHtml || null);

  protected readonly conditions = toSignal(
    this.api.completionConditions().pipe(catchError(() => of([] as CompletionConditionAvailability[]))),
    { initialValue: [] as CompletionConditionAvailability[] },
  );
  protected readonly webinarAvailable = computed(
    () => this.conditions().find((condition) => condition.kind === 'webinar-attendance')?.available ?? false,
  );

  protected readonly searchTrainers = (q: string): Observable<PickerOption[]> =>
    this.api
      .trainers(q || undefined)
      .pipe(
        map((trainers) =>
          trainers
            .filter((trainer) => trainer.id !== this.course()?.owner.id)
            .map((trainer) => ({ id: trainer.id, label: trainer.fullName, detail: trainer.email })),
        ),
      );
  protected readonly searchCourses = (q: string): Observable<PickerOption[]> =>
    this.learner
      .catalog({ q: q || undefined, page: 1, pageSize: 10 })
      .pipe(
        map((page) =>
          page.items
            .filter((course) => course.id !== this.course()?.id)
            .map((course) => ({ id: course.id, label: course.title, detail: `${course.jp} JP` })),
        ),
      );

  constructor() {
    const course = this.course();
    if (course) this.fill(course);
    if (!this.editable()) this.form.disable();
    // The webinar rule can be chosen once webinars exist (the api says which conditions are available).
    effect(() => {
      const control = this.form.controls.webinarRule;
      if (this.webinarAvailable() && this.editable()) control.enable();
      else control.disable();
    });
  }

  private fill(course: CourseDetail): void {
    this.form.reset({
      title: course.title,
      summary: course.summary,
      description: course.description,
      category: course.category,
      jp: course.jp,
      language: course.language,
      skkniUnits: course.skkniUnits,
      webinarRule: course.completionRules.minWebinarAttendancePercent !== null,
      webinarPercent: course.completionRules.minWebinarAttendancePercent ?? 80,
    });
    this.cover.set(course.cover);
    this.trainers.set(
      course.trainers
        .filter((trainer) => trainer.id !== course.owner.id)
        .map((trainer) => ({ id: trainer.id, label: trainer.fullName })),
    );
    this.prerequisites.set(course.prerequisites.map((item) => ({ id: item.id, label: item.title })));
  }

  protected async save(): Promise<void> {
    const course = this.course();
    if (!course) return;
    const value = this.form.getRawValue();
    this.saved.set(false);
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const updated = await this.store.change(
        this.api.update(course.id, {
          title: value.title.trim(),
          summary: value.summary.trim(),
          description: value.description,
          category: value.category,
          jp: Number(value.jp),
          language: value.language,
          skkniUnits: value.skkniUnits,
          coverFileId: this.cover()?.id ?? null,
          prerequisiteIds: this.prerequisites().map((item) => item.id),
          trainerIds: this.trainers().map((item) => item.id),
          ...(this.webinarAvailable()
            ? {
                completionRules: {
                  minWebinarAttendancePercent: value.webinarRule ? Number(value.webinarPercent) : null,
                },
              }
            : {}),
        }),
      );
      this.fill(updated);
    });
    if (ok) this.saved.set(true);
  }

  /** Cover uploads are kept when saving the form (so a new cover can still be undone). */
  protected coverUploaded(file: StoredFile): void {
    this.cover.set(file);
    this.saved.set(false);
  }
}
