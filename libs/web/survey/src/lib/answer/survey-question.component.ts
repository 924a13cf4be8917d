import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  SURVEY_LONG_ANSWER_MAX,
  SURVEY_OTHER_OPTION,
  SURVEY_SHORT_ANSWER_MAX,
  type SurveyQuestion,
} from '@bina-pustaka/shared-contracts';
import { mediaQuery, WIDE_SCREEN } from '@bina-pustaka/web-ui';
import type { AnswerDraft, AnswerProblem, FormItem } from './survey-answers';

/** Each problem's sentence (`survey.answer.problem.*`), its numbers passed as params. */
const PROBLEM_KEYS: Record<AnswerProblem['kind'], string> = {
  required: 'survey.answer.problem.required',
  rowsMissing: 'survey.answer.problem.rowsMissing',
  otherMissing: 'survey.answer.problem.otherMissing',
  notNumber: 'survey.answer.problem.notNumber',
  integer: 'survey.answer.problem.integer',
  date: 'survey.answer.problem.date',
  tooLong: 'survey.answer.problem.tooLong',
  range: 'survey.answer.problem.range',
  min: 'survey.answer.problem.min',
  max: 'survey.answer.problem.max',
};

/** What a number question accepts, said beside it (`survey.answer.numberHint.*`). */
const NUMBER_HINT_KEYS = {
  range: 'survey.answer.numberHint.range',
  rangeWhole: 'survey.answer.numberHint.rangeWhole',
  min: 'survey.answer.numberHint.min',
  minWhole: 'survey.answer.numberHint.minWhole',
  max: 'survey.answer.numberHint.max',
  maxWhole: 'survey.answer.numberHint.maxWhole',
  whole: 'survey.answer.numberHint.whole',
};

const RATING_POINTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * One question with native inputs: radio groups in a fieldset with its legend (likert,
 * rating, single choice, each matrix row), checkboxes (multiple choice), text boxes with a
 * counter, number and date fields. Its hint and its problem (ours, or the api's sentence)
 * are tied to the inputs by aria-describedby.
 */
@Component({
  selector: 'bp-survey-question',
  imports: [NgTemplateOutlet, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-question.component.html',
  styleUrl: './survey-question.component.css',
})
export class SurveyQuestionComponent {
  readonly item = input.required<FormItem>();
  readonly draft = input<AnswerDraft>({});
  readonly problem = input<AnswerProblem | null>(null);
  /** The api's refusal when it names this question. */
  readonly serverMessage = input<string | null>(null);
  /** How the answer changes, applied to the form's latest draft (two quick clicks both count). */
  readonly changed = output<(draft: AnswerDraft) => AnswerDraft>();

  protected readonly other = SURVEY_OTHER_OPTION;
  protected readonly ratingPoints = RATING_POINTS;
  protected readonly wide = mediaQuery(WIDE_SCREEN);
  protected readonly question = computed<SurveyQuestion>(() => this.item().question);
  protected readonly id = computed(() => this.item().domId);
  protected readonly scale = computed(() => {
    const question = this.question();
    return question.kind === 'likert' || question.kind === 'matrix' ? question.scale : null;
  });
  protected readonly options = computed(() => {
    const question = this.question();
    return question.kind === 'single-choice' || question.kind === 'multiple-choice' ? question : null;
  });
  protected readonly rows = computed(() => {
    const question = this.question();
    return question.kind === 'matrix' ? question.rows : [];
  });
  protected readonly numberRules = computed(() => {
    const question = this.question();
    return question.kind === 'number' ? question : null;
  });
  protected readonly textMax = computed(() =>
    this.question().kind === 'long-text' ? SURVEY_LONG_ANSWER_MAX : SURVEY_SHORT_ANSWER_MAX,
  );
  /**
   * A number is typed in a text box (with the phone's number keys): a number field empties
   * itself on a partly typed "2," and would lose it; its range is said in words instead.
   */
  protected readonly numberHint = computed(() => {
    const rules = this.numberRules();
    if (!rules) return null;
    const { min, max } = rules;
    const whole = rules.integer ? 'Whole' : '';
    if (min !== null && max !== null) return { key: NUMBER_HINT_KEYS[`range${whole}`], min, max };
    if (min !== null) return { key: NUMBER_HINT_KEYS[`min${whole}`], min };
    if (max !== null) return { key: NUMBER_HINT_KEYS[`max${whole}`], max };
    return rules.integer ? { key: NUMBER_HINT_KEYS.whole } : null;
  });
  protected readonly problemKey = computed(() => {
    const problem = this.problem();
    return problem ? PROBLEM_KEYS[problem.kind] : null;
  });
  protected readonly hasError = computed(() => Boolean(this.serverMessage() || this.problem()));
  /** The hint, the counter (text answers) and the error, as the inputs' description. */
  protected readonly describedBy = computed(() => {
    const id = this.id();
    const kind = this.question().kind;
    const parts = [
      this.question().help ? `${id}-help` : '',
      this.numberHint() ? `${id}-range` : '',
      kind === 'short-text' || kind === 'long-text' ? `${id}-count` : '',
      this.hasError() ? `${id}-error` : '',
    ];
    return parts.filter(Boolean).join(' ') || null;
  });

  protected choosePoint(point: number): void {
    this.changed.emit((draft) => ({ ...draft, point }));
  }

  protected chooseOne(id: string): void {
    this.changed.emit((draft) => ({ ...draft, choices: [id] }));
  }

  protected toggle(id: string, checked: boolean): void {
    this.changed.emit((draft) => {
      const choices = (draft.choices ?? []).filter((each) => each !== id);
      return { ...draft, choices: checked ? [...choices, id] : choices };
    });
  }

  protected chosen(id: string): boolean {
    return (this.draft().choices ?? []).includes(id);
  }

  protected setOther(other: string): void {
    this.changed.emit((draft) => ({ ...draft, other }));
  }

  protected rateRow(rowId: string, point: number): void {
    this.changed.emit((draft) => ({ ...draft, rows: { ...draft.rows, [rowId]: point } }));
  }

  protected setValue(value: string): void {
    this.changed.emit((draft) => ({ ...draft, value }));
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
