import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type SurveyStep } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  EvaluationApi,
  SurveyAnswerApi,
  evaluationOptions,
  noEvaluationOn404,
  type EvaluationChoice,
} from '@bina-pustaka/web-data-access/surveys';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
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
  protected readonly mayBuildSurveys = this.api.mayBuildSurveys();

  protected readonly current = signal<SurveyStep | null>(null);
  protected readonly choices = signal<EvaluationChoice[] | null>(null);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly options = computed(() => evaluationOptions(this.choices() ?? [], this.current()));

  protected readonly feedback = new FormFeedback();
  /** What the last save did: a survey asked for, or none any more. */
  protected readonly saved = signal<'attached' | 'detached' | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ surveyId: [''] });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    const course = this.store.course();
    if (!course) return;
    this.loadFailure.set(null);
    try {
      const [current, choices] = await Promise.all([
        firstValueFrom(noEvaluationOn404(this.answers.courseEvaluation(course.id))),
        firstValueFrom(this.api.choices()),
      ]);
      this.current.set(current);
      this.choices.set(choices);
      this.form.reset({ surveyId: current?.surveyId ?? '' });
      if (!this.editable()) this.form.disable();
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    }
  }

  protected async save(): Promise<void> {
    const course = this.store.course();
    if (!course) return;
    const { surveyId } = this.form.getRawValue();
    this.saved.set(null);
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      if (surveyId) {
        this.current.set(await firstValueFrom(this.api.attachToCourse(course.id, surveyId)));
      } else {
        await firstValueFrom(this.api.detachFromCourse(course.id));
        this.current.set(null);
      }
    });
    if (ok) this.saved.set(surveyId ? 'attached' : 'detached');
  }
}
