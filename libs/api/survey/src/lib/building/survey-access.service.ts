import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Role, SurveyAbilities } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';

/** Coordinators and admins manage and read every survey. */
export const isSurveyStaff = (roles: readonly Role[]) => roles.includes('coordinator') || roles.includes('admin');

/** Who builds surveys: trainers and the staff. */
export const isSurveyBuilder = (roles: readonly Role[]) => isSurveyStaff(roles) || roles.includes('trainer');

/**
 * Who may do what with a survey. The staff manage and read every survey, a trainer the
 * ones they made; templates are read (and copied) by every builder and changed by no one.
 * Anything else answers 404, so a stranger cannot tell a survey is there.
 */
@Injectable()
export class SurveyAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  abilities(actor: Principal, survey: SurveyEntity): SurveyAbilities {
    const own = isSurveyStaff(actor.roles) || (survey.createdBy !== null && survey.createdBy === actor.userId);
    return { manage: own && !survey.isTemplate, readResults: own && !survey.isTemplate };
  }

  /** A survey the viewer may read (its builder, the staff; a template: any builder), else 404. */
  async findReadable(actor: Principal, surveyId: string, manager?: EntityManager): Promise<SurveyEntity> {
    const survey = await this.load(surveyId, manager, false);
    if (!this.mayRead(actor, survey)) throw new AppError(404, 'survey.notFound');
    return survey;
  }

  /**
   * A survey the viewer may change: 404 when they may not read it, 409 for a template.
   * With a transaction's manager the row is locked, so a response stored at the same
   * time (which counts itself under this lock) cannot slip past the rules of a change.
   */
  async findManageable(actor: Principal, surveyId: string, manager?: EntityManager): Promise<SurveyEntity> {
    const survey = await this.load(surveyId, manager, Boolean(manager));
    if (!this.mayRead(actor, survey)) throw new AppError(404, 'survey.notFound');
    if (survey.isTemplate) throw new AppError(409, 'survey.templateReadOnly');
    if (!this.abilities(actor, survey).manage) throw new AppError(404, 'survey.notFound');
    return survey;
  }

  /** A survey whose results, IKM and exports the viewer may read (its builder, the staff), else 404. */
  async findWithResults(actor: Principal, surveyId: string): Promise<SurveyEntity> {
    const survey = await this.load(surveyId, undefined, false);
    if (!this.mayRead(actor, survey) || !this.abilities(actor, survey).readResults) {
      throw new AppError(404, 'survey.notFound');
    }
    return survey;
  }

  /** A trainer reads only their own evaluations as a speaker; someone else's as if there were none (404). */
  assertReadsSpeaker(actor: Principal, speakerId: string): void {
    if (!isSurveyStaff(actor.roles) && actor.userId !== speakerId) throw new AppError(404, 'survey.speakerNotFound');
  }

  private mayRead(actor: Principal, survey: SurveyEntity | null): survey is SurveyEntity {
    if (!survey || !isSurveyBuilder(actor.roles)) return false;
    return survey.isTemplate || isSurveyStaff(actor.roles) || survey.createdBy === actor.userId;
  }

  private load(surveyId: string, manager: EntityManager | undefined, lock: boolean): Promise<SurveyEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(SurveyEntity).findOne({
      where: { id: surveyId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}
