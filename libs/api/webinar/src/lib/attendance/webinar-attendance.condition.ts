import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CompletionConditionsService,
  CourseAudienceService,
  type CompletionCondition,
  type CompletionContext,
} from '@bina-pustaka/api-learning';
import { translate } from '@bina-pustaka/api-platform';
import type { CompletionRules } from '@bina-pustaka/shared-contracts';
import { In, Not, type EntityManager } from 'typeorm';
import { WebinarAttendanceEntity } from '../entities/webinar-attendance.entity';
import { WebinarSessionEntity } from '../entities/webinar-session.entity';

type CourseWithRules = { id: string; completionRules: Pick<CompletionRules, 'minWebinarAttendancePercent'> };

/**
 * "Attended at least N% of the course's webinars": every session of the course meant for
 * the learner (the whole course, or their cohort) has ended and the learner's settled
 * attendance in it reaches the course's threshold.
 */
@Injectable()
export class WebinarAttendanceCondition implements CompletionCondition, OnModuleInit {
  readonly kind = 'webinar-attendance' as const;

  constructor(
    private readonly conditions: CompletionConditionsService,
    private readonly audience: CourseAudienceService,
  ) {}

  onModuleInit(): void {
    this.conditions.register(this);
  }

  appliesTo(course: CourseWithRules): boolean {
    return course.completionRules.minWebinarAttendancePercent !== null;
  }

  async evaluate({ userId, course, manager, locale }: CompletionContext) {
    const threshold = (course as CourseWithRules).completionRules.minWebinarAttendancePercent ?? 0;
    const sessions = await this.sessionsFor(manager, course.id, userId);
    const attended = await manager.getRepository(WebinarAttendanceEntity).findBy({
      sessionId: In(sessions.map((session) => session.id)),
      userId,
    });
    const percentOf = new Map(attended.map((row) => [row.sessionId, row.percent]));
    const reached = sessions.filter(
      (session) => session.attendanceSettledAt !== null && (percentOf.get(session.id) ?? 0) >= threshold,
    ).length;
    return {
      // A course that requires webinars but has none scheduled yet is not complete.
      met: sessions.length > 0 && reached === sessions.length,
      detail: translate(locale, 'conditions.webinarAttendance', { reached, total: sessions.length, threshold }),
    };
  }

  private async sessionsFor(manager: EntityManager, courseId: string, userId: string) {
    const sessions = await manager
      .getRepository(WebinarSessionEntity)
      .findBy({ courseId, status: Not('cancelled'), audience: In(['course', 'cohort']) });
    const { cohortIds } = await this.audience.memberships(userId);
    return sessions.filter((session) => session.audience === 'course' || cohortIds.includes(session.cohortId ?? ''));
  }
}
