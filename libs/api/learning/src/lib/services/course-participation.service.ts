import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@bina-pustaka/api-platform';
import type { CourseStatus, Locale } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CompletionConditionsService } from '../conditions/completion-conditions';
import { EnrolmentEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CourseModuleEntity } from '../entities/course-module.entity';
import { CourseCompletionEntity, JpLedgerEntryEntity } from '../entities/progress.entity';
import { CourseAccessService } from './course-access.service';
import { CourseCompletionsService } from './course-completions.service';

export interface EditableCourse {
  id: string;
  title: string;
  status: CourseStatus;
}

/**
 * What other domains that live inside courses (quizzes, later webinars and surveys) may
 * ask of learning: who edits a course, and to evaluate a learner's completion again after
 * something outside learning changed (whether a learner may work in it now is
 * EnrolmentAccessService's).
 */
@Injectable()
export class CourseParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly conditions: CompletionConditionsService,
    private readonly completions: CourseCompletionsService,
  ) {}

  /** The course if this person may edit it (404 unknown, 403 not theirs). */
  async editable(actor: Principal, courseId: string): Promise<EditableCourse> {
    const { id, title, status } = await this.access.editable(actor, courseId);
    return { id, title, status };
  }

  async moduleCourseId(moduleId: string): Promise<string | null> {
    const module = await this.dataSource.getRepository(CourseModuleEntity).findOneBy({ id: moduleId });
    return module?.courseId ?? null;
  }

  /**
   * Evaluates the course's conditions for a learner again (e.g. after a quiz was passed)
   * and completes the course when they are now met. Answers whether it completed now.
   */
  async reevaluate(userId: string, courseId: string, locale: Locale = 'id'): Promise<boolean> {
    const completed = await this.dataSource.transaction((manager) =>
      this.completeIfMet(manager, userId, courseId, locale),
    );
    if (completed) await this.completions.notifyCompleted({ userId, courseId });
    return completed;
  }

  /**
   * Under a lock on the enrolment: when every condition of the course is met, the course
   * is completed and its JP recorded. A second call finds it completed and does nothing.
   */
  async completeIfMet(manager: EntityManager, userId: string, courseId: string, locale: Locale): Promise<boolean> {
    const enrolment = await manager.getRepository(EnrolmentEntity).findOne({
      where: { userId, courseId, status: 'active' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!enrolment) return false;
    const course = await manager.getRepository(CourseEntity).findOneByOrFail({ id: courseId });
    const states = await this.conditions.evaluate({ userId, course, manager, locale, forLearner: false });
    if (!states.every((state) => state.met)) return false;
    const completedAt = new Date();
    await manager.getRepository(EnrolmentEntity).update(enrolment.id, { status: 'completed', completedAt });
    await manager
      .createQueryBuilder()
      .insert()
      .into(CourseCompletionEntity)
      .values({ userId, courseId, enrolmentId: enrolment.id, jp: course.jp, completedAt })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(JpLedgerEntryEntity)
      .values({
        userId,
        source: 'course',
        sourceId: courseId,
        title: course.title,
        jp: course.jp,
        earnedAt: completedAt,
      })
      .orIgnore()
      .execute();
    return true;
  }
}
