import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { WebinarHooksService, type EndedWebinar, type WebinarCertificateGate } from '@bina-pustaka/api-webinar';
import { DataSource, In } from 'typeorm';
import { SurveyEntity, SurveyRespondentEntity, SurveyWebinarEvaluationEntity } from '../entities/survey.entity';
import { evaluationLink } from '../shared/evaluation-links';
import { webinarContextKey } from '../shared/survey-context-keys';

/**
 * The webinar evaluation's two hooks into webinars: when a session ends, its attendees are
 * offered the survey in the app, with its deadline if it has one (reminders/ follows up);
 * and a survey required for the certificate keeps those who have not answered it out of
 * the participant certificates.
 */
@Injectable()
export class WebinarEvaluationHooksService implements WebinarCertificateGate, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: WebinarHooksService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.hooks.onEnded((session) => this.offer(session));
    this.hooks.addCertificateGate(this);
  }

  /** Tells each attendee who has not answered yet, when the survey can be answered now (published, not closed). */
  async offer(session: EndedWebinar): Promise<void> {
    const evaluation = await this.evaluationOf(session.id);
    if (!evaluation || session.attendeeIds.length === 0) return;
    const survey = await this.dataSource.getRepository(SurveyEntity).findOneByOrFail({ id: evaluation.surveyId });
    if (survey.status !== 'published' || (survey.closesAt && survey.closesAt <= new Date())) return;
    const answered = await this.answeredAmong(evaluation, session.attendeeIds);
    const link = evaluationLink(survey.id, { webinarSessionId: session.id });
    await this.notifications.notifyMany(
      session.attendeeIds
        .filter((userId) => !answered.has(userId))
        .map((userId) => ({
          userId,
          kind: 'survey-evaluation' as const,
          params: {
            title: survey.title,
            sessionTitle: session.title,
            ...(survey.closesAt && { closesAt: survey.closesAt.toISOString() }),
          },
          link,
        })),
    );
  }

  async withheld(sessionId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const evaluation = await this.evaluationOf(sessionId);
    if (!evaluation?.requiredForCertificate || userIds.length === 0) return new Map();
    const answered = await this.answeredAmong(evaluation, userIds);
    return new Map(
      userIds.filter((userId) => !answered.has(userId)).map((userId) => [userId, 'survey.evaluationNotAnswered']),
    );
  }

  private evaluationOf(sessionId: string): Promise<SurveyWebinarEvaluationEntity | null> {
    return this.dataSource.getRepository(SurveyWebinarEvaluationEntity).findOneBy({ webinarSessionId: sessionId });
  }

  private async answeredAmong(
    evaluation: SurveyWebinarEvaluationEntity,
    userIds: readonly string[],
  ): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(SurveyRespondentEntity).findBy({
      surveyId: evaluation.surveyId,
      contextKey: webinarContextKey(evaluation.webinarSessionId),
      userId: In([...userIds]),
    });
    return new Set(rows.map((row) => row.userId));
  }
}
