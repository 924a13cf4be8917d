import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type CourseDetail,
  type Question,
  type QuestionCategory,
  type Quiz,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi } from '@bina-pustaka/web-data-access/assessment';
import { CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { QuizFormComponent } from './quiz-form.component';
import { QuizOverridesComponent } from './quiz-overrides.component';

/** One quiz's settings: every field of the quiz form, publishing, deleting, and per-learner overrides. */
@Component({
  selector: 'bp-quiz-settings-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DialogComponent,
    FailureAlertComponent,
    QuizFormComponent,
    QuizOverridesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-settings.page.html',
})
export class QuizSettingsPage {
  private readonly api = inject(AssessmentApi);
  private readonly courses = inject(CoursesApi);
  private readonly router = inject(Router);
  protected readonly quizId = inject(ActivatedRoute).snapshot.paramMap.get('quizId') ?? '';
  protected readonly resultsLink = appLink(APP_PATHS.quizResults, { quizId: this.quizId });

  protected readonly quiz = signal<Quiz | null>(null);
  protected readonly course = signal<CourseDetail | null>(null);
  protected readonly questions = signal<Question[]>([]);
  protected readonly categories = signal<QuestionCategory[]>([]);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly deleteFailure = signal<ApiFailure | null>(null);
  protected readonly deleting = signal(false);
  protected readonly notice = signal<string | null>(null);
  /** Bumped after each save so the form starts again from what the server stored. */
  protected readonly formVersion = signal(0);
  private readonly dialog = viewChild.required<DialogComponent>('confirmDelete');

  protected readonly modules = computed(() => this.course()?.modules ?? []);
  protected readonly quizzesLink = computed(() => {
    const quiz = this.quiz();
    return quiz ? appLink(APP_PATHS.manageQuizzes, { courseId: quiz.courseId }) : '';
  });

  constructor() {
    void this.load();
  }

  protected onSaved(quiz: Quiz): void {
    this.quiz.set(quiz);
    this.notice.set(quiz.title);
    this.formVersion.update((version) => version + 1);
  }

  protected askDelete(): void {
    this.deleteFailure.set(null);
    this.dialog().open();
  }

  protected async remove(): Promise<void> {
    const quiz = this.quiz();
    if (!quiz) return;
    this.deleting.set(true);
    this.deleteFailure.set(null);
    try {
      await firstValueFrom(this.api.deleteQuiz(quiz.id));
      this.dialog().close();
      await this.router.navigateByUrl(this.quizzesLink());
    } catch (error) {
      // 409 once anyone attempted it: the server says so, and suggests unpublishing.
      this.deleteFailure.set(toApiFailure(error));
    } finally {
      this.deleting.set(false);
    }
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const quiz = await firstValueFrom(this.api.quiz(this.quizId));
      const [course, questions, categories] = await Promise.all([
        firstValueFrom(this.courses.get(quiz.courseId)),
        firstValueFrom(this.api.questions(quiz.courseId)),
        firstValueFrom(this.api.categories(quiz.courseId)),
      ]);
      this.course.set(course);
      this.questions.set(questions);
      this.categories.set(categories);
      this.quiz.set(quiz);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
