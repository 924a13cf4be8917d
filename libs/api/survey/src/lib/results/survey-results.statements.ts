import type { ResponseScope } from './response-scope';

/** The most texts one question (one speaker's block) shows: enough to read, bounded at 20,000 responses. */
export const SURVEY_TEXTS_MAX = 500;

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The SQL a survey's results are computed with, apart from the service that assembles them,
 * so `npm run bench:survey` runs the very same statements on bare pg as its baseline.
 */
export const resultStatements = {
  /**
   * Per month of the survey: the view's count, the month under the category filters alone,
   * and the view's count with each one filter left out (small-groups.ts judges them), in one
   * pass over the survey's responses.
   */
  monthSizes(scope: ResponseScope): Statement {
    const all = (skip: number) =>
      scope.conditions
        .filter((_, index) => index !== skip)
        .map((condition) => condition.sql)
        .join(' AND ') || 'true';
    const categories =
      scope.conditions
        .filter((condition) => condition.kind === 'category')
        .map((condition) => condition.sql)
        .join(' AND ') || 'true';
    const relaxed = scope.conditions.map((_, index) => `count(*) FILTER (WHERE ${all(index)})::int`);
    return {
      sql: `SELECT count(*) FILTER (WHERE ${all(-1)})::int AS size,
                   count(*) FILTER (WHERE ${categories})::int AS cell,
                   ARRAY[${relaxed.join(', ')}]::int[] AS relaxed
              FROM survey_responses r WHERE r.survey_id = $1
             GROUP BY date_trunc('month', r.submitted_on)`,
      params: scope.params,
    };
  },

  /** Per question, speaker, matrix row and point (likert, rating, matrix): how many, and the numbers' sum. */
  tallies(scope: ResponseScope, scaled: string[]): Statement {
    const scaledParam = `$${scope.params.length + 1}`;
    return {
      sql: `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.row_id AS "rowId",
              CASE WHEN a.question_id = ANY(${scaledParam}::text[]) THEN a.number_value::int END AS point,
              count(*)::int AS count, count(a.number_value)::int AS numbered, sum(a.number_value)::float8 AS sum
       FROM survey_answers a ${scope.join}
       WHERE a.survey_id = $1 AND ${scope.answers}
       GROUP BY 1, 2, 3, 4`,
      params: [...scope.params, scaled],
    };
  },

  /** A matrix question's answered count: the responses that rated any of its rows. */
  matrixAnswered(scope: ResponseScope, matrices: string[]): Statement {
    return {
      sql: `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT "questionId", "speakerId", count(*)::int AS answered FROM (
         SELECT DISTINCT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.response_id
         FROM survey_answers a ${scope.join}
         WHERE a.survey_id = $1 AND ${scope.answers} AND a.question_id = ANY($${scope.params.length + 1}::text[])
       ) answered GROUP BY 1, 2`,
      params: [...scope.params, matrices],
    };
  },

  /** How many chose each option (choice questions) or gave each date (date questions). */
  keyCounts(scope: ResponseScope): Statement {
    return {
      sql: `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", chosen.key, count(*)::int AS count
       FROM survey_answers a ${scope.join}
       CROSS JOIN LATERAL unnest(coalesce(a.choices, ARRAY[to_char(a.date_value, 'YYYY-MM-DD')])) AS chosen(key)
       WHERE a.survey_id = $1 AND ${scope.answers} AND (a.choices IS NOT NULL OR a.date_value IS NOT NULL)
       GROUP BY 1, 2, 3`,
      params: scope.params,
    };
  },

  /**
   * Texts and "Lainnya" texts, at most SURVEY_TEXTS_MAX per question and speaker: the newest
   * first on a named survey; in random order on an anonymous one, so where a text sits in the
   * list says nothing about when (or by whom) it was written.
   */
  texts(scope: ResponseScope, anonymous: boolean): Statement {
    const order = anonymous ? 'random()' : 'scoped.submitted_on DESC, scoped.id';
    // Newest first needs each response's day: always joined then.
    const join = anonymous ? scope.join : 'JOIN scoped ON scoped.id = a.response_id';
    return {
      sql: `WITH scoped AS (SELECT r.id, r.submitted_on FROM survey_responses r WHERE ${scope.responses})
       SELECT "questionId", "speakerId", text FROM (
         SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.text_value AS text,
                row_number() OVER (PARTITION BY a.question_id, a.speaker_id ORDER BY ${order}) AS place
         FROM survey_answers a ${join}
         WHERE a.survey_id = $1 AND ${scope.answers} AND a.text_value IS NOT NULL AND a.text_value <> ''
       ) listed
       WHERE place <= ${SURVEY_TEXTS_MAX}
       ORDER BY "questionId", "speakerId", place`,
      params: scope.params,
    };
  },

  /**
   * A course's reaction scores (its evaluation survey's responses filed under the course):
   * per cohort and for the whole course (GROUPING SETS; `overall` marks the latter, so a
   * cohort-less group stays apart from it). A response's score is the mean of point / points
   * x 100 over its Likert and matrix answers (`scaled`: those questions' ids and points); the
   * group's is the mean of its responses' scores, null when none has such an answer.
   */
  courseReaction(surveyId: string, courseId: string, scaled: { ids: string[]; points: number[] }): Statement {
    return {
      sql: `WITH scale AS (SELECT * FROM unnest($3::text[], $4::int[]) AS s(question_id, points)),
       scored AS (
         SELECT r.id, r.cohort_id, avg(a.number_value / scale.points * 100) AS score
         FROM survey_responses r
         LEFT JOIN (survey_answers a JOIN scale ON scale.question_id = a.question_id) ON a.response_id = r.id
         WHERE r.survey_id = $1 AND r.course_id = $2
         GROUP BY r.id, r.cohort_id
       )
       SELECT cohort_id AS "cohortId", GROUPING(cohort_id) = 1 AS overall,
              count(*)::int AS respondents, avg(score)::float8 AS score
       FROM scored
       GROUP BY GROUPING SETS ((cohort_id), ())`,
      params: [surveyId, courseId, scaled.ids, scaled.points],
    };
  },
};
