import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DashboardRegistryService,
  figure,
  type DashboardContribution,
  type DashboardScope,
} from '@bina-pustaka/api-platform';
import type { DashboardIkm } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';
import { SurveyIkmService } from '../results/survey-ikm.service';

/**
 * Responses of the period ($1 first day, $2 last day, both WIB days as kept), of one
 * institution ($3) when scoped, of a course category ($4) or cohort ($5) when filtered.
 */
const IN_SCOPE = `r.submitted_on BETWEEN $1::date AND $2::date
  AND ($3::uuid IS NULL OR r.institution_id = $3)
  AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM courses c WHERE c.id = r.course_id AND c.category = $4))
  AND ($5::uuid IS NULL OR r.cohort_id = $5)`;

/**
 * Surveys' part of the dashboard: responses of the period, and the IKM of each survey that
 * measures it (its Likert questions name IKM elements), as the survey's own IKM report
 * reads it (an anonymous survey by whole months; a small group held back).
 */
@Injectable()
export class SurveyDashboardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DashboardRegistryService,
    private readonly ikm: SurveyIkmService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'survey', contribute: (scope) => this.contribute(scope) });
  }

  async contribute(scope: DashboardScope): Promise<DashboardContribution> {
    const perSurvey: { surveyId: string; responses: number }[] = await this.dataSource.query(
      `SELECT r.survey_id AS "surveyId", count(*)::int AS responses FROM survey_responses r
        WHERE ${IN_SCOPE} GROUP BY r.survey_id`,
      [scope.fromDay, scope.toDay, scope.institutionId, scope.category, scope.cohortId],
    );
    const surveys = await this.dataSource
      .getRepository(SurveyEntity)
      .find({ where: { id: In(perSurvey.map((row) => row.surveyId)) }, order: { title: 'ASC', id: 'ASC' } });
    const measured = surveys.filter((survey) =>
      survey.definition.sections.some(
        (section) =>
          !section.perSpeaker &&
          section.questions.some((question) => question.kind === 'likert' && Boolean(question.ikmElement)),
      ),
    );
    // The IKM has no course filter: with one, only the responses are counted.
    const ikm: DashboardIkm[] | null =
      scope.category || scope.cohortId
        ? null
        : await Promise.all(
            measured.map(async (survey) => {
              const report = await this.ikm.report(survey, {
                by: 'year',
                from: scope.fromDay,
                to: scope.toDay,
                ...(scope.institutionId && { institutionId: scope.institutionId }),
              });
              return {
                surveyId: survey.id,
                title: survey.title,
                responses: report.overall.responseCount,
                ikm: report.overall.ikm,
                listHref: `/api/surveys/${survey.id}/ikm`,
              };
            }),
          );
    return {
      parts: {
        surveys: {
          responses: figure(
            perSurvey.reduce((sum, row) => sum + row.responses, 0),
            '/api/surveys',
          ),
          ikm,
        },
      },
    };
  }
}
