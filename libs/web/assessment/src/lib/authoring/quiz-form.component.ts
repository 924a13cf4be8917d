import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  revealsKeyBeforeRetry,
  type GradingMethod,
  type Question,
  type QuestionCategory,
  type Quiz,
  type QuizRole,
  type ReviewPolicy,
  type ReviewTiming,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  AssessmentApi,
  GRADING_METHODS,
  QUIZ_ROLES,
  REVIEW_TIMINGS,
  type QuizBody,
} from '@bina-pustaka/web-data-access/assessment';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { REVIEW_PARTS, SELECTION_MODES, type ReviewPart, type SelectionMode } from '../assessment-keys';
import { optionalMoment, toWibParts } from '@bina-pustaka/shared-util';

const optionalInt = (text: string): number | null => (text.trim() === '' ? null : Math.round(Number(text)));

let nextId = 0;

/** The fields the form shows an error under (server issues use the same names). */
type IssueField =
  | 'title'
  | 'selection'
  | 'timeLimitMinutes'
  | 'attemptsAllowed'
  | 'passingScore'
  | 'opensAt'
  | 'closesAt';

/**
 * A new quiz, or every setting of an existing one (PATCH: the module stays). Opening and
 * closing are entered in WIB; running attempts keep their questions and deadline.
 */
@Component({
  selector: 'bp-quiz-form',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-form.component.html',
})
export class QuizFormComponent implements OnInit {
  /** Edit this quiz, or (null) make a new one. */
  readonly quiz = input<Quiz | null>(null);
  readonly modules = input.required<readonly { id: string; title: string }[]>();
  readonly questions = input.required<readonly Question[]>();
  readonly categories = input.required<readonly QuestionCategory[]>();
  readonly saved = output<Quiz>();
  readonly cancelled = output<void>();

  private readonly api = inject(AssessmentApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly id = `quiz-form-${++nextId}`;
  protected readonly reviewTimings = REVIEW_TIMINGS;
  protected readonly reviewParts = REVIEW_PARTS;
  protected readonly gradingMethods = GRADING_METHODS;
  protected readonly quizRoles = QUIZ_ROLES;
  protected readonly selectionModes = SELECTION_MODES;
  protected readonly editing = computed(() => this.quiz() !== null);

  protected readonly failure = signal<ApiFailure | null>(null);
  /** Checked here before sending: dates that are not dates. */
  protected readonly localIssues = signal<Partial<Record<IssueField, string>>>({});
  protected readonly pending = signal(false);

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
  /**
   * Correct answers right after submitting, and another attempt: the key would be in hand for
   * the next try. Explained beside the settings and refused on save (the api refuses it too).
   */
  protected readonly keyBeforeRetry = computed(() =>
    revealsKeyBeforeRetry({ when: this.reviewWhen(), ...this.review() }, optionalInt(this.attemptsAllowed())),
  );
  protected readonly shuffle = signal(false);
  protected readonly required = signal(true);
  protected readonly published = signal(true);
  protected readonly opensDate = signal('');
  protected readonly opensTime = signal('');
  protected readonly closesDate = signal('');
  protected readonly closesTime = signal('');
  /** The shuffle flags as loaded: left alone when the one checkbox did not change. */
  private initialShuffle = false;

  protected readonly moduleTitle = computed(
    () => this.modules().find((m) => m.id === this.quiz()?.moduleId)?.title ?? '',
  );

  ngOnInit(): void {
    const quiz = this.quiz();
    if (!quiz) return;
    this.title.set(quiz.title);
    this.description.set(quiz.description);
    this.moduleId.set(quiz.moduleId);
    this.role.set(quiz.role);
    this.mode.set(quiz.selection.mode);
    if (quiz.selection.mode === 'fixed') this.picked.set([...quiz.selection.questionIds]);
    else this.counts.set(Object.fromEntries(quiz.selection.rules.map((rule) => [rule.categoryId, String(rule.count)])));
    this.timeLimit.set(quiz.timeLimitMinutes === null ? '' : String(quiz.timeLimitMinutes));
    this.attemptsAllowed.set(quiz.attemptsAllowed === null ? '' : String(quiz.attemptsAllowed));
    this.passingScore.set(String(quiz.passingScore));
    this.gradingMethod.set(quiz.gradingMethod);
    this.reviewWhen.set(quiz.review.when);
    const { score, correctness, correctAnswers, feedback } = quiz.review;
    this.review.set({ score, correctness, correctAnswers, feedback });
    this.initialShuffle = quiz.shuffleQuestions && quiz.shuffleOptions;
    this.shuffle.set(this.initialShuffle);
    this.required.set(quiz.requiredForCompletion);
    this.published.set(quiz.published);
    if (quiz.opensAt) {
      const parts = toWibParts(quiz.opensAt);
      this.opensDate.set(parts.date);
      this.opensTime.set(parts.time);
    }
    if (quiz.closesAt) {
      const parts = toWibParts(quiz.closesAt);
      this.closesDate.set(parts.date);
      this.closesTime.set(parts.time);
    }
  }

  protected issue(field: IssueField): string | null {
    return this.localIssues()[field] ?? this.failure()?.issues[field] ?? null;
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

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.failure.set(null);
    const opensAt = optionalMoment(this.opensDate(), this.opensTime());
    const closesAt = optionalMoment(this.closesDate(), this.closesTime());
    const invalid = this.transloco.translate('assessment.quizForm.invalidMoment');
    const local: Partial<Record<IssueField, string>> = {};
    if (opensAt === undefined) local.opensAt = invalid;
    if (closesAt === undefined) local.closesAt = invalid;
    if (this.keyBeforeRetry())
      local.attemptsAllowed = this.transloco.translate('assessment.quizForm.answersWithRetries');
    this.localIssues.set(local);
    if (opensAt === undefined || closesAt === undefined || local.attemptsAllowed) return;

    const review: ReviewPolicy = { when: this.reviewWhen(), ...this.review() };
    const settings: Omit<QuizBody, 'moduleId'> = {
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
      opensAt,
      closesAt,
      attemptsAllowed: optionalInt(this.attemptsAllowed()),
      gradingMethod: this.gradingMethod(),
      passingScore: Number(this.passingScore()),
      review,
      role: this.role(),
      requiredForCompletion: this.required(),
    };
    const quiz = this.quiz();
    this.pending.set(true);
    try {
      if (quiz) {
        const changes: Partial<Omit<QuizBody, 'moduleId'>> = { ...settings };
        if (this.shuffle() === this.initialShuffle) {
          delete changes.shuffleQuestions;
          delete changes.shuffleOptions;
        }
        this.saved.emit(await firstValueFrom(this.api.updateQuiz(quiz.id, changes)));
      } else {
        const moduleId = this.moduleId() || this.modules()[0]?.id || '';
        this.saved.emit(await firstValueFrom(this.api.createQuiz({ moduleId, ...settings })));
      }
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.pending.set(false);
    }
  }
}
