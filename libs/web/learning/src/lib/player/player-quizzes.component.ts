import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type LearnerQuizInfo } from '@bina-pustaka/shared-contracts';
import { QuizTakingApi } from '@bina-pustaka/web-data-access/assessment';
import { firstValueFrom } from 'rxjs';

/** The course's quizzes under the player's outline: each leads to its quiz page. */
@Component({
  selector: 'bp-player-quizzes',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (quizzes().length) {
      <section class="player-quizzes" aria-labelledby="player-quizzes-heading" *transloco="let t">
        <h2 id="player-quizzes-heading" class="player-module-title">{{ t('learning.player.quizzes') }}</h2>
        <ul class="player-lessons">
          @for (quiz of quizzes(); track quiz.id) {
            <li>
              <a class="player-lesson" [routerLink]="quizLink(quiz.id)">
                <span class="player-lesson-text">
                  <span class="player-lesson-title">{{ quiz.title }}</span>
                  <span class="player-lesson-meta">
                    {{ t('learning.player.quizMeta', { used: quiz.attemptsUsed }) }}
                    @if (quiz.requiredForCompletion) {
                      · {{ t('learning.player.quizRequired') }}
                    }
                  </span>
                </span>
              </a>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .player-quizzes {
      background: var(--bp-surface);
      border: 1px solid var(--bp-border);
      border-radius: 10px;
      padding: 0.75rem;
      margin-top: 0.75rem;
    }
    .player-module-title {
      font-size: 0.95rem;
      margin: 0 0 0.35rem;
    }
    .player-lessons {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .player-lesson {
      display: block;
      padding: 0.5rem;
      border-radius: var(--bp-radius);
      color: var(--bp-text);
      text-decoration: none;
    }
    .player-lesson:hover {
      background: var(--bp-primary-tint);
    }
    .player-lesson-text {
      display: grid;
    }
    .player-lesson-meta {
      font-size: 0.82rem;
      color: var(--bp-muted);
    }
  `,
})
export class PlayerQuizzesComponent {
  private readonly api = inject(QuizTakingApi);
  readonly courseId = input.required<string>();
  protected readonly quizzes = signal<LearnerQuizInfo[]>([]);

  constructor() {
    effect(() => {
      const courseId = this.courseId();
      // No quizzes, or none yet reachable: the outline simply shows none.
      firstValueFrom(this.api.courseQuizzes(courseId)).then(
        (quizzes) => this.quizzes.set(quizzes),
        () => this.quizzes.set([]),
      );
    });
  }

  protected quizLink(quizId: string): string {
    return appLink(APP_PATHS.quiz, { quizId });
  }
}
