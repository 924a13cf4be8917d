import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { EvaluationApi, EvaluationPicker, SurveyAnswerApi } from '@bina-pustaka/web-data-access/surveys';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { CourseEditorStore } from './course-editor.store';

/**
 * "Evaluasi pelatihan" in the Informasi section: the survey a learner must answer before the
 * course completes (the "survey" completion condition, so before the certificate and the
 * JP), chosen among the published surveys this person may attach, or none.
 */
@Component({
  selector: 'bp-course-evaluation',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-evaluation.component.html',
})
export class CourseEvaluationComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly api = inject(EvaluationApi);
  private readonly answers = inject(SurveyAnswerApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly editable = this.store.editable;
  protected readonly newSurveyLink = appLink(APP_PATHS.newSurvey);
  protected readonly picker = new EvaluationPicker({
    read: () => this.answers.courseEvaluation(this.courseId()),
    attach: (surveyId) => this.api.attachToCourse(this.courseId(), surveyId),
    detach: () => this.api.detachFromCourse(this.courseId()),
  });

  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({ surveyId: [''] });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    const current = await this.picker.load();
    if (current === undefined) return;
    this.form.reset({ surveyId: current?.surveyId ?? '' });
    if (!this.editable()) this.form.disable();
  }

  protected async save(): Promise<void> {
    const { surveyId } = this.form.getRawValue();
    await this.picker.save(surveyId, (call) => this.feedback.submit(this.form, this.host.nativeElement, call));
  }

  /** The editor shows this section only once its course has loaded. */
  private courseId(): string {
    const course = this.store.course();
    if (!course) throw new Error('The course evaluation is chosen in a loaded course.');
    return course.id;
  }
}
