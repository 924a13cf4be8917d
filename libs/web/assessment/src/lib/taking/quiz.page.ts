import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type LearnerQuizInfo } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { QuizTakingApi } from '@bina-pustaka/web-data-access/assessment';
import { AlertComponent, DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom, map } from 'rxjs';

/** A quiz before the attempt: its rules, attempts left, the window, past attempts; start or resume. */
@Component({
  selector: 'bp-quiz-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, DateTimePipe, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz.page.html',
})
export class QuizPage {
  private readonly api = inject(QuizTakingApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore).current;

  protected readonly quiz = signal<LearnerQuizInfo | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly startFailure = signal<ApiFailure | null>(null);
  protected readonly loading = signal(false);
  protected readonly starting = signal(false);

  protected readonly playerLink = computed(() => {
    const quiz = this.quiz();
    return quiz ? appLink(APP_PATHS.player, { courseId: quiz.courseId }) : '';
  });
  protected readonly attemptsLeft = computed(() => {
    const quiz = this.quiz();
    return quiz && quiz.attemptsAllowed !== null ? Math.max(0, quiz.attemptsAllowed - quiz.attemptsUsed) : null;
  });
  /** Why a new attempt cannot start now, as a translation key; null when it can. */
  protected readonly blocked = computed(() => {
    const quiz = this.quiz();
    if (!quiz || quiz.inProgressAttemptId) return null;
    const now = Date.now();
    if (quiz.opensAt && Date.parse(quiz.opensAt) > now) return 'assessment.quiz.notOpenYet';
    if (quiz.closesAt && Date.parse(quiz.closesAt) <= now) return 'assessment.quiz.closed';
    if (this.attemptsLeft() === 0) return 'assessment.quiz.noAttemptsLeft';
    return null;
  });

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('quizId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((quizId) => void this.load(quizId));
  }

  protected attemptLink(attemptId: string): string {
    return appLink(APP_PATHS.quizAttempt, { attemptId });
  }

  protected async start(): Promise<void> {
    const quiz = this.quiz();
    if (!quiz) return;
    this.starting.set(true);
    this.startFailure.set(null);
    try {
      const attempt = await firstValueFrom(this.api.start(quiz.id));
      await this.router.navigateByUrl(this.attemptLink(attempt.id));
    } catch (error) {
      this.startFailure.set(toApiFailure(error));
    } finally {
      this.starting.set(false);
    }
  }

  protected retry(): void {
    void this.load(this.route.snapshot.paramMap.get('quizId') ?? '');
  }

  private async load(quizId: string): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.quiz.set(await firstValueFrom(this.api.quiz(quizId)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }
}
