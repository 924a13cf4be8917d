import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Role } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';

/** Coordinators and admins read every survey's results and every speaker's evaluations. */
export const readsAll = (roles: readonly Role[]) => roles.includes('coordinator') || roles.includes('admin');

/**
 * Who may read a survey's results, IKM and exports: coordinators and admins every survey, a
 * trainer the surveys they created; to anyone else the survey does not exist (404). Learners
 * never reach here (the routes ask for an author's role). The building stage's access rules
 * are to take this over when they land, so one place decides who reads a survey.
 */
@Injectable()
export class SurveyResultsAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readable(actor: Principal, surveyId: string): Promise<SurveyEntity> {
    const survey = await this.dataSource.getRepository(SurveyEntity).findOneBy({ id: surveyId });
    if (!survey || (!readsAll(actor.roles) && survey.createdBy !== actor.userId)) {
      throw new AppError(404, 'survey.notFound');
    }
    return survey;
  }

  /** A trainer reads only their own evaluations; someone else's answer as if there were none (404). */
  assertReadsSpeaker(actor: Principal, speakerId: string): void {
    if (!readsAll(actor.roles) && actor.userId !== speakerId) throw new AppError(404, 'survey.speakerNotFound');
  }
}
