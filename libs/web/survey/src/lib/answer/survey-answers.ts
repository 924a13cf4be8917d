import {
  SURVEY_LONG_ANSWER_MAX,
  SURVEY_OTHER_OPTION,
  SURVEY_SHORT_ANSWER_MAX,
  type SurveyAnswerInput,
  type SurveyForm,
  type SurveyFormSection,
  type SurveyQuestion,
} from '@bina-pustaka/shared-contracts';

/**
 * What a person has put in for one question while filling the form in: `point` (likert,
 * rating), `choices` and `other` (choice questions, "Lainnya"), `rows` (matrix), `value`
 * (the text of short and long answers, number and date fields, kept as typed).
 */
export interface AnswerDraft {
  point?: number;
  choices?: string[];
  other?: string;
  rows?: Record<string, number>;
  value?: string;
}

export type AnswerDrafts = Record<string, AnswerDraft>;

/** One question as asked: in a per-speaker block it is asked once per speaker. */
export interface FormItem {
  /** Unique in the form: the question id, with the speaker's id in a per-speaker block. */
  key: string;
  /** Unique element id of the question (inputs, hints and errors are named after it). */
  domId: string;
  question: SurveyQuestion;
  speakerId: string | null;
  speakerName: string | null;
}

export interface FormBlock {
  domId: string;
  section: SurveyFormSection;
  items: FormItem[];
}

export type AnswerProblem =
  | { kind: 'required' | 'rowsMissing' | 'otherMissing' | 'notNumber' | 'integer' | 'date' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number };

/** The form's sections (per-speaker ones already expanded by the api) with unique keys and ids. */
export function blocksOf(form: SurveyForm): FormBlock[] {
  return form.sections.map((section, s) => ({
    domId: `survey-s${s}`,
    section,
    items: section.questions.map((question, q) => ({
      key: section.speaker ? `${question.id}@${section.speaker.id}` : question.id,
      domId: `survey-s${s}-q${q}`,
      question,
      speakerId: section.speaker?.id ?? null,
      speakerName: section.speaker?.fullName ?? null,
    })),
  }));
}

/**
 * Whether a question is asked now: its condition names an earlier question (in the same
 * speaker's block when that block has it), which must itself be shown and answered with
 * the value. A question hidden by an unanswered condition is not asked and not sent.
 */
export function isShown(item: FormItem, items: readonly FormItem[], drafts: AnswerDrafts): boolean {
  const condition = item.question.showWhen;
  if (!condition) return true;
  const sameSpeaker = items.find(
    (each) => each.question.id === condition.questionId && each.speakerId === item.speakerId,
  );
  const source = sameSpeaker ?? items.find((each) => each.question.id === condition.questionId && !each.speakerId);
  if (!source) return true;
  return isShown(source, items, drafts) && answeredWith(source.question, drafts[source.key] ?? {}, condition.equals);
}

function answeredWith(question: SurveyQuestion, draft: AnswerDraft, equals: string): boolean {
  switch (question.kind) {
    case 'likert':
    case 'rating':
      return draft.point !== undefined && String(draft.point) === equals;
    case 'single-choice':
    case 'multiple-choice':
      return (draft.choices ?? []).includes(equals);
    case 'number': {
      const number = parseNumber(draft.value);
      return number !== null && number === Number(equals);
    }
    case 'matrix':
      return false;
    default:
      return (draft.value ?? '').trim() === equals;
  }
}

