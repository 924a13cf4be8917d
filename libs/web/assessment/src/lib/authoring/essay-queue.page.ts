import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type EssayToGrade, type Quiz } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi } from '@bina-pustaka/web-data-access/assessment';
import { AlertComponent, DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

const keyOf = (essay: EssayToGrade) => `${essay.attemptId}:${essay.questionId}`;

/** Essays waiting for a grade: the learner's text beside the rubric, points and a comment. */
@Component({
  selector: 'bp-essay-queue-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, DateTimePipe, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './essay-queue.page.html',
  styles: `
    .essay-text {
      white-space: pre-wrap;
      background: var(--bp-bg);
      border-radius: var(--bp-radius);
      padding: 0.75rem;
    }
  `,
})
export class EssayQueuePage {
  private readonly api = inject(AssessmentApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly quizId = inject(ActivatedRoute).snapshot.paramMap.get('quizId') ?? '';
  protected readonly resultsLink = appLink(APP_PATHS.quizResults, { quizId: this.quizId });
  protected readonly quiz = signal<Quiz | null>(null);
  protected readonly essays = signal<EssayToGrade[]>([]);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly gradeFailure = signal<{ key: string; failure: ApiFailure } | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly points = signal<Record<string, string | undefined>>({});
  protected readonly comments = signal<Record<string, string | undefined>>({});
  protected readonly quizzesLink = computed(() => {
    const quiz = this.quiz();
    return quiz ? appLink(APP_PATHS.manageQuizzes, { courseId: quiz.courseId }) : '';
  });
  protected readonly keyOf = keyOf;

  constructor() {
    void this.load();
  }

  protected setPoints(essay: EssayToGrade, value: string): void {
    this.points.update((all) => ({ ...all, [keyOf(essay)]: value }));
  }

  protected setComment(essay: EssayToGrade, value: string): void {
    this.comments.update((all) => ({ ...all, [keyOf(essay)]: value }));
  }

  protected async grade(essay: EssayToGrade, event: Event): Promise<void> {
    event.preventDefault();
    const key = keyOf(essay);
    this.gradeFailure.set(null);
    try {
      await firstValueFrom(
        this.api.gradeEssay(essay.attemptId, essay.questionId, {
          points: Number((this.points()[key] ?? '').replace(',', '.')),
          comment: this.comments()[key]?.trim() || null,
        }),
      );
      this.essays.update((list) => list.filter((item) => keyOf(item) !== key));
      this.notice.set(essay.learner.fullName);
    } catch (error) {
      this.gradeFailure.set({ key, failure: toApiFailure(error) });
    }
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const [quiz, essays] = await Promise.all([
        firstValueFrom(this.api.quiz(this.quizId)),
        firstValueFrom(this.api.essays(this.quizId)),
      ]);
      this.quiz.set(quiz);
      this.essays.set(essays);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loaded.set(true);
    }
  }
}
