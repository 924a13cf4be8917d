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

/** The most texts one question (one speaker's block) shows: enough to read, bounded at 20,000 responses. */
export const SURVEY_TEXTS_MAX = 500;

interface TallyRow {
  questionId: string;
  speakerId: string | null;
  rowId: string | null;
  point: number | null;
  /** 3: the whole question (per speaker); 1: one matrix row; 0: one point of a row or question. */
  level: number;
  answered: number;
  mean: number | null;
}

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
 * A survey's results, computed in the database: three aggregate queries over the filtered
 * responses (the tallies of every question, matrix row and point with their means; the
 * chosen options and dates; the texts, at most SURVEY_TEXTS_MAX per question), never the
 * responses themselves, so 20,000 responses cost about what 200 do.
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
    const [tallies, keys, texts] = await Promise.all([
      this.tallies(scope, scaled),
      this.keyCounts(scope),
      this.texts(scope, survey.anonymous),
    ]);
    const speakerIds = [...new Set(tallies.map((row) => row.speakerId).filter((id): id is string => id !== null))];
    const people = await this.directory.byIds(speakerIds);
    const speakers = speakerIds
      .map((id): UserRef => ({ id, fullName: people.get(id)?.fullName ?? '' }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));

    const tally = new Map(
      tallies.map((row) => [
        `${blockKey(row.questionId, row.speakerId, row.rowId ?? '')}|${row.level}|${row.point ?? ''}`,
        row,
      ]),
    );
    const keyed = groupBy(keys, (row) => blockKey(row.questionId, row.speakerId));
    const written = groupBy(texts, (row) => blockKey(row.questionId, row.speakerId));
    const answeredSpeakers = new Set(
      tallies.filter((row) => row.level === 3).map((row) => blockKey(row.questionId, row.speakerId)),
    );

    const results: SurveyQuestionResult[] = [];
    for (const section of survey.definition.sections) {
      for (const speaker of speakerBlocks(section, speakers, answeredSpeakers)) {
        for (const question of section.questions) {
          const key = blockKey(question.id, speaker?.id ?? null);
          const whole = tally.get(`${key}|3|`);
          const pointCounts = (rowId: string): SurveyCount[] =>
            pointLabels(question).map(({ key: point, label }) => ({
              key: point,
              label,
              count: tally.get(`${blockKey(question.id, speaker?.id ?? null, rowId)}|0|${point}`)?.answered ?? 0,
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
            mean: ['likert', 'rating', 'number'].includes(question.kind) ? roundMean(whole?.mean) : null,
            rows:
              question.kind === 'matrix'
                ? question.rows.map((row) => ({
                    rowId: row.id,
                    label: row.label,
                    counts: pointCounts(row.id),
                    mean: roundMean(tally.get(`${blockKey(question.id, speaker?.id ?? null, row.id)}|1|`)?.mean),
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

  /** Per question (and speaker): how many answered and the mean; per matrix row its mean; per point its count. */
  private tallies(scope: ResponseScope, scaled: string[]): Promise<TallyRow[]> {
    const scaledParam = `$${scope.params.length + 1}`;
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses}),
       answers AS (
         SELECT a.question_id, a.speaker_id, a.row_id, a.response_id, a.number_value,
                CASE WHEN a.question_id = ANY(${scaledParam}::text[]) THEN a.number_value::int END AS point
         FROM survey_answers a JOIN scoped ON scoped.id = a.response_id
         WHERE a.survey_id = $1 AND ${scope.answers})
       SELECT question_id AS "questionId", speaker_id AS "speakerId", row_id AS "rowId", point,
              GROUPING(row_id, point) AS level, count(DISTINCT response_id)::int AS answered,
              avg(number_value)::float8 AS mean
       FROM answers
       GROUP BY GROUPING SETS ((question_id, speaker_id), (question_id, speaker_id, row_id),
                               (question_id, speaker_id, row_id, point))`,
      [...scope.params, scaled],
    );
  }

  /** How many chose each option (choice questions) or gave each date (date questions). */
  private keyCounts(scope: ResponseScope): Promise<KeyRow[]> {
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", chosen.key, count(*)::int AS count
       FROM survey_answers a JOIN scoped ON scoped.id = a.response_id
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
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id, r.submitted_on FROM survey_responses r WHERE ${scope.responses})
       SELECT "questionId", "speakerId", text FROM (
         SELECT a.question_id AS "questionId", a.speaker_id AS "speakerId", a.text_value AS text,
                row_number() OVER (PARTITION BY a.question_id, a.speaker_id ORDER BY ${order}) AS place
         FROM survey_answers a JOIN scoped ON scoped.id = a.response_id
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

const roundMean = (mean: number | null | undefined) => (mean === null || mean === undefined ? null : round(mean, 2));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
