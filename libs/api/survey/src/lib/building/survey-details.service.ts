import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { containsPattern, type Principal } from '@bina-pustaka/api-platform';
import type { Page, SurveyDetail, SurveyStatus, SurveySummary } from '@bina-pustaka/shared-contracts';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';
import { surveyDetailView, surveySummaryView, type Names, type SurveyUses } from '../shared/survey-views';
import { isSurveyStaff, SurveyAccessService } from './survey-access.service';

export interface SurveyListQuery {
  page: number;
  pageSize: number;
  status?: SurveyStatus;
  templates?: 'true' | 'false';
  q?: string;
}

/** Every column but the definition, which a list does not show. */
const SUMMARY_COLUMNS = [
  'id',
  'title',
  'status',
  'audience',
  'anonymous',
  'templateKey',
  'isTemplate',
  'responseCount',
  'opensAt',
  'closesAt',
  'createdBy',
  'updatedAt',
].map((column) => `s.${column}`);

/** Reading surveys: the builders' list and one survey with where it is used. */
@Injectable()
export class SurveyDetailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SurveyAccessService,
    private readonly directory: UserDirectoryService,
  ) {}

  /** The staff see every survey, a trainer theirs; both see the templates. Newest change first. */
  async list(actor: Principal, query: SurveyListQuery): Promise<Page<SurveySummary>> {
    const builder = this.dataSource.getRepository(SurveyEntity).createQueryBuilder('s').select(SUMMARY_COLUMNS);
    if (!isSurveyStaff(actor.roles)) {
      builder.andWhere(
        new Brackets((mine) => mine.where('s.isTemplate').orWhere('s.createdBy = :me', { me: actor.userId })),
      );
    }
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    if (query.templates) builder.andWhere('s.isTemplate = :templates', { templates: query.templates === 'true' });
    if (query.q) builder.andWhere('s.title ILIKE :pattern', { pattern: containsPattern(query.q) });
    const [surveys, total] = await builder
      .orderBy('s.updatedAt', 'DESC')
      .addOrderBy('s.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const names = await this.names(surveys);
    return {
      items: surveys.map((survey) => surveySummaryView(survey, names)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(actor: Principal, surveyId: string): Promise<SurveyDetail> {
    const survey = await this.access.findReadable(actor, surveyId);
    return surveyDetailView(
      survey,
      await this.names([survey]),
      await this.uses(surveyId),
      this.access.abilities(actor, survey),
    );
  }

  /** The courses and webinar sessions that ask for the survey as their evaluation. */
  async uses(surveyId: string, manager: EntityManager = this.dataSource.manager): Promise<SurveyUses> {
    const courses: SurveyUses['courses'] = await manager.query(
      `SELECT c.id, c.title FROM survey_course_evaluations e JOIN courses c ON c.id = e.course_id
        WHERE e.survey_id = $1 ORDER BY c.title, c.id`,
      [surveyId],
    );
    const webinarSessions: SurveyUses['webinarSessions'] = await manager.query(
      `SELECT w.id, w.title, e.required_for_certificate AS "requiredForCertificate"
         FROM survey_webinar_evaluations e JOIN webinar_sessions w ON w.id = e.webinar_session_id
        WHERE e.survey_id = $1 ORDER BY w.starts_at, w.id`,
      [surveyId],
    );
    return { courses, webinarSessions };
  }

  private async names(surveys: readonly SurveyEntity[]): Promise<Names> {
    const ids = [...new Set(surveys.flatMap((survey) => (survey.createdBy ? [survey.createdBy] : [])))];
    const people = await this.directory.byIds(ids);
    return new Map([...people.values()].map((person) => [person.id, person.fullName]));
  }
}
