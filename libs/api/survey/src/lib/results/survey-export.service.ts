import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { UserDirectoryService, type DirectoryUser } from '@bina-pustaka/api-identity';
import { AppError, toCsv, toXlsx, type CsvCell, type Principal } from '@bina-pustaka/api-platform';
import {
  SURVEY_MIN_GROUP_ANONYMOUS,
  type SurveyQuestion,
  type SurveyResultsFilter,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import type { SurveyEntity } from '../entities/survey.entity';
import { SurveyResultsService } from './survey-results.service';
import { responseScope, type ResponseScope } from './response-scope';
import { blockKey, choiceLabel, dateLabel, speakerBlocks } from './survey-questions';

export type SurveyExportFormat = 'csv' | 'xlsx';

interface Column {
  header: string;
  question: SurveyQuestion;
  key: string;
}

interface ResponseRow {
  id: string;
  day: string;
  userId: string | null;
  institutionId: string | null;
}

interface AnswerRow {
  responseId: string;
  questionId: string;
  speakerId: string | null;
  rowId: string;
  number: number | null;
  choices: string[] | null;
  text: string | null;
  day: string | null;
}

/**
 * A survey's responses as a table, one row per response: for named surveys the day, the
 * person's name and institution, then one column per question (per speaker block, per matrix
 * row). Anonymous surveys leave out day, name and institution, list the rows in random order
 * (so their place says nothing) and refuse a group smaller than five. Every export is audited.
 */
@Injectable()
export class SurveyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly audit: AuditTrailService,
    private readonly results: SurveyResultsService,
  ) {}

  async export(
    actor: Principal,
    survey: SurveyEntity,
    filter: SurveyResultsFilter,
    format: SurveyExportFormat,
  ): Promise<Buffer> {
    const scope = responseScope(survey.id, filter, { wholeMonths: survey.anonymous });
    const { hidden } = await this.results.judgeGroup(survey, scope);
    if (hidden) {
      throw new AppError(422, 'survey.exportTooFew', { minimum: SURVEY_MIN_GROUP_ANONYMOUS });
    }
    const [columns, responses, answers] = await Promise.all([
      this.columns(survey, scope),
      this.responses(scope, survey.anonymous),
      this.answers(scope),
    ]);
    const byResponse = new Map<string, Map<string, AnswerRow>>();
    for (const answer of answers) {
      const own = byResponse.get(answer.responseId) ?? new Map<string, AnswerRow>();
      own.set(blockKey(answer.questionId, answer.speakerId, answer.rowId), answer);
      byResponse.set(answer.responseId, own);
    }
    const people = survey.anonymous
      ? new Map<string, DirectoryUser>()
      : await this.directory.byIds(responses.flatMap((r) => r.userId ?? []));
    const institutions = survey.anonymous
      ? new Map<string, string>()
      : await this.directory.institutionNames(responses.map((r) => r.institutionId));

    // Anonymous rows carry no day either: a day on which one person answered (known from the
    // day their course completed) would point to their row. The period filters (groups of five
    // or more) still narrow an anonymous export by time.
    const header = [
      ...(survey.anonymous ? [] : ['Tanggal', 'Nama', 'Instansi']),
      ...columns.map((column) => column.header),
    ];
    const rows: CsvCell[][] = responses.map((response) => {
      const own = byResponse.get(response.id);
      return [
        ...(survey.anonymous
          ? []
          : [
              dateLabel(response.day),
              response.userId ? (people.get(response.userId)?.fullName ?? '') : '',
              response.institutionId ? (institutions.get(response.institutionId) ?? '') : '',
            ]),
        ...columns.map((column) => cell(column.question, own?.get(column.key))),
      ];
    });
    await this.audit.record({
      action: 'export.personal_data',
      actor,
      subject: { type: 'survey', id: survey.id, label: survey.title },
      details: { report: 'survey-responses', rows: rows.length },
    });
    return format === 'csv' ? Buffer.from(toCsv([header, ...rows], { bom: true })) : toXlsx(survey.title, header, rows);
  }

  /** The questions in the definition's order, a per-speaker section once per speaker answered about. */
  private async columns(survey: SurveyEntity, scope: ResponseScope): Promise<Column[]> {
    const pairs: { questionId: string; speakerId: string }[] = await this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT DISTINCT a.question_id AS "questionId", a.speaker_id AS "speakerId"
       FROM survey_answers a ${scope.join}
       WHERE a.survey_id = $1 AND ${scope.answers} AND a.speaker_id IS NOT NULL`,
      scope.params,
    );
    const people = await this.directory.byIds(pairs.map((pair) => pair.speakerId));
    const speakers = [...people.values()]
      .map((person): UserRef => ({ id: person.id, fullName: person.fullName }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));
    const answered = new Set(pairs.map((pair) => blockKey(pair.questionId, pair.speakerId)));
    return survey.definition.sections.flatMap((section) =>
      speakerBlocks(section, speakers, answered).flatMap((speaker) =>
        section.questions.flatMap((question): Column[] => {
          const about = speaker ? `Narasumber: ${speaker.fullName} - ` : '';
          if (question.kind === 'matrix') {
            return question.rows.map((row) => ({
              header: `${about}${question.text} - ${row.label}`,
              question,
              key: blockKey(question.id, speaker?.id ?? null, row.id),
            }));
          }
          return [{ header: `${about}${question.text}`, question, key: blockKey(question.id, speaker?.id ?? null) }];
        }),
      ),
    );
  }

  private responses(scope: ResponseScope, anonymous: boolean): Promise<ResponseRow[]> {
    const order = anonymous ? 'random()' : 'r.submitted_on, r.id';
    return this.dataSource.query(
      `SELECT r.id, to_char(r.submitted_on, 'YYYY-MM-DD') AS day, r.user_id AS "userId",
              r.institution_id AS "institutionId"
       FROM survey_responses r WHERE ${scope.responses} ORDER BY ${order}`,
      scope.params,
    );
  }

  private answers(scope: ResponseScope): Promise<AnswerRow[]> {
    return this.dataSource.query(
      `WITH scoped AS (SELECT r.id FROM survey_responses r WHERE ${scope.responses})
       SELECT a.response_id AS "responseId", a.question_id AS "questionId", a.speaker_id AS "speakerId",
              a.row_id AS "rowId", a.number_value::float8 AS number, a.choices, a.text_value AS text,
              to_char(a.date_value, 'YYYY-MM-DD') AS day
       FROM survey_answers a ${scope.join}
       WHERE a.survey_id = $1 AND ${scope.answers}`,
      scope.params,
    );
  }
}

/** One answer as a cell: points and numbers as numbers, choices by their labels, dates as words. */
function cell(question: SurveyQuestion, answer: AnswerRow | undefined): CsvCell {
  if (!answer) return null;
  if (answer.choices) {
    return answer.choices
      .map((choice) => {
        const label = choiceLabel(question, choice);
        return choice === 'lainnya' && answer.text ? `${label}: ${answer.text}` : label;
      })
      .join('; ');
  }
  if (answer.day) return dateLabel(answer.day);
  return answer.number ?? answer.text;
}
