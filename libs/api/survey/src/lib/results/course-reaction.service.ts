import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@bina-pustaka/api-platform';
import { CourseAudienceService, CourseParticipationService } from '@bina-pustaka/api-learning';
import { type CourseReaction, type CourseReactionGroup, type SurveyDefinition } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { SurveyCourseEvaluationEntity, SurveyEntity } from '../entities/survey.entity';
import { round } from './ikm';
import { responseScope } from './response-scope';
import { groupsHeldBack, type GroupJudgement } from './small-groups';
import { SurveyResultsService } from './survey-results.service';
import { resultStatements } from './survey-results.statements';

interface ReactionRow {
  cohortId: string | null;
  overall: boolean;
  respondents: number;
  score: number | null;
}

/**
 * A course's reaction (what its learners said in its evaluation survey) per cohort, to read
 * beside its learning gain: for those who may read that gain (the course's editors). A
 * course without an evaluation survey answers with no survey and no cohorts. An anonymous
 * survey's group shows how many answered but no score when its results page would (small-groups.ts).
 */
@Injectable()
export class CourseReactionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipationService,
    private readonly audience: CourseAudienceService,
    private readonly results: SurveyResultsService,
  ) {}

  async reaction(actor: Principal, courseId: string): Promise<CourseReaction> {
    await this.participation.editable(actor, courseId);
    const evaluation = await this.dataSource.getRepository(SurveyCourseEvaluationEntity).findOneBy({ courseId });
    const survey = evaluation
      ? await this.dataSource.getRepository(SurveyEntity).findOneByOrFail({ id: evaluation.surveyId })
      : null;
    if (!survey) {
      return { courseId, surveyId: null, surveyTitle: null, cohorts: [], overall: group(null, '', 0, null, false) };
    }
    const statement = resultStatements.courseReaction(survey.id, courseId, scaledQuestions(survey.definition));
    const [rows, course]: [ReactionRow[], GroupJudgement] = await Promise.all([
      this.dataSource.query(statement.sql, statement.params),
      this.results.judgeGroup(survey, responseScope(survey.id, { courseId })),
    ]);
    const names = await this.audience.cohorts(rows.flatMap((row) => (row.cohortId ? [row.cohortId] : [])));
    // The cohorts are the course's results page cut by cohort, and the whole course that page
    // filtered by course: both held back as those views would be (small-groups.ts).
    const cohortRows = rows.filter((row) => !row.overall);
    const heldBack = groupsHeldBack(
      survey.anonymous,
      cohortRows.map((row) => ({ key: row.cohortId, count: row.respondents })),
    );
    const view = (row: ReactionRow | undefined, cohortId: string | null): CourseReactionGroup => {
      const respondents = row?.respondents ?? 0;
      const hidden = row?.overall ? course.hidden : heldBack.has(cohortId);
      const score = hidden || row?.score == null ? null : round(row.score, 1);
      return group(cohortId, (cohortId && names.get(cohortId)?.name) || '', respondents, score, hidden);
    };
    return {
      courseId,
      surveyId: survey.id,
      surveyTitle: survey.title,
      cohorts: cohortRows
        .map((row) => view(row, row.cohortId))
        .sort((a, b) => sortName(a).localeCompare(sortName(b), 'id')),
      overall: view(
        rows.find((row) => row.overall),
        null,
      ),
    };
  }
}

/** The Likert and matrix questions (speaker blocks too) with their scale's points. */
function scaledQuestions(definition: SurveyDefinition): { ids: string[]; points: number[] } {
  const scaled = definition.sections
    .flatMap((section) => section.questions)
    .flatMap((question) => (question.kind === 'likert' || question.kind === 'matrix' ? [question] : []));
  return { ids: scaled.map((question) => question.id), points: scaled.map((question) => question.scale.points) };
}

const group = (
  cohortId: string | null,
  cohortName: string,
  respondents: number,
  reactionScore: number | null,
  hidden: boolean,
): CourseReactionGroup => ({ cohortId, cohortName, respondents, reactionScore, hidden });

/** Cohorts by name; responses filed under no cohort last. */
const sortName = (row: CourseReactionGroup) => (row.cohortId ? row.cohortName : '\uffff');
