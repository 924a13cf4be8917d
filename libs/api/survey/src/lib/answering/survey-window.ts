import { AppError } from '@bina-pustaka/api-platform';
import type { Locale, SurveyForm } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import type { SurveyEntity } from '../entities/survey.entity';

export type ClosedReason = SurveyForm['closedReason'];

type Window = Pick<SurveyEntity, 'status' | 'opensAt' | 'closesAt' | 'responseLimit' | 'responseCount'>;

/** Why a survey takes no answers now (null: it does); the same rules as the counting UPDATE. */
export function closedReason(survey: Window, now: Date = new Date()): ClosedReason {
  if (survey.status === 'closed' || (survey.closesAt !== null && survey.closesAt <= now)) return 'closed';
  if (survey.status === 'draft' || (survey.opensAt !== null && survey.opensAt > now)) return 'not-open';
  if (survey.responseLimit !== null && survey.responseCount >= survey.responseLimit) return 'limit-reached';
  return null;
}

/** The 409 that says why a response was not taken. */
export function closedRefusal(survey: Window, locale: Locale): AppError {
  switch (closedReason(survey)) {
    case 'not-open':
      return survey.status === 'published' && survey.opensAt
        ? new AppError(409, 'survey.notOpenUntil', { date: formatDateTime(survey.opensAt, locale) })
        : new AppError(409, 'survey.notOpen');
    case 'limit-reached':
      return new AppError(409, 'survey.limitReached');
    default:
      // Closed, or closed while this response was on its way.
      return new AppError(409, 'survey.closed');
  }
}
