import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SurveyAnswerInput, SurveyForm, SurveySubmitted } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import {
  type AnswerDraft,
  type AnswerDrafts,
  type AnswerProblem,
  type FormItem,
  blocksOf,
  draftStorage,
  isShown,
  problemOf,
  questionNamedIn,
  toAnswers,
} from './survey-answers';
import { SURVEY_API_CODES } from './answer-words';
import { SurveyQuestionComponent } from './survey-question.component';

/**
 * A survey as its respondent fills it in: the notice on names, the sections (one block per
 * speaker where asked), each question live-shown by its condition. Checks run before
 * sending; the api's refusal is shown on top and beside the question it names. What was
 * typed is kept in sessionStorage under `storageKey` until it was sent.
 */
@Component({
  selector: 'bp-survey-form',
  imports: [TranslocoDirective, AlertComponent, FailureAlertComponent, SurveyQuestionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-form.component.html',
  styleUrl: './survey-form.component.css',
})
export class SurveyFormComponent implements OnInit {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly form = input.required<SurveyForm>();
  /** Where the drafts are kept while typing (null: not kept). */
  readonly storageKey = input<string | null>(null);
  /** A manager's preview: everything can be tried, nothing is sent. */
  readonly preview = input(false);
  /** Sends the answers (the page knows which endpoint and what else goes with them). */
  readonly send = input.required<(answers: SurveyAnswerInput[]) => Observable<SurveySubmitted>>();
  readonly sent = output<SurveySubmitted>();
  /** Every refusal, so the page can remember one (answered on this browser) in its own way. */
  readonly refused = output<ApiFailure>();

  protected readonly blocks = computed(() => blocksOf(this.form()));
  private readonly items = computed(() => this.blocks().flatMap((block) => block.items));
  protected readonly drafts = signal<AnswerDrafts>({});
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** The api's sentence beside the question it names, until that answer changes. */
  private readonly serverProblem = signal<{ key: string; message: string } | null>(null);
  /** Problems show once sending was tried, and then follow every change. */
  private readonly checked = signal(false);

  private readonly shownKeys = computed(() => {
    const items = this.items();
    const drafts = this.drafts();
    return new Set(items.filter((item) => isShown(item, items, drafts)).map((item) => item.key));
  });
  private readonly problems = computed(() => {
    const problems = new Map<string, AnswerProblem>();
    if (!this.checked()) return problems;
    for (const item of this.items()) {
      const problem = this.shownKeys().has(item.key) ? problemOf(item.question, this.drafts()[item.key]) : null;
      if (problem) problems.set(item.key, problem);
    }
    return problems;
  });
  protected readonly problemCount = computed(() => this.problems().size);
  protected readonly retryMinutes = computed(() => {
    const seconds = this.failure()?.retryAfterSeconds;
    return seconds === undefined ? null : Math.max(1, Math.ceil(seconds / 60));
  });

  ngOnInit(): void {
    const key = this.storageKey();
    if (key) this.drafts.set(draftStorage.read(key));
  }

  protected shown(item: FormItem): boolean {
    return this.shownKeys().has(item.key);
  }

  protected draftOf(item: FormItem): AnswerDraft {
    return this.drafts()[item.key] ?? {};
  }

  protected problemFor(item: FormItem): AnswerProblem | null {
    return this.problems().get(item.key) ?? null;
  }

  protected serverMessageOf(item: FormItem): string | null {
    const problem = this.serverProblem();
    return problem?.key === item.key ? problem.message : null;
  }

  protected update(item: FormItem, change: (draft: AnswerDraft) => AnswerDraft): void {
    this.drafts.update((drafts) => ({ ...drafts, [item.key]: change(drafts[item.key] ?? {}) }));
    if (this.serverProblem()?.key === item.key) this.serverProblem.set(null);
    const key = this.storageKey();
    if (key) draftStorage.write(key, this.drafts());
  }

  protected async submit(): Promise<void> {
    if (this.preview() || this.pending()) return;
    this.checked.set(true);
    this.failure.set(null);
    this.serverProblem.set(null);
    const firstProblem = this.items().find((item) => this.problems().has(item.key));
    if (firstProblem) {
      this.focusQuestion(firstProblem);
      return;
    }
    this.pending.set(true);
    try {
      const result = await firstValueFrom(this.send()(toAnswers(this.items(), this.drafts())));
      const key = this.storageKey();
      if (key) draftStorage.clear(key);
      this.sent.emit(result);
    } catch (error) {
      this.showRefusal(toApiFailure(error));
    } finally {
      this.pending.set(false);
    }
  }

  /** The refusal on top; an answer's refusal also beside its question, which gets the focus. */
  private showRefusal(failure: ApiFailure): void {
    this.failure.set(failure);
    this.refused.emit(failure);
    const named =
      failure.code.startsWith(SURVEY_API_CODES.answerPrefix) && failure.message
        ? questionNamedIn(
            failure.message,
            this.items().filter((item) => this.shown(item)),
          )
        : null;
    if (named && failure.message) {
      this.serverProblem.set({ key: named.key, message: failure.message });
      this.focusQuestion(named);
    } else {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.survey-failure')?.focus(), {
        injector: this.injector,
      });
    }
  }

  private focusQuestion(item: FormItem): void {
    afterNextRender(
      () => {
        const question = this.host.nativeElement.querySelector(`#${item.domId}`);
        question?.querySelector<HTMLElement>('input:checked, input, textarea')?.focus();
      },
      { injector: this.injector },
    );
  }
}
