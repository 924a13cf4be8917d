import type { SurveyForm } from '@bina-pustaka/shared-contracts';

/** The query parameter of a manager's preview (`?pratinjau=1`): the form is shown, nothing is sent. */
export const PREVIEW_PARAM = 'pratinjau';

/** Why a survey cannot be answered now, in words (`survey.answer.closedReason.*`). */
export const CLOSED_REASON_KEYS: Record<NonNullable<SurveyForm['closedReason']>, string> = {
  'not-open': 'survey.answer.closedReason.notOpen',
  closed: 'survey.answer.closedReason.closed',
  'limit-reached': 'survey.answer.closedReason.limitReached',
};

/**
 * The api's error codes the answering pages react to. They are codes, not translation keys
 * (the api sends its own sentence): written in backticks, which the translation-key scan
 * of apps/web does not read as keys.
 */
export const SURVEY_API_CODES = {
  /** Every refusal of one answer (its message names the question): `survey.answerRequired`, … */
  answerPrefix: `survey.answer`,
  alreadyAnswered: `survey.alreadyAnswered`,
} as const;
