import {
  SURVEY_LONG_ANSWER_MAX,
  SURVEY_OTHER_OPTION,
  SURVEY_SHORT_ANSWER_MAX,
  type SurveyAnswerInput,
  type SurveyFormSection,
  type SurveyQuestion,
} from '@bina-pustaka/shared-contracts';

/**
 * Answers checked against the form as the respondent saw it (per-speaker sections already
 * expanded for the context's speakers). Pure, so every rule is unit-tested; the service
 * turns a problem into a 422 whose sentence names the question.
 */

export type AnswerProblemCode =
  | 'survey.answerUnknownQuestion'
  | 'survey.answerSpeakerUnknown'
  | 'survey.answerSpeakerNotAsked'
  | 'survey.answerTwice'
  | 'survey.answerWrongType'
  | 'survey.answerOutOfRange'
  | 'survey.answerChoiceNotOffered'
  | 'survey.answerOneChoice'
  | 'survey.answerChoiceTwice'
  | 'survey.answerOtherText'
  | 'survey.answerRowUnknown'
  | 'survey.answerTooLong'
  | 'survey.answerDateInvalid'
  | 'survey.answerHidden'
  | 'survey.answerRequired';

export interface AnswerProblem {
  code: AnswerProblemCode;
  /** The question's text (with the speaker's name in a per-speaker block), or the unknown id. */
  question: string;
  /** The longest answer allowed (survey.answerTooLong). */
  max?: number;
}

/** One row of survey_answers: a matrix answer is one row per matrix row, a per-speaker one carries its speaker. */
export interface AnswerRow {
  questionId: string;
  speakerId: string | null;
  rowId: string;
  number: number | null;
  choices: string[] | null;
  text: string | null;
  date: string | null;
}

export type AnswerCheck = { ok: true; rows: AnswerRow[] } | { ok: false; problem: AnswerProblem };

type Value =
  | { kind: 'number'; number: number }
  | { kind: 'choices'; choices: string[]; other: string | null }
  | { kind: 'text'; text: string }
  | { kind: 'rows'; rows: [string, number][] }
  | { kind: 'date'; date: string };

interface Placed {
  question: SurveyQuestion;
  perSpeaker: boolean;
  /** The speakers whose blocks ask it (per-speaker sections). */
  speakers: Map<string, string>;
}

class Refusal extends Error {
  constructor(readonly problem: AnswerProblem) {
    super(problem.code);
  }
}

const VALUE_FIELDS = ['number', 'choices', 'text', 'rows', 'date'] as const;
type ValueField = (typeof VALUE_FIELDS)[number];

const FIELDS_OF: Record<SurveyQuestion['kind'], readonly ValueField[]> = {
  likert: ['number'],
  rating: ['number'],
  number: ['number'],
  'single-choice': ['choices', 'text'],
  'multiple-choice': ['choices', 'text'],
  matrix: ['rows'],
  'short-text': ['text'],
  'long-text': ['text'],
  date: ['date'],
};

const keyOf = (questionId: string, speakerId: string | null) => `${questionId}\u0000${speakerId ?? ''}`;

