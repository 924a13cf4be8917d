import { AppError } from '@bina-pustaka/api-platform';
import type { SurveyResultsFilter } from '@bina-pustaka/shared-contracts';

/**
 * The responses a results view, IKM or export reads: one survey narrowed by the filters, as
 * SQL to splice after `FROM survey_responses r WHERE` (`responses`) and to add to the
 * answers' WHERE (`answers`, alias a), with its parameters from $1 on. A speaker filter keeps
 * the responses that evaluated that speaker and, of the per-speaker blocks, only theirs.
 */
export interface ResponseScope {
  responses: string;
  answers: string;
  params: unknown[];
  /**
   * How answers meet the filtered responses (a CTE `scoped` of their ids): a join when a
   * filter narrows them; nothing when the whole survey is read, since its answers carry its
   * id (a third less time at 20,000 responses).
   */
  join: string;
}

const COLUMNS = {
  courseId: 'course_id',
  cohortId: 'cohort_id',
  webinarSessionId: 'webinar_session_id',
  institutionId: 'institution_id',
} as const;

export function responseScope(surveyId: string, filter: SurveyResultsFilter): ResponseScope {
  if (filter.from && filter.to && filter.from > filter.to) throw new AppError(422, 'survey.periodOrder');
  const params: unknown[] = [surveyId];
  const next = (value: unknown) => `$${params.push(value)}`;
  const where = ['r.survey_id = $1'];
  for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const value = filter[field];
    if (value) where.push(`r.${column} = ${next(value)}`);
  }
  if (filter.from) where.push(`r.submitted_on >= ${next(sinceYearOne(filter.from))}::date`);
  if (filter.to) where.push(`r.submitted_on <= ${next(sinceYearOne(filter.to))}::date`);
  let answers = 'true';
  if (filter.speakerId) {
    const speaker = next(filter.speakerId);
    where.push(
      `EXISTS (SELECT 1 FROM survey_answers s WHERE s.response_id = r.id AND s.speaker_id = ${speaker}::uuid)`,
    );
    answers = `(a.speaker_id IS NULL OR a.speaker_id = ${speaker}::uuid)`;
  }
  const join = where.length > 1 ? 'JOIN scoped ON scoped.id = a.response_id' : '';
  return { responses: where.join(' AND '), answers, params, join };
}

/** The schema lets year 0000 through, PostgreSQL has no such day: it means "from the very start". */
const sinceYearOne = (day: string) => (day < '0001-01-01' ? '0001-01-01' : day);
