import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type SurveyStep } from '@bina-pustaka/shared-contracts';
import { SurveyAnswerApi } from '@bina-pustaka/web-data-access/surveys';
import { firstValueFrom } from 'rxjs';

/**
 * The course's evaluation (the "survey" completion condition) as the player's last step:
 * a link to answer it in the course's context, or done once answered. Shown outside the
 * folding outline, so a phone sees it too. A course without an evaluation (404) shows none.
 */
@Component({
  selector: 'bp-player-evaluation',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (step(); as step) {
      <section class="player-evaluation" aria-labelledby="player-evaluation-heading" *transloco="let t">
        <h2 id="player-evaluation-heading" class="player-evaluation-title">
          {{ t('learning.player.evaluation.title') }}
        </h2>
        @if (step.answered) {
          <p class="player-evaluation-done">
            <span aria-hidden="true">✓</span> {{ t('learning.player.evaluation.done') }}
          </p>
        } @else {
          <p class="player-evaluation-text">
            {{ t('learning.player.evaluation.condition') }}
            @if (step.required) {
              <span class="muted">· {{ t('learning.player.evaluation.required') }}</span>
            }
          </p>
          <a
            class="btn btn-primary btn-small"
            [routerLink]="link(step.surveyId)"
            [queryParams]="{ courseId: courseId() }"
          >
            {{ t('learning.player.evaluation.open') }}
          </a>
        }
      </section>
    }
  `,
  styles: `
    .player-evaluation {
      background: var(--bp-surface);
      border: 1px solid var(--bp-border);
      border-radius: 10px;
      padding: 0.75rem;
      margin-top: 0.75rem;
    }
    .player-evaluation-title {
      font-size: 0.95rem;
      margin: 0 0 0.35rem;
    }
    .player-evaluation-text,
    .player-evaluation-done {
      margin: 0 0 0.5rem;
    }
    .player-evaluation-done {
      color: var(--bp-success);
      font-weight: 600;
    }
  `,
})
export class PlayerEvaluationComponent {
  private readonly api = inject(SurveyAnswerApi);
  readonly courseId = input.required<string>();
  protected readonly step = signal<SurveyStep | null>(null);

  constructor() {
    effect(() => {
      const courseId = this.courseId();
      // No evaluation (404), or the api out of reach: the player simply shows no step.
      firstValueFrom(this.api.courseEvaluation(courseId)).then(
        (step) => this.step.set(step),
        () => this.step.set(null),
      );
    });
  }

  protected link(surveyId: string): string {
    return appLink(APP_PATHS.answerSurvey, { surveyId });
  }
}
