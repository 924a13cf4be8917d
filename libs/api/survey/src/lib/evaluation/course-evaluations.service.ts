import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { CourseAudienceService, CourseMembershipService, CourseParticipationService } from '@bina-pustaka/api-learning';
import type { SurveyStep } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { SurveyCourseEvaluationEntity } from '../entities/survey.entity';
import { courseContextKey } from '../shared/survey-context-keys';
import { EvaluationSurveysService } from './evaluation-surveys.service';

/**
 * A course's evaluation: the survey its learners answer before it completes (the "survey"
 * completion condition, so before its certificate and JP). Those who edit the course set
 * it; its learners see it as the last step.
 */
@Injectable()
export class CourseEvaluationsService {
  private readonly logger = new Logger(CourseEvaluationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipationService,
    private readonly membership: CourseMembershipService,
    private readonly audience: CourseAudienceService,
    private readonly surveys: EvaluationSurveysService,
  ) {}

  /** Asks for the survey (replacing an earlier one): by the course's editors; an archived course takes no changes. */
  async attach(actor: Principal, courseId: string, surveyId: string): Promise<SurveyStep> {
    await this.editableCourse(actor, courseId);
    await this.surveys.attachable(actor, surveyId);
    await this.dataSource.query(
      `INSERT INTO survey_course_evaluations (course_id, survey_id) VALUES ($1, $2)
       ON CONFLICT (course_id) DO UPDATE SET survey_id = EXCLUDED.survey_id`,
      [courseId, surveyId],
    );
    return this.surveys.step(surveyId, actor.userId, courseContextKey(courseId), true);
  }

  /**
   * Asks for no survey any more. Learners who were only waiting for it complete now
   * (completion is otherwise weighed only when something of theirs changes).
   */
  async detach(actor: Principal, courseId: string): Promise<void> {
    await this.editableCourse(actor, courseId);
    const { affected } = await this.dataSource.getRepository(SurveyCourseEvaluationEntity).delete({ courseId });
    if (!affected) return;
    for (const userId of await this.audience.memberIds({ courseId })) {
      await this.participation
        .reevaluate(userId, courseId)
        .catch((error: Error) =>
          this.logger.error(
            `completion of ${userId} after course ${courseId}'s evaluation was removed: ${error.message}`,
          ),
        );
    }
  }

  /**
   * The evaluation step of a course, for its learners (answered or not) and those who run
   * it; 404 for anyone else, and when the course asks for no survey.
   */
  async stepFor(actor: Principal, courseId: string): Promise<SurveyStep> {
    if (!(await this.takesPart(actor, courseId))) throw new AppError(404, 'survey.evaluationNotFound');
    const evaluation = await this.dataSource.getRepository(SurveyCourseEvaluationEntity).findOneBy({ courseId });
    if (!evaluation) throw new AppError(404, 'survey.evaluationNotFound');
    return this.surveys.step(evaluation.surveyId, actor.userId, courseContextKey(courseId), true);
  }

  private async editableCourse(actor: Principal, courseId: string): Promise<void> {
    const course = await this.participation.editable(actor, courseId);
    if (course.status === 'archived') throw new AppError(409, 'courses.archived');
  }

  /** Enrolled (active or completed), or running it (its trainers, coordinators, admins; a draft's editors too). */
  private async takesPart(actor: Principal, courseId: string): Promise<boolean> {
    const membership = await this.membership.membership(actor, courseId);
    if (membership && membership.role !== 'none') return true;
    return this.participation.editable(actor, courseId).then(
      () => true,
      () => false,
    );
  }
}
