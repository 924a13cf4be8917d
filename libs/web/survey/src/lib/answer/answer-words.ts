import type { SurveyForm } from '@bina-pustaka/shared-contracts';

/** The query parameter of a manager's preview (`?pratinjau=1`): the form is shown, nothing is sent. */
export const PREVIEW_PARAM = 'pratinjau';

/** Why a survey cannot be answered now, in words (`survey.answer.closedReason.*`). */
export const CLOSED_REASON_KEYS: Record<NonNullable<SurveyForm['closedReason']>, string> = {
  'not-open': 'survey.answer.closedReason.notOpen',
  closed: 'survey.answer.closedReason.closed',
  'limit-reached': 'survey.answer.closedReason.limitReached',
};
