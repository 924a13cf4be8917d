import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { SurveyStep } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SurveyEntity, SurveyRespondentEntity } from '../entities/survey.entity';

const isStaff = (actor: Pick<Principal, 'roles'>) =>
  actor.roles.includes('coordinator') || actor.roles.includes('admin');

/**
 * The surveys a course or webinar session may ask for as its evaluation, and the step a
 * participant sees. Read straight from the survey rows, the same rule as the builder's:
 * coordinators and admins may use any survey, a trainer their own.
 */
@Injectable()
export class EvaluationSurveysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The survey if it can be this person's evaluation: 404 when they may not read it; 422
   * for a template, a public survey (answers without a name cannot open a gate) or one
   * that is closed (by its status or its closing time), as nobody could answer it.
   */
  async attachable(
    actor: Pick<Principal, 'userId' | 'roles'>,
    surveyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SurveyEntity> {
    const survey = await manager.getRepository(SurveyEntity).findOneBy({ id: surveyId });
    if (!survey || (!isStaff(actor) && survey.createdBy !== actor.userId)) throw new AppError(404, 'survey.notFound');
    const title = { title: survey.title };
    if (survey.isTemplate) throw new AppError(422, 'survey.evaluationTemplate', title);
    if (survey.audience !== 'signed-in') throw new AppError(422, 'survey.evaluationPublic', title);
    if (survey.status === 'closed' || (survey.closesAt && survey.closesAt <= new Date())) {
      throw new AppError(422, 'survey.evaluationClosed', title);
    }
    return survey;
  }

  async answered(
    surveyId: string,
    userId: string,
    contextKey: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.getRepository(SurveyRespondentEntity).existsBy({ surveyId, userId, contextKey });
  }

  /** The step as this person sees it: whether they have answered it in this context. */
  async step(surveyId: string, userId: string, contextKey: string, required: boolean): Promise<SurveyStep> {
    const survey = await this.dataSource.getRepository(SurveyEntity).findOneByOrFail({ id: surveyId });
    return {
      surveyId,
      title: survey.title,
      answered: await this.answered(surveyId, userId, contextKey),
      required,
    };
  }
}
