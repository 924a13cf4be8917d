import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { APP_PATHS, appLink, type AttemptQuestion } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { AlertComponent, DateTimePipe, DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { map } from 'rxjs';
import { answerLines, formatRemaining, isAnswered } from './answer-text';
import { AttemptSession } from './attempt-session';
import { QuestionInputComponent, type AnswerChange } from './question-input.component';

/** Less than this left: the timer turns urgent. */
const URGENT_MS = 60_000;

/** An attempt: every question on one page with autosave and a timer; after submit, the review. */
@Component({
  selector: 'bp-attempt-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    DialogComponent,
    FailureAlertComponent,
    QuestionInputComponent,
  ],
  providers: [AttemptSession],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attempt.page.html',
  styleUrl: './attempt.page.css',
})
export class AttemptPage {
  protected readonly session = inject(AttemptSession);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageStore).current;
  private readonly submitDialog = viewChild.required<DialogComponent>('submitDialog');

  protected readonly attempt = this.session.attempt;
  protected readonly quizLink = computed(() => {
    const attempt = this.attempt();
    return attempt ? appLink(APP_PATHS.quiz, { quizId: attempt.quizId }) : '';
  });
  protected readonly timeLeft = computed(() => {
    const ms = this.session.remainingMs();
    return ms === null ? null : formatRemaining(ms);
  });
  protected readonly urgent = computed(() => (this.session.remainingMs() ?? Infinity) < URGENT_MS);
  protected readonly unanswered = computed(() => {
    const answers = this.session.answers();
    return (this.attempt()?.questions ?? []).filter((q) => !isAnswered(answers[q.questionId])).length;
  });

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('attemptId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((attemptId) => void this.session.load(attemptId));
  }

  protected change(questionId: string, change: AnswerChange): void {
    this.session.answer(questionId, change.value, change.delayMs);
  }

  protected confirmSubmit(): void {
    this.submitDialog().open();
  }

  protected async submit(): Promise<void> {
    if (await this.session.submit()) this.submitDialog().close();
  }

  protected lines(question: AttemptQuestion, which: 'mine' | 'correct'): string[] {
    const value = which === 'mine' ? this.session.answers()[question.questionId] : question.review?.correctAnswer;
    return answerLines(question.body, value, (yes) =>
      this.transloco.translate(yes ? 'assessment.attempt.true' : 'assessment.attempt.false'),
    );
  }

  protected retry(): void {
    void this.session.load(this.route.snapshot.paramMap.get('attemptId') ?? '');
  }
}
