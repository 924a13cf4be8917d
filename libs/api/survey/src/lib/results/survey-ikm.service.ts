import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import {
  type IkmElement,
  type IkmPeriodResult,
  type IkmReport,
  type LikertQuestion,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import type { SurveyEntity } from '../entities/survey.entity';
import { ikmOf, round, toFourPointScale } from './ikm';
import { responseScope } from './response-scope';
import { groupsHeldBack, type GroupJudgement } from './small-groups';
import { SurveyResultsService } from './survey-results.service';

export interface IkmQuery {
  by: 'month' | 'year';
  from?: string;
  to?: string;
  /** The responses of one institution's people (the dashboard scoped to one institution). */
  institutionId?: string;
}

interface ElementRow {
  /** null: the whole range (the report's overall figures). */
  period: string | null;
  questionId: string;
  answered: number;
  mean: number;
}

/**
 * The IKM of a satisfaction survey per month or year (by the responses' day, which is kept
 * in Asia/Jakarta) and over the whole range: one query whose grouping sets give each
 * element's answers and mean per period and overall. The arithmetic is ikm.ts's.
 */
@Injectable()
export class SurveyIkmService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: SurveyResultsService,
  ) {}

  async report(survey: SurveyEntity, query: IkmQuery): Promise<IkmReport> {
    const measured = survey.definition.sections
      .filter((section) => !section.perSpeaker)
      .flatMap((section) => section.questions)
      .filter((question): question is LikertQuestion & { ikmElement: IkmElement } =>
        Boolean(question.kind === 'likert' && question.ikmElement),
      );
    if (measured.length === 0) throw new AppError(422, 'survey.noIkmElements');

    const scope = responseScope(
      survey.id,
      { from: query.from, to: query.to, institutionId: query.institutionId },
      { wholeMonths: survey.anonymous },
    );
    const period = query.by === 'month' ? `to_char(r.submitted_on, 'YYYY-MM')` : `to_char(r.submitted_on, 'YYYY')`;
    const ids = `$${scope.params.length + 1}`;
    const [responses, answers, group]: [{ period: string | null; count: number }[], ElementRow[], GroupJudgement] =
      await Promise.all([
        this.dataSource.query(
          `SELECT ${period} AS period, count(*)::int AS count FROM survey_responses r
         WHERE ${scope.responses} GROUP BY ROLLUP (${period})`,
          scope.params,
        ),
        this.dataSource.query(
          `SELECT ${period} AS period, a.question_id AS "questionId", count(*)::int AS answered,
                avg(a.number_value)::float8 AS mean
         FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
         WHERE ${scope.responses} AND a.survey_id = $1 AND a.question_id = ANY(${ids}::text[])
           AND a.speaker_id IS NULL AND a.number_value IS NOT NULL
         GROUP BY GROUPING SETS ((${period}, a.question_id), (a.question_id))`,
          [...scope.params, measured.map((question) => question.id)],
        ),
        this.results.judgeGroup(survey, scope),
      ]);

    const figures = (key: string | null, responseCount: number, hidden: boolean): IkmPeriodResult => {
      const rows = new Map(answers.filter((row) => row.period === key).map((row) => [row.questionId, row]));
      // Two questions measuring one element are pooled: the element's mean is over all its answers.
      const byElement = new Map<IkmElement, { questionText: string; answered: number; total: number }>();
      for (const question of measured) {
        const row = rows.get(question.id);
        const element = byElement.get(question.ikmElement) ?? { questionText: question.text, answered: 0, total: 0 };
        if (row) {
          element.answered += row.answered;
          element.total += toFourPointScale(row.mean, question.scale.points) * row.answered;
        }
        byElement.set(question.ikmElement, element);
      }
      const elements = [...byElement.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([element, tally]) => ({
          element,
          questionText: tally.questionText,
          answered: tally.answered,
          nrr: tally.answered === 0 ? null : tally.total / tally.answered,
        }));
      const index = hidden ? null : ikmOf(elements.flatMap((element) => (element.nrr === null ? [] : [element.nrr])));
      return {
        period: key ?? span,
        responseCount,
        elements: elements.map(({ nrr, ...element }) => ({
          ...element,
          mean: hidden || nrr === null ? null : round(nrr, 3),
        })),
        weightedMean: index?.weightedMean ?? null,
        ikm: index?.ikm ?? null,
        grade: index?.grade ?? null,
      };
    };

    const named = responses
      .flatMap((row) => (row.period === null ? [] : [{ period: row.period, count: row.count }]))
      .sort((a, b) => a.period.localeCompare(b.period));
    // The overall figures' period: the first and last with responses, as an ISO 8601 interval ("2026-10/2026-11").
    const ends = [...new Set([named[0]?.period, named[named.length - 1]?.period])].filter(Boolean);
    const span = ends.join('/');
    // Anonymous: a period of fewer than five shows its count, never its figures, and neither
    // does a second one when those alone would be the overall minus the periods shown.
    const heldBack = groupsHeldBack(
      survey.anonymous,
      named.map((row) => ({ key: row.period, count: row.count })),
    );
    const periods = named.map((row) => figures(row.period, row.count, heldBack.has(row.period)));
    const total = responses.find((row) => row.period === null)?.count ?? 0;
    // The overall figures are those of the view itself (small-groups.ts: a period that could set someone apart).
    return { surveyId: survey.id, periods, overall: figures(null, total, group.hidden) };
  }
}
