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
  /**
   * Each filter's own condition (besides the survey), for the small-group check of
   * anonymous surveys (small-groups.ts): a period edge, or a category (course, cohort,
   * session, institution, speaker).
   */
  conditions: { kind: 'period' | 'category'; sql: string }[];
}

const COLUMNS = {
  courseId: 'course_id',
  cohortId: 'cohort_id',
  webinarSessionId: 'webinar_session_id',
  institutionId: 'institution_id',
} as const;

/**
 * An anonymous survey is read by whole months (`wholeMonths`): a period of days could pick
 * out the day someone answered (their course completed that day) and, set against the day
 * before, their answers.
 */
export function responseScope(
  surveyId: string,
  filter: SurveyResultsFilter,
  { wholeMonths = false }: { wholeMonths?: boolean } = {},
): ResponseScope {
  if (filter.from && filter.to && filter.from > filter.to) throw new AppError(422, 'survey.periodOrder');
  const params: unknown[] = [surveyId];
  const next = (value: unknown) => `$${params.push(value)}`;
  const conditions: ResponseScope['conditions'] = [];
  for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const value = filter[field];
    if (value) conditions.push({ kind: 'category', sql: `r.${column} = ${next(value)}` });
  }
  if (filter.from) {
    const from = `${next(sinceYearOne(filter.from))}::date`;
    const sql = wholeMonths ? `r.submitted_on >= date_trunc('month', ${from})` : `r.submitted_on >= ${from}`;
    conditions.push({ kind: 'period', sql });
  }
  if (filter.to) {
    const to = `${next(sinceYearOne(filter.to))}::date`;
    const sql = wholeMonths
      ? `r.submitted_on < date_trunc('month', ${to}) + interval '1 month'`
      : `r.submitted_on <= ${to}`;
    conditions.push({ kind: 'period', sql });
  }
  let answers = 'true';
  if (filter.speakerId) {
    const speaker = next(filter.speakerId);
    conditions.push({
      kind: 'category',
      sql: `EXISTS (SELECT 1 FROM survey_answers s WHERE s.response_id = r.id AND s.speaker_id = ${speaker}::uuid)`,
    });
    answers = `(a.speaker_id IS NULL OR a.speaker_id = ${speaker}::uuid)`;
  }
  const join = conditions.length > 0 ? 'JOIN scoped ON scoped.id = a.response_id' : '';
  const responses = ['r.survey_id = $1', ...conditions.map((condition) => condition.sql)].join(' AND ');
  return { responses, answers, params, join, conditions };
}

/** The schema lets year 0000 through, PostgreSQL has no such day: it means "from the very start". */
const sinceYearOne = (day: string) => (day < '0001-01-01' ? '0001-01-01' : day);
