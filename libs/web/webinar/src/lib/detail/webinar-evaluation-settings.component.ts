import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type SurveyStep, type WebinarSession } from '@bina-pustaka/shared-contracts';
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

/**
 * The session's evaluation for those who manage it: a published survey offered to the
 * attendees when the session ends (at once, when it has already ended), optionally required
 * for their certificate, or none.
 */
@Component({
  selector: 'bp-webinar-evaluation-settings',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webinar-evaluation-settings.component.html',
  styles: `
    .evaluation-settings {
      margin: 1rem 0 0;
    }
    .evaluation-settings h2 {
      margin-top: 0;
    }
  `,
})
export class WebinarEvaluationSettingsComponent implements OnInit {
  private readonly api = inject(EvaluationApi);
  private readonly answers = inject(SurveyAnswerApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly session = input.required<WebinarSession>();
  protected readonly newSurveyLink = appLink(APP_PATHS.newSurvey);
  protected readonly mayBuildSurveys = this.api.mayBuildSurveys();

  protected readonly current = signal<SurveyStep | null>(null);
  protected readonly choices = signal<EvaluationChoice[] | null>(null);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly options = computed(() => evaluationOptions(this.choices() ?? [], this.current()));

  protected readonly feedback = new FormFeedback();
  /** What the last save did: a survey offered, or none any more. */
  protected readonly saved = signal<'attached' | 'detached' | null>(null);
  /** Named as the request's fields, so the server's issues land under theirs. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    surveyId: [''],
    requiredForCertificate: [{ value: false, disabled: true }],
  });

  constructor() {
    // "Required for the certificate" means something only with a survey chosen.
    this.form.controls.surveyId.valueChanges.pipe(takeUntilDestroyed()).subscribe((surveyId) => {
      const required = this.form.controls.requiredForCertificate;
      if (surveyId) required.enable({ emitEvent: false });
      else required.disable({ emitEvent: false });
    });
  }

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    const sessionId = this.session().id;
    this.loadFailure.set(null);
    try {
      const [current, choices] = await Promise.all([
        firstValueFrom(noEvaluationOn404(this.answers.webinarEvaluation(sessionId))),
        firstValueFrom(this.api.choices()),
      ]);
      this.current.set(current);
      this.choices.set(choices);
      this.form.setValue({
        surveyId: current?.surveyId ?? '',
        requiredForCertificate: current?.required ?? false,
      });
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    }
  }

  protected async save(): Promise<void> {
    const sessionId = this.session().id;
    const { surveyId, requiredForCertificate } = this.form.getRawValue();
    this.saved.set(null);
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      if (surveyId) {
        this.current.set(
          await firstValueFrom(this.api.attachToWebinar(sessionId, { surveyId, requiredForCertificate })),
        );
      } else {
        await firstValueFrom(this.api.detachFromWebinar(sessionId));
        this.current.set(null);
        this.form.controls.requiredForCertificate.setValue(false);
      }
    });
    if (ok) this.saved.set(surveyId ? 'attached' : 'detached');
  }
}
