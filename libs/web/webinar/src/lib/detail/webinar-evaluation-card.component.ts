import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type SurveyStep } from '@bina-pustaka/shared-contracts';
import { SurveyAnswerApi } from '@bina-pustaka/web-data-access/surveys';
import { firstValueFrom } from 'rxjs';

/**
 * "Evaluasi sesi" for a participant once the session has ended: the survey, whether the
 * certificate waits for it, and a link to answer it in the session's context; thanks once
 * answered. A session without an evaluation (404), or an api out of reach, shows nothing.
 */
@Component({
  selector: 'bp-webinar-evaluation-card',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (step(); as step) {
      <section
        class="card evaluation-card"
        aria-labelledby="evaluation-card-heading"
        *transloco="let t; prefix: 'webinar'"
      >
        <h2 id="evaluation-card-heading">{{ t('detail.evaluation.title') }}</h2>
        <p class="evaluation-survey">{{ step.title }}</p>
        @if (step.answered) {
          <p class="evaluation-done"><span aria-hidden="true">✓</span> {{ t('detail.evaluation.thanks') }}</p>
        } @else {
          <p>{{ t(step.required ? 'detail.evaluation.required' : 'detail.evaluation.optional') }}</p>
          <a
            class="btn btn-primary"
            [routerLink]="link(step.surveyId)"
            [queryParams]="{ webinarSessionId: sessionId() }"
          >
            {{ t('detail.evaluation.open') }}
          </a>
        }
      </section>
    }
  `,
  styles: `
    .evaluation-card {
      margin: 0 0 1rem;
    }
    .evaluation-card h2 {
      margin-top: 0;
    }
    .evaluation-survey {
      font-weight: 600;
    }
    .evaluation-done {
      color: var(--bp-success);
      font-weight: 600;
      margin-bottom: 0;
    }
  `,
})
export class WebinarEvaluationCardComponent {
  private readonly api = inject(SurveyAnswerApi);
  readonly sessionId = input.required<string>();
  protected readonly step = signal<SurveyStep | null>(null);

  constructor() {
    effect(() => {
      const sessionId = this.sessionId();
      // No evaluation (404), or the api out of reach: the page simply shows no card.
      firstValueFrom(this.api.webinarEvaluation(sessionId)).then(
        (step) => this.step.set(step),
        () => this.step.set(null),
      );
    });
  }

  protected link(surveyId: string): string {
    return appLink(APP_PATHS.answerSurvey, { surveyId });
  }
}
