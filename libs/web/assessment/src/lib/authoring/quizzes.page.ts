import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type CourseDetail,
  type CourseReaction,
  type CourseReactionGroup,
  type LearningGain,
  type Question,
  type QuestionCategory,
  type Quiz,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AssessmentApi } from '@bina-pustaka/web-data-access/assessment';
import { CohortsApi, CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { SurveyResultsApi } from '@bina-pustaka/web-data-access/surveys';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { QuizFormComponent } from './quiz-form.component';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}%`);
const points = (value: number | null) =>
  value === null ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.round(Math.abs(value) * 10) / 10}`;
const score = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}`);

type GainRow = LearningGain['cohorts'][number];

/** One cohort's line of the report: its learning gain, its reaction, or both. */
interface ReportRow {
  key: string;
  cohortId: string | null;
  gain: GainRow | null;
  reaction: CourseReactionGroup | null;
}

/**
 * A course's quizzes: the list with links to settings, results and grading, the form for a
 * new quiz, and per cohort the reaction (the evaluation survey's score) beside the pre/post-test
 * learning gain. The two load together; the gain still shows when the reaction cannot load.
 */
@Component({
  selector: 'bp-quizzes-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent, QuizFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quizzes.page.html',
  styles: `
    .quiz-actions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
  `,
})
export class QuizzesPage {
  private readonly api = inject(AssessmentApi);
  private readonly courses = inject(CoursesApi);
  private readonly cohorts = inject(CohortsApi);
  private readonly surveys = inject(SurveyResultsApi);
  protected readonly courseId = inject(ActivatedRoute).snapshot.paramMap.get('courseId') ?? '';
  protected readonly editorLink = appLink(APP_PATHS.manageCourse, { courseId: this.courseId });
  protected readonly bankLink = appLink(APP_PATHS.questionBank, { courseId: this.courseId });
  protected readonly percent = percent;
  protected readonly points = points;
  protected readonly score = score;

  protected readonly course = signal<CourseDetail | null>(null);
  protected readonly quizzes = signal<Quiz[]>([]);
  protected readonly questions = signal<Question[]>([]);
  protected readonly categories = signal<QuestionCategory[]>([]);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly formOpen = signal(false);
  protected readonly gain = signal<LearningGain | null>(null);
  protected readonly gainFailure = signal<ApiFailure | null>(null);
  protected readonly reaction = signal<CourseReaction | null>(null);
  protected readonly reactionFailed = signal(false);
  private readonly cohortNames = signal<Record<string, string>>({});

  protected readonly modules = computed(() => this.course()?.modules ?? []);
  /** Learning gain means something only once the course has a pre-test or a post-test. */
  protected readonly hasTests = computed(() => this.quizzes().some((quiz) => quiz.role !== 'none'));
  protected readonly hasSurvey = computed(() => !!this.reaction()?.surveyId);
  /** The survey's results for this course (the results page reads `courseId` from the address). */
  protected readonly surveyLink = computed(() => {
    const surveyId = this.reaction()?.surveyId;
    return surveyId ? appLink(APP_PATHS.surveyResults, { surveyId }) : null;
  });
  /** The gain's cohorts in its order, then those only the reaction knows, the responses of no cohort last. */
  protected readonly rows = computed((): ReportRow[] => {
    const rows = new Map<string, ReportRow>();
    const row = (cohortId: string | null) => {
      const key = cohortId ?? '';
      const found = rows.get(key) ?? { key, cohortId, gain: null, reaction: null };
      rows.set(key, found);
      return found;
    };
    for (const gain of this.gain()?.cohorts ?? []) row(gain.cohortId).gain = gain;
    for (const reaction of this.reaction()?.cohorts ?? []) row(reaction.cohortId).reaction = reaction;
    return [...rows.values()].sort((a, b) => Number(a.cohortId === null) - Number(b.cohortId === null));
  });

  constructor() {
    void this.load();
  }

  protected moduleTitle(moduleId: string): string {
    return this.modules().find((m) => m.id === moduleId)?.title ?? '';
  }

  protected cohortName(row: ReportRow): string {
    if (row.cohortId === null) return '';
    return this.cohortNames()[row.cohortId] || row.reaction?.cohortName || row.cohortId;
  }

  protected settingsLink(quizId: string): string {
    return appLink(APP_PATHS.quizSettings, { quizId });
  }

  protected resultsLink(quizId: string): string {
    return appLink(APP_PATHS.quizResults, { quizId });
  }

  protected essaysLink(quizId: string): string {
    return appLink(APP_PATHS.quizEssays, { quizId });
  }

  protected onCreated(quiz: Quiz): void {
    this.quizzes.update((list) => [...list, quiz]);
    this.notice.set(quiz.title);
    this.formOpen.set(false);
    if (quiz.role !== 'none') void this.loadReport();
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
      return;
    }
    await this.loadReport();
  }

  /** The learning gain (with the cohorts' names) and the reaction, in parallel; either may fail alone. */
  protected async loadReport(): Promise<void> {
    this.gainFailure.set(null);
    this.reactionFailed.set(false);
    const reaction = firstValueFrom(this.surveys.courseReaction(this.courseId)).then(
      (answer) => this.reaction.set(answer),
      () => this.reactionFailed.set(true),
    );
    try {
      const [gain, cohorts] = await Promise.all([
        firstValueFrom(this.api.learningGain(this.courseId)),
        firstValueFrom(this.cohorts.list({ courseId: this.courseId, page: 1, pageSize: 100 })),
      ]);
      this.cohortNames.set(Object.fromEntries(cohorts.items.map((cohort) => [cohort.id, cohort.name])));
      this.gain.set(gain);
    } catch (error) {
      this.gainFailure.set(toApiFailure(error));
    }
    await reaction;
  }
}
