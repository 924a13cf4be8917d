import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { SurveyAudience, SurveyDefinition, SurveyStatus } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';
import { structureChange, type StructureChange } from './definition-structure';
import { SurveyAccessService } from './survey-access.service';
import { SurveyDetailsService } from './survey-details.service';

interface SurveySettings {
  title: string;
  description: string;
  anonymous: boolean;
  opensAt: string | null;
  closesAt: string | null;
  responseLimit: number | null;
}

/** A blank survey (`definition`) or a copy of a template or another survey (`fromSurveyId`). */
export interface NewSurvey extends SurveySettings {
  audience: SurveyAudience;
  definition?: SurveyDefinition;
  fromSurveyId?: string;
}

export type SurveyChanges = Partial<SurveySettings> & { definition?: SurveyDefinition };

/** The status changes a survey may make; staying as it is is always fine. */
const NEXT_STATUS: Record<SurveyStatus, readonly SurveyStatus[]> = {
  draft: ['published'],
  published: ['closed', 'draft'],
  closed: ['published'],
};

/** A public link's key: 10 lowercase letters and digits (36^10 ≈ 3.7e15), unguessable and easy to type. */
const SLUG_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SLUG_LENGTH = 10;

const toDate = (value: string | null | undefined) => (value ? new Date(value) : value);

/** Why a definition cannot replace one that has been answered, in the builder's words. */
function wordingOnlyError(change: StructureChange): AppError {
  if (change.what === 'section')
    return new AppError(409, 'survey.wordingOnlySection', { section: change.sectionTitle });
  if (change.what === 'added') return new AppError(409, 'survey.wordingOnlyAdded', { question: change.questionText });
  return new AppError(409, 'survey.wordingOnly', { question: change.questionText });
}

/**
 * Building surveys: made blank or copied, changed (once answered, only in wording, so the
 * results stay comparable), published, closed, reopened and deleted. Each write that
 * depends on the responses locks the survey's row, as storing a response does.
 */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SurveyAccessService,
    private readonly details: SurveyDetailsService,
    private readonly audit: AuditTrailService,
  ) {}

  async create(actor: Principal, input: NewSurvey): Promise<string> {
    const source = input.fromSurveyId ? await this.access.findReadable(actor, input.fromSurveyId) : null;
    const definition = source?.definition ?? input.definition;
    if (!definition) throw new AppError(400, 'validation.surveyDefinitionOrCopy');
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const survey = await manager.getRepository(SurveyEntity).save({
        title: input.title,
        description: input.description || source?.description || '',
        status: 'draft',
        audience: input.audience,
        anonymous: input.anonymous,
        templateKey: source?.templateKey ?? null,
        isTemplate: false,
        definition,
        publicSlug: input.audience === 'public' ? await this.newSlug(manager) : null,
        opensAt: toDate(input.opensAt) ?? null,
        closesAt: toDate(input.closesAt) ?? null,
        responseLimit: input.responseLimit,
        responseCount: 0,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(
        {
          action: 'survey.created',
          actor,
          subject: { type: 'survey', id: survey.id, label: survey.title },
          details: { audience: survey.audience, templateKey: survey.templateKey },
        },
        manager,
      );
      return survey.id;
    });
  }

  async update(actor: Principal, surveyId: string, changes: SurveyChanges): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const survey = await this.access.findManageable(actor, surveyId, manager);
      if (survey.audience === 'public' && changes.anonymous === false) {
        throw new AppError(422, 'validation.surveyPublicNamed');
      }
      if (survey.responseCount > 0) {
        if (changes.anonymous !== undefined && changes.anonymous !== survey.anonymous) {
          throw new AppError(409, 'survey.anonymousFixed');
        }
        const change = changes.definition && structureChange(survey.definition, changes.definition);
        if (change) throw wordingOnlyError(change);
      }
      const opensAt = changes.opensAt === undefined ? survey.opensAt : toDate(changes.opensAt);
      const closesAt = changes.closesAt === undefined ? survey.closesAt : toDate(changes.closesAt);
      // The request checks its own window; one end changed alone is checked against the other here.
      if (opensAt && closesAt && opensAt >= closesAt) throw new AppError(400, 'validation.surveyWindow');
      await manager.getRepository(SurveyEntity).update(survey.id, {
        ...changes,
        opensAt,
        closesAt,
        updatedAt: new Date(),
      });
    });
  }

  async changeStatus(actor: Principal, surveyId: string, status: SurveyStatus): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const survey = await this.access.findManageable(actor, surveyId, manager);
      if (survey.status === status) return;
      if (!NEXT_STATUS[survey.status].includes(status)) {
        throw new AppError(409, status === 'closed' ? 'survey.closeDraft' : 'survey.closedToDraft');
      }
      if (status === 'draft' && survey.responseCount > 0) throw new AppError(409, 'survey.answeredToDraft');
      await manager.getRepository(SurveyEntity).update(survey.id, { status, updatedAt: new Date() });
      await this.audit.record(
        {
          action: 'survey.status.changed',
          actor,
          subject: { type: 'survey', id: survey.id, label: survey.title },
          details: { before: survey.status, after: status },
        },
        manager,
      );
    });
  }

  /** Only a survey nobody has answered and no course or webinar session asks for. */
  async remove(actor: Principal, surveyId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const survey = await this.access.findManageable(actor, surveyId, manager);
      if (survey.responseCount > 0) {
        throw new AppError(409, 'survey.deleteAnswered', { count: survey.responseCount });
      }
      const uses = await this.details.uses(survey.id, manager);
      const usedBy = uses.courses[0]?.title ?? uses.webinarSessions[0]?.title;
      if (usedBy !== undefined) throw new AppError(409, 'survey.deleteInUse', { title: usedBy });
      await manager.getRepository(SurveyEntity).delete(survey.id);
      await this.audit.record(
        {
          action: 'survey.deleted',
          actor,
          subject: { type: 'survey', id: survey.id, label: survey.title },
          details: {},
        },
        manager,
      );
    });
  }

  /** A fresh public key; the UNIQUE column backs the check against a race. */
  private async newSlug(manager: EntityManager): Promise<string> {
    for (;;) {
      const slug = Array.from({ length: SLUG_LENGTH }, () => SLUG_ALPHABET[randomInt(SLUG_ALPHABET.length)]).join('');
      if (!(await manager.getRepository(SurveyEntity).existsBy({ publicSlug: slug }))) return slug;
    }
  }
}