function parseNumber(value: string | undefined): number | null {
  const text = (value ?? '').trim().replace(',', '.');
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

function isAnswered(question: SurveyQuestion, draft: AnswerDraft): boolean {
  switch (question.kind) {
    case 'likert':
    case 'rating':
      return draft.point !== undefined;
    case 'single-choice':
    case 'multiple-choice':
      return (draft.choices ?? []).length > 0;
    case 'matrix':
      return Object.keys(draft.rows ?? {}).length > 0;
    default:
      return (draft.value ?? '').trim() !== '';
  }
}

/** The first thing wrong with one answer as the api would judge it, before sending. */
export function problemOf(question: SurveyQuestion, draft: AnswerDraft = {}): AnswerProblem | null {
  if (!isAnswered(question, draft)) return question.required ? { kind: 'required' } : null;
  switch (question.kind) {
    case 'matrix':
      return question.required && question.rows.some((row) => draft.rows?.[row.id] === undefined)
        ? { kind: 'rowsMissing' }
        : null;
    case 'single-choice':
    case 'multiple-choice': {
      if (!(draft.choices ?? []).includes(SURVEY_OTHER_OPTION)) return null;
      const other = (draft.other ?? '').trim();
      if (other === '') return { kind: 'otherMissing' };
      return other.length > SURVEY_SHORT_ANSWER_MAX ? { kind: 'tooLong', max: SURVEY_SHORT_ANSWER_MAX } : null;
    }
    case 'short-text':
    case 'long-text': {
      const max = question.kind === 'short-text' ? SURVEY_SHORT_ANSWER_MAX : SURVEY_LONG_ANSWER_MAX;
      return (draft.value ?? '').trim().length > max ? { kind: 'tooLong', max } : null;
    }
    case 'number':
      return numberProblem(question.min, question.max, question.integer, parseNumber(draft.value));
    case 'date':
      return isDate(draft.value ?? '') ? null : { kind: 'date' };
    default:
      return null;
  }
}

function numberProblem(min: number | null, max: number | null, integer: boolean, number: number | null) {
  if (number === null) return { kind: 'notNumber' } as const;
  if (integer && !Number.isInteger(number)) return { kind: 'integer' } as const;
  if (min !== null && max !== null && (number < min || number > max)) return { kind: 'range', min, max } as const;
  if (min !== null && number < min) return { kind: 'min', min } as const;
  if (max !== null && number > max) return { kind: 'max', max } as const;
  return null;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The answers as the contract has them: only shown and answered questions, each in the
 * field its kind uses, per-speaker answers with their speaker, choices in the order offered.
 */
export function toAnswers(items: readonly FormItem[], drafts: AnswerDrafts): SurveyAnswerInput[] {
  return items
    .filter((item) => isShown(item, items, drafts) && isAnswered(item.question, drafts[item.key] ?? {}))
    .map((item) => ({
      questionId: item.question.id,
      ...(item.speakerId && { speakerId: item.speakerId }),
      ...valueOf(item.question, drafts[item.key] ?? {}),
    }));
}

function valueOf(question: SurveyQuestion, draft: AnswerDraft): Omit<SurveyAnswerInput, 'questionId' | 'speakerId'> {
  switch (question.kind) {
    case 'likert':
    case 'rating':
      return { number: draft.point };
    case 'number':
      return { number: parseNumber(draft.value) ?? undefined };
    case 'single-choice':
    case 'multiple-choice': {
      const offered = [...question.options.map((option) => option.id), SURVEY_OTHER_OPTION];
      const choices = offered.filter((id) => (draft.choices ?? []).includes(id));
      return choices.includes(SURVEY_OTHER_OPTION) ? { choices, text: (draft.other ?? '').trim() } : { choices };
    }
    case 'matrix':
      return { rows: { ...draft.rows } };
    case 'date':
      return { date: draft.value };
    default:
      return { text: (draft.value ?? '').trim() };
  }
}

/**
 * The question a refusal of the api is about: its message names the question's text (and,
 * in a per-speaker block, the speaker). Null when no shown question can be recognised.
 */
export function questionNamedIn(message: string, items: readonly FormItem[]): FormItem | null {
  const named = items.filter((item) => message.includes(item.question.text));
  return named.find((item) => item.speakerName && message.includes(item.speakerName)) ?? named[0] ?? null;
}

/** Drafts kept in sessionStorage while typing, so a reload on a weak connection loses nothing. */
export const draftStorage = {
  key: (name: string) => `bp.survey.draft.${name}`,
  read(name: string): AnswerDrafts {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(this.key(name)) ?? '{}');
      return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as AnswerDrafts) : {};
    } catch {
      return {}; // an unreadable draft (storage off, or broken JSON) simply starts empty
    }
  },
  write(name: string, drafts: AnswerDrafts): void {
    try {
      sessionStorage.setItem(this.key(name), JSON.stringify(drafts));
    } catch {
      // Storage full or off (private mode): the form still works, only without the safety copy.
    }
  },
  clear(name: string): void {
    try {
      sessionStorage.removeItem(this.key(name));
    } catch {
      // nothing was kept
    }
  },
};
