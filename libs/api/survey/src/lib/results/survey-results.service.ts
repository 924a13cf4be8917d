import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
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
import { judgeGroup, type GroupJudgement, type MonthSizes } from './small-groups';
import { resultStatements, type Statement } from './survey-results.statements';
import { blockKey, choiceLabel, dateLabel, pointLabels, speakerBlocks } from './survey-questions';
import { addUp, meanOf, type TallyRow } from './tallies';

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
    const scope = responseScope(survey.id, filter, { wholeMonths: survey.anonymous });
    const { count: responseCount, hidden } = await this.judgeGroup(survey, scope);
    const head = { surveyId: survey.id, title: survey.title, anonymous: survey.anonymous, responseCount };
    // A small anonymous group shows how many answered (the gate already tells who did) but
    // no figure and no text: with fewer than five, an answer could be told apart.
    if (hidden) return { ...head, suppressed: true, questions: [] };
    const questions = survey.definition.sections.flatMap((section) => section.questions);
    const scaled = questions.filter((q) => ['likert', 'rating', 'matrix'].includes(q.kind)).map((q) => q.id);
    const matrices = questions.filter((q) => q.kind === 'matrix').map((q) => q.id);
    const [tallies, matrixAnswered, keys, texts] = await Promise.all([
      this.run<TallyRow>(resultStatements.tallies(scope, scaled)),
      this.matrixAnswered(scope, matrices),
      this.run<KeyRow>(resultStatements.keyCounts(scope)),
      this.run<TextRow>(resultStatements.texts(scope, survey.anonymous)),
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

  /** How many responses the view holds, and whether an anonymous survey may show their figures (small-groups.ts). */
  async judgeGroup(survey: SurveyEntity, scope: ResponseScope): Promise<GroupJudgement> {
    return judgeGroup(survey.anonymous, scope, await this.run<MonthSizes>(resultStatements.monthSizes(scope)));
  }

  private async matrixAnswered(scope: ResponseScope, matrices: string[]): Promise<Map<string, number>> {
    if (matrices.length === 0) return new Map();
    const rows: { questionId: string; speakerId: string | null; answered: number }[] = await this.run(
      resultStatements.matrixAnswered(scope, matrices),
    );
    return new Map(rows.map((row) => [blockKey(row.questionId, row.speakerId), row.answered]));
  }

  private run<T>(statement: Statement): Promise<T[]> {
    return this.dataSource.query(statement.sql, statement.params);
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
