import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { WebinarLedgerReaderService, WebinarSessionAccessService } from '@bina-pustaka/api-webinar';
import type { SurveyStep } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { SurveyWebinarEvaluationEntity } from '../entities/survey.entity';
import { webinarContextKey } from '../shared/survey-context-keys';
import { EvaluationSurveysService } from './evaluation-surveys.service';
import { WebinarEvaluationHooksService } from './webinar-evaluation-hooks.service';

/**
 * A webinar session's evaluation: offered to its attendees when it ends, and, when the
 * session says so, required for its participant certificate. Those who manage the session
 * (its author, hosts, coordinators, admins) set it.
 */
@Injectable()
export class WebinarEvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: WebinarSessionAccessService,
    private readonly surveys: EvaluationSurveysService,
    private readonly ledger: WebinarLedgerReaderService,
    private readonly hooks: WebinarEvaluationHooksService,
  ) {}

  /**
   * Offers the survey (replacing an earlier one or its setting); a cancelled session takes
   * none. A survey new to a session that has already ended is offered to its attendees now.
   */
  async attach(
    actor: Principal,
    sessionId: string,
    request: { surveyId: string; requiredForCertificate: boolean },
  ): Promise<SurveyStep> {
    const session = await this.sessions.managed(actor, sessionId);
    if (session.status === 'cancelled') throw new AppError(409, 'webinar.cancelled');
    await this.surveys.attachable(actor, request.surveyId);
    const before = await this.dataSource
      .getRepository(SurveyWebinarEvaluationEntity)
      .findOneBy({ webinarSessionId: sessionId });
    await this.dataSource.query(
      `INSERT INTO survey_webinar_evaluations (webinar_session_id, survey_id, required_for_certificate)
       VALUES ($1, $2, $3)
       ON CONFLICT (webinar_session_id)
       DO UPDATE SET survey_id = EXCLUDED.survey_id, required_for_certificate = EXCLUDED.required_for_certificate`,
      [sessionId, request.surveyId, request.requiredForCertificate],
    );
    if (session.status === 'ended' && before?.surveyId !== request.surveyId) {
      const attendance = await this.ledger.settledAttendance(sessionId);
      await this.hooks.offer({
        ...session,
        attendeeIds: attendance.filter((row) => row.role === 'attendee').map((row) => row.userId),
      });
    }
    return this.surveys.step(
      request.surveyId,
      actor.userId,
      webinarContextKey(sessionId),
      request.requiredForCertificate,
    );
  }

  async detach(actor: Principal, sessionId: string): Promise<void> {
    await this.sessions.managed(actor, sessionId);
    await this.dataSource.getRepository(SurveyWebinarEvaluationEntity).delete({ webinarSessionId: sessionId });
  }

  /** The step for those who take part in the session (or attended it); 404 for others and when it has none. */
  async stepFor(actor: Principal, sessionId: string): Promise<SurveyStep> {
    await this.sessions.participating(actor, sessionId);
    const evaluation = await this.dataSource
      .getRepository(SurveyWebinarEvaluationEntity)
      .findOneBy({ webinarSessionId: sessionId });
    if (!evaluation) throw new AppError(404, 'survey.evaluationNotFound');
    return this.surveys.step(
      evaluation.surveyId,
      actor.userId,
      webinarContextKey(sessionId),
      evaluation.requiredForCertificate,
    );
  }
}
