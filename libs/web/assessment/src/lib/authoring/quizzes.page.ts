import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  CourseDetail,
  GradingMethod,
  Question,
  QuestionCategory,
  Quiz,
  QuizRole,
  ReviewPolicy,
  ReviewTiming,
} from '@bina-pustaka/shared-contracts';
import { APP_PATHS, appLink, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  AssessmentApi,
  GRADING_METHODS,
  QUIZ_ROLES,
  REVIEW_TIMINGS,
  type QuizBody,
} from '@bina-pustaka/web-data-access/assessment';
import { CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { REVIEW_PARTS, SELECTION_MODES, type ReviewPart, type SelectionMode } from '../assessment-keys';

const optionalInt = (text: string): number | null => (text.trim() === '' ? null : Math.round(Number(text)));

/** A course's quizzes: the list with links to results and grading, and the form for a new quiz. */
@Component({
  selector: 'bp-quizzes-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quizzes.page.html',
})
export class QuizzesPage {
  private readonly api = inject(AssessmentApi);
  private readonly courses = inject(CoursesApi);
  protected readonly courseId = inject(ActivatedRoute).snapshot.paramMap.get('courseId') ?? '';
  protected readonly editorLink = appLink(APP_PATHS.manageCourse, { courseId: this.courseId });
  protected readonly bankLink = appLink(APP_PATHS.questionBank, { courseId: this.courseId });
  protected readonly reviewTimings = REVIEW_TIMINGS;
  protected readonly reviewParts = REVIEW_PARTS;
  protected readonly gradingMethods = GRADING_METHODS;
  protected readonly quizRoles = QUIZ_ROLES;
  protected readonly selectionModes = SELECTION_MODES;

  protected readonly course = signal<CourseDetail | null>(null);
  protected readonly quizzes = signal<Quiz[]>([]);
  protected readonly questions = signal<Question[]>([]);
  protected readonly categories = signal<QuestionCategory[]>([]);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly formFailure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly formOpen = signal(false);
  protected readonly pending = signal(false);

  // The new quiz.
  protected readonly title = signal('');
  protected readonly description = signal('');
  protected readonly moduleId = signal('');
  protected readonly mode = signal<SelectionMode>('fixed');
  protected readonly picked = signal<string[]>([]);
  protected readonly counts = signal<Record<string, string | undefined>>({});
  protected readonly timeLimit = signal('');
  protected readonly attemptsAllowed = signal('1');
  protected readonly passingScore = signal('70');
  protected readonly gradingMethod = signal<GradingMethod>('highest');
  protected readonly role = signal<QuizRole>('none');
  protected readonly reviewWhen = signal<ReviewTiming>('immediately');
  protected readonly review = signal<Record<ReviewPart, boolean>>({
    score: true,
    correctness: true,
    correctAnswers: false,
    feedback: true,
  });
  protected readonly shuffle = signal(false);
  protected readonly required = signal(true);
  protected readonly published = signal(true);

  protected readonly modules = computed(() => this.course()?.modules ?? []);

  constructor() {
    void this.load();
  }

  protected moduleTitle(moduleId: string): string {
    return this.modules().find((m) => m.id === moduleId)?.title ?? '';
  }

  protected resultsLink(quizId: string): string {
    return appLink(APP_PATHS.quizResults, { quizId });
  }

  protected essaysLink(quizId: string): string {
    return appLink(APP_PATHS.quizEssays, { quizId });
  }

  protected pick(questionId: string, checked: boolean): void {
    this.picked.update((ids) => (checked ? [...ids, questionId] : ids.filter((id) => id !== questionId)));
  }

  protected setCount(categoryId: string, value: string): void {
    this.counts.update((counts) => ({ ...counts, [categoryId]: value }));
  }

  protected setReview(part: ReviewPart, value: boolean): void {
    this.review.update((review) => ({ ...review, [part]: value }));
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    this.pending.set(true);
    this.formFailure.set(null);
    const review: ReviewPolicy = { when: this.reviewWhen(), ...this.review() };
    const body: QuizBody = {
      moduleId: this.moduleId() || this.modules()[0]?.id || '',
      title: this.title(),
      description: this.description(),
      published: this.published(),
      selection:
        this.mode() === 'fixed'
          ? { mode: 'fixed', questionIds: this.picked() }
          : {
              mode: 'random',
              rules: Object.entries(this.counts())
                .map(([categoryId, count]) => ({ categoryId, count: optionalInt(count ?? '') ?? 0 }))
                .filter((rule) => rule.count > 0),
            },
      shuffleQuestions: this.shuffle(),
      shuffleOptions: this.shuffle(),
      timeLimitMinutes: optionalInt(this.timeLimit()),
      opensAt: null,
      closesAt: null,
      attemptsAllowed: optionalInt(this.attemptsAllowed()),
      gradingMethod: this.gradingMethod(),
      passingScore: Number(this.passingScore()),
      review,
      role: this.role(),
      requiredForCompletion: this.required(),
    };
    try {
      const quiz = await firstValueFrom(this.api.createQuiz(body));
      this.quizzes.update((list) => [...list, quiz]);
      this.notice.set(quiz.title);
      this.formOpen.set(false);
      this.title.set('');
    } catch (error) {
      this.formFailure.set(toApiFailure(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const [course, quizzes, questions, categories] = await Promise.all([
        firstValueFrom(this.courses.get(this.courseId)),
        firstValueFrom(this.api.quizzes(this.courseId)),
        firstValueFrom(this.api.questions(this.courseId)),
        firstValueFrom(this.api.categories(this.courseId)),
      ]);
      this.course.set(course);
      this.quizzes.set(quizzes);
      this.questions.set(questions);
      this.categories.set(categories);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
