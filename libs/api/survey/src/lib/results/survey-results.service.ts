import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  SURVEY_MIN_GROUP_ANONYMOUS,
  SURVEY_OTHER_OPTION,
  type SurveyCount,
  type SurveyQuestion,
  type SurveyQuestionResult,
  type SurveyResults,
  type SurveyResultsFilter,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import type { SurveyEntity } from '../entities/survey.entity';
import { round } from './ikm';
import { responseScope, type ResponseScope } from './response-scope';
import { blockKey, choiceLabel, dateLabel, pointLabels, speakerBlocks } from './survey-questions';
import { addUp, meanOf, type TallyRow } from './tallies';

/** The most texts one question (one speaker's block) shows: enough to read, bounded at 20,000 responses. */
export const SURVEY_TEXTS_MAX = 500;

interface KeyRow {
  questionId: string;
  speakerId: string | null;
  key: string;
  count: number;
}

interface TextRow {
  questionId: string;
  speakerId: string | null;
  text: string;
}

/**
 * A survey's results, computed in the database: aggregate queries over the filtered
 * responses (the tallies of every question, matrix row and point with their sums; how many
 * answered each matrix; the chosen options and dates; the texts, at most SURVEY_TEXTS_MAX
 * per question), never the responses themselves.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
  ) {}

  async results(survey: SurveyEntity, filter: SurveyResultsFilter): Promise<SurveyResults> {
    const scope = responseScope(survey.id, filter);
    const responseCount = await this.countResponses(scope);
    const head = { surveyId: survey.id, title: survey.title, anonymous: survey.anonymous, responseCount };
    // A small anonymous group shows how many answered (the gate already tells who did) but
    // no figure and no text: with fewer than five, an answer could be told apart.
    if (survey.anonymous && responseCount < SURVEY_MIN_GROUP_ANONYMOUS) {
      return { ...head, suppressed: true, questions: [] };
    }
    const questions = survey.definition.sections.flatMap((section) => section.questions);
    const scaled = questions.filter((q) => ['likert', 'rating', 'matrix'].includes(q.kind)).map((q) => q.id);
    const matrices = questions.filter((q) => q.kind === 'matrix').map((q) => q.id);
    const [tallies, matrixAnswered, keys, texts] = await Promise.all([
      this.tallies(scope, scaled),
      this.matrixAnswered(scope, matrices),
      this.keyCounts(scope),
      this.texts(scope, survey.anonymous),
    ]);
    const speakerIds = [...new Set(tallies.map((row) => row.speakerId).filter((id): id is string => id !== null))];
    const people = await this.directory.byIds(speakerIds);
    const speakers = speakerIds
      .map((id): UserRef => ({ id, fullName: people.get(id)?.fullName ?? '' }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));

    const tally = addUp(tallies, matrixAnswered);
    const keyed = groupBy(keys, (row) => blockKey(row.questionId, row.speakerId));
    const written = groupBy(texts, (row) => blockKey(row.questionId, row.speakerId));
    const answeredSpeakers = new Set(tally.questions.keys());

    const results: SurveyQuestionResult[] = [];
    for (const section of survey.definition.sections) {
      for (const speaker of speakerBlocks(section, speakers, answeredSpeakers)) {
        for (const question of section.questions) {
          const key = blockKey(question.id, speaker?.id ?? null);
          const whole = tally.questions.get(key);
          const pointCounts = (rowId: string): SurveyCount[] =>
            pointLabels(question).map(({ key: point, label }) => ({
              key: point,
              label,
              count: tally.points.get(`${blockKey(question.id, speaker?.id ?? null, rowId)}|${point}`) ?? 0,
            }));
          results.push({
            questionId: question.id,
            kind: question.kind,
            text: question.text,
            sectionTitle: section.title,
            speaker,
            answered: whole?.answered ?? 0,
            counts: ['likert', 'rating'].includes(question.kind)
              ? pointCounts('')
              : keyCounts(question, keyed.get(key) ?? []),
            mean: ['likert', 'rating', 'number'].includes(question.kind) ? roundMean(meanOf(whole)) : null,
            rows:
              question.kind === 'matrix'
                ? question.rows.map((row) => ({
                    rowId: row.id,
                    label: row.label,
                    counts: pointCounts(row.id),
                    mean: roundMean(meanOf(tally.rows.get(blockKey(question.id, speaker?.id ?? null, row.id)))),
                  }))
                : [],
            texts: (written.get(key) ?? []).map((row) => row.text),
          });
        }
      }
    }
    return { ...head, suppressed: false, questions: results };
  }

  async countResponses(scope: ResponseScope): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM survey_responses r WHERE ${scope.responses}`,
      scope.params,
    );
    return row.count;
  }

  /** Per question, speaker, matrix row and point (likert, rating, matrix): how many, and the numbers' sum. */
  private tallies(scope: ResponseScope, scaled: string[]): Promise<TallyRow[]> {
    const scaledParam = `$${scope.params.length + 1}`;
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.row_id AS "rowId",
              CASE WHEN a.question_id = ANY(${scaledParam}::text[]) THEN a.number_value::int END AS point,
              count(*)::int AS count, count(a.number_value)::int AS numbered, sum(a.number_value)::float8 AS sum
       FROM survey_answers a ${scope.join}
       WHERE a.survey_id = $1 AND ${scope.answers}
       GROUP BY 1, 2, 3, 4`,
      [...scope.params, scaled],
    );
  }

  /** A matrix question's answered count: the responses that rated any of its rows. */
  private async matrixAnswered(scope: ResponseScope, matrices: string[]): Promise<Map<string, number>> {
    if (matrices.length === 0) return new Map();
    const rows: { questionId: string; speakerId: string | null; answered: number }[] = await this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT "questionId", "speakerId", count(*)::int AS answered FROM (
         SELECT DISTINCT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.response_id
         FROM survey_answers a ${scope.join}
         WHERE a.survey_id = $1 AND ${scope.answers} AND a.question_id = ANY($${scope.params.length + 1}::text[])
       ) answered GROUP BY 1, 2`,
      [...scope.params, matrices],
    );
    return new Map(rows.map((row) => [blockKey(row.questionId, row.speakerId), row.answered]));
  }

  /** How many chose each option (choice questions) or gave each date (date questions). */
  private keyCounts(scope: ResponseScope): Promise<KeyRow[]> {
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", chosen.key, count(*)::int AS count
       FROM survey_answers a ${scope.join}
       CROSS JOIN LATERAL unnest(coalesce(a.choices, ARRAY[to_char(a.date_value, 'YYYY-MM-DD')])) AS chosen(key)
       WHERE a.survey_id = $1 AND ${scope.answers} AND (a.choices IS NOT NULL OR a.date_value IS NOT NULL)
       GROUP BY 1, 2, 3`,
      scope.params,
    );
  }

  /**
   * Texts and "Lainnya" texts, at most SURVEY_TEXTS_MAX per question and speaker: the newest
   * first on a named survey; in random order on an anonymous one, so where a text sits in the
   * list says nothing about when (or by whom) it was written.
   */
  private texts(scope: ResponseScope, anonymous: boolean): Promise<TextRow[]> {
    const order = anonymous ? 'random()' : 'scoped.submitted_on DESC, scoped.id';
    // Newest first needs each response's day: always joined then.
    const join = anonymous ? scope.join : 'JOIN scoped ON scoped.id = a.response_id';
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id, r.submitted_on FROM survey_responses r WHERE ${scope.responses})
       SELECT "questionId", "speakerId", text FROM (
         SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.text_value AS text,
                row_number() OVER (PARTITION BY a.question_id, a.speaker_id ORDER BY ${order}) AS place
         FROM survey_answers a ${join}
         WHERE a.survey_id = $1 AND ${scope.answers} AND a.text_value IS NOT NULL AND a.text_value <> ''
       ) listed
       WHERE place <= ${SURVEY_TEXTS_MAX}
       ORDER BY "questionId", "speakerId", place`,
      scope.params,
    );
  }
}

function keyCounts(question: SurveyQuestion, rows: KeyRow[]): SurveyCount[] {
  if (question.kind === 'single-choice' || question.kind === 'multiple-choice') {
    const counted = new Map(rows.map((row) => [row.key, row.count]));
    const keys = [
      ...question.options.map((option) => option.id),
      ...(question.allowOther ? [SURVEY_OTHER_OPTION] : []),
    ];
    return keys.map((key) => ({ key, label: choiceLabel(question, key), count: counted.get(key) ?? 0 }));
  }
  if (question.kind === 'date') {
    return rows
      .map((row) => ({ key: row.key, label: dateLabel(row.key), count: row.count }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }
  return [];
}

const roundMean = (mean: number | null) => (mean === null ? null : round(mean, 2));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
