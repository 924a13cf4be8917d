import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseMembershipService, EnrolmentAccessService } from '@bina-pustaka/api-learning';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { WebinarLedgerReaderService } from '@bina-pustaka/api-webinar';
import type { Locale, SurveyContext, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { SurveyCourseEvaluationEntity, SurveyEntity, SurveyWebinarEvaluationEntity } from '../entities/survey.entity';

/** Where a signed-in person answers, and who the per-speaker sections ask about there. */
export interface AnswerContext {
  /** survey_respondents' context: '' standalone, 'course:<id>' or 'webinar:<id>'. */
  key: string;
  courseId: string | null;
  /** The learner's cohort (angkatan) in the course, to file the response. */
  cohortId: string | null;
  webinarSessionId: string | null;
  speakers: UserRef[];
}

export interface OpenedSurvey {
  survey: SurveyEntity;
  /** Coordinators, admins and the survey's creator: they may preview what others cannot answer yet. */
  manages: boolean;
}

const STANDALONE: AnswerContext = { key: '', courseId: null, cohortId: null, webinarSessionId: null, speakers: [] };

/**
 * Who may answer a signed-in survey, and in which context: standalone anyone signed in; a
 * course's evaluation its enrolled learners (learning's own check, with its sentences); a
 * webinar session's evaluation those who registered for it or were in its room.
 */
@Injectable()
export class SurveyContextsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrolments: EnrolmentAccessService,
    private readonly courses: CourseMembershipService,
    private readonly webinars: WebinarLedgerReaderService,
    private readonly directory: UserDirectoryService,
  ) {}

  /**
   * The survey as a signed-in respondent may see it. Drafts, templates and public surveys
   * (answered from their link) are only for those who manage surveys; anyone else: 404.
   */
  async open(actor: Principal, surveyId: string): Promise<OpenedSurvey> {
    const survey = await this.dataSource.getRepository(SurveyEntity).findOneBy({ id: surveyId });
    const manages =
      actor.roles.includes('coordinator') || actor.roles.includes('admin') || survey?.createdBy === actor.userId;
    const answerable = survey && !survey.isTemplate && survey.status !== 'draft' && survey.audience === 'signed-in';
    if (!survey || (!answerable && !manages)) throw new AppError(404, 'survey.notFound');
    return { survey, manages };
  }

  /**
   * The context asked for, checked. A preview (the form shown to someone who manages the
   * survey) fills in the speakers without asking whether the viewer takes part.
   */
  async resolve(
    actor: Principal,
    survey: SurveyEntity,
    asked: Partial<SurveyContext>,
    locale: Locale,
    preview = false,
  ): Promise<AnswerContext> {
    const courseId = asked.courseId ?? null;
    const webinarSessionId = asked.webinarSessionId ?? null;
    if (courseId && webinarSessionId) throw new AppError(422, 'survey.oneContext');
    if (courseId) return this.course(actor, survey, courseId, locale, preview);
    if (webinarSessionId) return this.webinar(actor, survey, webinarSessionId, preview);
    return STANDALONE;
  }

  private async course(
    actor: Principal,
    survey: SurveyEntity,
    courseId: string,
    locale: Locale,
    preview: boolean,
  ): Promise<AnswerContext> {
    const evaluation = await this.dataSource
      .getRepository(SurveyCourseEvaluationEntity)
      .findOneBy({ courseId, surveyId: survey.id });
    if (!evaluation) throw new AppError(404, 'survey.notForCourse');
    const cohortId = preview ? null : await this.enrolments.cohortId(actor.userId, courseId, locale);
    return {
      key: `course:${courseId}`,
      courseId,
      cohortId,
      webinarSessionId: null,
      speakers: await this.courses.trainers(courseId),
    };
  }

  private async webinar(
    actor: Principal,
    survey: SurveyEntity,
    webinarSessionId: string,
    preview: boolean,
  ): Promise<AnswerContext> {
    const evaluation = await this.dataSource
      .getRepository(SurveyWebinarEvaluationEntity)
      .findOneBy({ webinarSessionId, surveyId: survey.id });
    if (!evaluation) throw new AppError(404, 'survey.notForWebinar');
    if (!preview && !(await this.webinars.tookPart(webinarSessionId, actor.userId))) {
      throw new AppError(403, 'survey.notAttended');
    }
    // A session held for a course (or one cohort of it) files its responses there too.
    const session = await this.webinars.session(webinarSessionId);
    return {
      key: `webinar:${webinarSessionId}`,
      courseId: session?.courseId ?? null,
      cohortId: session?.cohortId ?? null,
      webinarSessionId,
      speakers: await this.presenters(webinarSessionId),
    };
  }

  /** The session's narasumber (its presenters), by name. */
  private async presenters(sessionId: string): Promise<UserRef[]> {
    const ids = (await this.webinars.staff(sessionId)).filter((s) => s.role === 'presenter').map((s) => s.userId);
    const people = await this.directory.byIds(ids);
    return ids
      .flatMap((id) => {
        const person = people.get(id);
        return person ? [{ id, fullName: person.fullName }] : [];
      })
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id') || a.id.localeCompare(b.id));
  }
}