export function checkAnswers(
  sections: readonly SurveyFormSection[],
  answers: readonly SurveyAnswerInput[],
): AnswerCheck {
  try {
    const placed = placeQuestions(sections);
    const given = new Map<string, Value | null>();
    for (const answer of answers) {
      const place = placed.get(answer.questionId);
      if (!place) throw new Refusal({ code: 'survey.answerUnknownQuestion', question: answer.questionId });
      const speakerId = answer.speakerId ?? null;
      const label = labelOf(place.question, speakerId === null ? null : (place.speakers.get(speakerId) ?? null));
      if (place.perSpeaker && (speakerId === null || !place.speakers.has(speakerId))) {
        throw new Refusal({ code: 'survey.answerSpeakerUnknown', question: label });
      }
      if (!place.perSpeaker && speakerId !== null) {
        throw new Refusal({ code: 'survey.answerSpeakerNotAsked', question: label });
      }
      const key = keyOf(answer.questionId, speakerId);
      if (given.has(key)) throw new Refusal({ code: 'survey.answerTwice', question: label });
      given.set(key, valueOf(place.question, answer, label));
    }
    return { ok: true, rows: shownRows(sections, placed, given) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

function placeQuestions(sections: readonly SurveyFormSection[]): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  for (const section of sections) {
    for (const question of section.questions) {
      const place = placed.get(question.id) ?? { question, perSpeaker: section.perSpeaker, speakers: new Map() };
      if (section.speaker) place.speakers.set(section.speaker.id, section.speaker.fullName);
      placed.set(question.id, place);
    }
  }
  return placed;
}

function labelOf(question: SurveyQuestion, speakerName: string | null): string {
  return speakerName ? `${question.text} (${speakerName})` : question.text;
}

/** The answer's value in the question's terms, or null when it leaves the question unanswered. */
function valueOf(question: SurveyQuestion, answer: SurveyAnswerInput, label: string): Value | null {
  const allowed = FIELDS_OF[question.kind];
  const present = VALUE_FIELDS.filter((field) => answer[field] !== undefined);
  if (present.some((field) => !allowed.includes(field))) {
    throw new Refusal({ code: 'survey.answerWrongType', question: label });
  }
  const refuse = (code: AnswerProblemCode, max?: number) =>
    new Refusal({ code, question: label, ...(max === undefined ? {} : { max }) });
  switch (question.kind) {
    case 'likert':
    case 'rating': {
      if (answer.number === undefined) return null;
      const top = question.kind === 'likert' ? question.scale.points : 10;
      if (!Number.isInteger(answer.number) || answer.number < 1 || answer.number > top) {
        throw refuse('survey.answerOutOfRange');
      }
      return { kind: 'number', number: answer.number };
    }
    case 'number': {
      const value = answer.number;
      if (value === undefined) return null;
      const outside =
        (question.integer && !Number.isInteger(value)) ||
        (question.min !== null && value < question.min) ||
        (question.max !== null && value > question.max);
      if (outside) throw refuse('survey.answerOutOfRange');
      return { kind: 'number', number: value };
    }
    case 'single-choice':
    case 'multiple-choice':
      return choiceValue(question.kind, question.options, question.allowOther, answer, refuse);
    case 'matrix': {
      const entries = Object.entries(answer.rows ?? {});
      if (entries.length === 0) return null;
      const rowIds = new Set(question.rows.map((row) => row.id));
      for (const [rowId, point] of entries) {
        if (!rowIds.has(rowId)) throw refuse('survey.answerRowUnknown');
        if (!Number.isInteger(point) || point < 1 || point > question.scale.points) {
          throw refuse('survey.answerOutOfRange');
        }
      }
      return { kind: 'rows', rows: entries };
    }
    case 'short-text':
    case 'long-text': {
      const text = answer.text?.trim() ?? '';
      if (text === '') return null;
      const max = question.kind === 'short-text' ? SURVEY_SHORT_ANSWER_MAX : SURVEY_LONG_ANSWER_MAX;
      if (text.length > max) throw refuse('survey.answerTooLong', max);
      return { kind: 'text', text };
    }
    case 'date': {
      if (answer.date === undefined) return null;
      if (!isCalendarDate(answer.date)) throw refuse('survey.answerDateInvalid');
      return { kind: 'date', date: answer.date };
    }
  }
}

function choiceValue(
  kind: 'single-choice' | 'multiple-choice',
  options: readonly { id: string }[],
  allowOther: boolean,
  answer: SurveyAnswerInput,
  refuse: (code: AnswerProblemCode, max?: number) => Refusal,
): Value | null {
  const choices = answer.choices ?? [];
  const offered = new Set(options.map((option) => option.id));
  if (allowOther) offered.add(SURVEY_OTHER_OPTION);
  if (choices.some((choice) => !offered.has(choice))) throw refuse('survey.answerChoiceNotOffered');
  if (new Set(choices).size !== choices.length) throw refuse('survey.answerChoiceTwice');
  if (kind === 'single-choice' && choices.length > 1) throw refuse('survey.answerOneChoice');
  const other = answer.text?.trim() ?? '';
  if (choices.includes(SURVEY_OTHER_OPTION)) {
    if (other === '') throw refuse('survey.answerOtherText');
    if (other.length > SURVEY_SHORT_ANSWER_MAX) throw refuse('survey.answerTooLong', SURVEY_SHORT_ANSWER_MAX);
  } else if (answer.text !== undefined) {
    // A text goes with "Lainnya" only.
    throw refuse('survey.answerWrongType');
  }
  if (choices.length === 0) return null;
  return { kind: 'choices', choices, other: choices.includes(SURVEY_OTHER_OPTION) ? other : null };
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Walks the form in order: a question hidden by its condition must not be answered, a
 * shown required one must be (a required matrix: every row). Conditions name an earlier
 * question, so its answer has been judged by the time a later one asks about it.
 */
function shownRows(
  sections: readonly SurveyFormSection[],
  placed: Map<string, Placed>,
  given: Map<string, Value | null>,
): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const section of sections) {
    const speakerId = section.speaker?.id ?? null;
    for (const question of section.questions) {
      const value = given.get(keyOf(question.id, speakerId)) ?? null;
      const label = labelOf(question, section.speaker?.fullName ?? null);
      if (!isShown(question, speakerId, placed, given)) {
        if (value) throw new Refusal({ code: 'survey.answerHidden', question: label });
        continue;
      }
      const complete = value !== null && (question.kind !== 'matrix' || countRows(value) === question.rows.length);
      if (question.required && !complete) throw new Refusal({ code: 'survey.answerRequired', question: label });
      if (value) rows.push(...rowsOf(question.id, speakerId, value));
    }
  }
  return rows;
}

const countRows = (value: Value) => (value.kind === 'rows' ? value.rows.length : 0);

function isShown(
  question: SurveyQuestion,
  speakerId: string | null,
  placed: Map<string, Placed>,
  given: Map<string, Value | null>,
): boolean {
  const condition = question.showWhen;
  if (!condition) return true;
  const source = placed.get(condition.questionId);
  if (!source) return false;
  // A condition on a per-speaker question reads the same speaker's answer (any speaker's
  // when asked from outside the speakers' blocks).
  const speakers = source.perSpeaker ? (speakerId ? [speakerId] : [...source.speakers.keys()]) : [null];
  return speakers.some((speaker) => matches(given.get(keyOf(condition.questionId, speaker)) ?? null, condition.equals));
}

function matches(value: Value | null, equals: string): boolean {
  if (value?.kind === 'choices') return value.choices.includes(equals);
  if (value?.kind === 'number') return equals.trim() !== '' && Number(equals) === value.number;
  return false;
}

function rowsOf(questionId: string, speakerId: string | null, value: Value): AnswerRow[] {
  const row: AnswerRow = { questionId, speakerId, rowId: '', number: null, choices: null, text: null, date: null };
  switch (value.kind) {
    case 'number':
      return [{ ...row, number: value.number }];
    case 'choices':
      return [{ ...row, choices: value.choices, text: value.other }];
    case 'text':
      return [{ ...row, text: value.text }];
    case 'date':
      return [{ ...row, date: value.date }];
    case 'rows':
      return value.rows.map(([rowId, point]) => ({ ...row, rowId, number: point }));
  }
}
