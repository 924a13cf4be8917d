import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type WebinarSession } from '@bina-pustaka/shared-contracts';
import { EvaluationApi, EvaluationPicker, SurveyAnswerApi } from '@bina-pustaka/web-data-access/surveys';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';

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
  protected readonly picker = new EvaluationPicker({
    read: () => this.answers.webinarEvaluation(this.session().id),
    attach: (surveyId) =>
      this.api.attachToWebinar(this.session().id, {
        surveyId,
        requiredForCertificate: this.form.getRawValue().requiredForCertificate,
      }),
    detach: () => this.api.detachFromWebinar(this.session().id),
  });

  protected readonly feedback = new FormFeedback();
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
    const current = await this.picker.load();
    if (current === undefined) return;
    this.form.setValue({
      surveyId: current?.surveyId ?? '',
      requiredForCertificate: current?.required ?? false,
    });
  }

  protected async save(): Promise<void> {
    const { surveyId } = this.form.getRawValue();
    const saved = await this.picker.save(surveyId, (call) =>
      this.feedback.submit(this.form, this.host.nativeElement, call),
    );
    if (saved && !surveyId) this.form.controls.requiredForCertificate.setValue(false);
  }
}
