import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import type { Locale } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { CohortEntity, EnrolmentEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';

/** A learner's live enrolment in a course they may work in now. */
export interface LearnerAccess {
  course: CourseEntity;
  enrolment: EnrolmentEntity;
  cohort: CohortEntity;
}

/**
 * The one check of whether a learner may work in a course now: the course player and
 * every domain living inside courses (quizzes; later surveys) ask it here, so they all
 * refuse the same people with the same words.
 */
@Injectable()
export class EnrolmentAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The learner's enrolment (pending, active or completed) in a course that is not a draft,
   * in a cohort that has started; otherwise the refusal: 403 not enrolled, 404 a draft,
   * 403 still pending, 403 the cohort starts on a later date.
   */
  async open(userId: string, courseId: string, locale: Locale): Promise<LearnerAccess> {
    const course = await this.dataSource.getRepository(CourseEntity).findOneBy({ id: courseId });
    const enrolment = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .where('e.userId = :userId AND e.courseId = :courseId', { userId, courseId })
      .andWhere(`e.status IN ('pending', 'active', 'completed')`)
      .getOne();
    if (!course || !enrolment) throw new AppError(403, 'learn.notEnrolled');
    if (course.status === 'draft') throw new AppError(404, 'learn.notAvailable');
    if (enrolment.status === 'pending') throw new AppError(403, 'learn.enrolmentPending');
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneByOrFail({ id: enrolment.cohortId });
    if (cohort.startsAt > new Date()) {
      throw new AppError(403, 'learn.cohortNotStarted', { date: formatDateTime(cohort.startsAt, locale) });
    }
    return { course, enrolment, cohort };
  }

  /** For other domains: the cohort of a learner who may work in the course now, or the refusal of `open`. */
  async cohortId(userId: string, courseId: string, locale: Locale): Promise<string> {
    return (await this.open(userId, courseId, locale)).cohort.id;
  }
}
