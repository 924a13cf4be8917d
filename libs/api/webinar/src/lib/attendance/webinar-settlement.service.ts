import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import { CourseParticipationService, JpCreditsService } from '@bina-pustaka/api-learning';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';
import type { SessionSettlement } from '../room/webinar-lifecycle.service';
import { WebinarAttendanceService } from './webinar-attendance.service';
import { WebinarHooksService } from './webinar-hooks.service';

/**
 * After the end: settles the ledger, then lets the course's completion rules look at it
 * (a course's session) or credits the session's JP to attendees who stayed long enough
 * (a standalone one), and last tells the hooked domains (an evaluation survey offered).
 */
@Injectable()
export class WebinarSettlementService implements SessionSettlement {
  private readonly logger = new Logger(WebinarSettlementService.name);

  constructor(
    private readonly attendance: WebinarAttendanceService,
    private readonly participation: CourseParticipationService,
    private readonly jpCredits: JpCreditsService,
    private readonly hooks: WebinarHooksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settle(session: WebinarSessionEntity): Promise<void> {
    const settled = await this.attendance.settle(session);
    await this.credit(session, settled);
    await this.hooks.ended({
      id: session.id,
      title: session.title,
      courseId: session.courseId,
      attendeeIds: settled.filter((row) => row.role === 'attendee').map((row) => row.userId),
    });
  }

  private async credit(
    session: WebinarSessionEntity,
    settled: Awaited<ReturnType<WebinarAttendanceService['settle']>>,
  ): Promise<void> {
    if (!session.courseId) {
      const earned = settled.filter(
        (row) => row.role === 'attendee' && row.percent >= this.config.webinar.jpMinPercent,
      );
      await this.jpCredits.creditWebinar(
        earned.map((row) => ({
          userId: row.userId,
          sourceId: session.id,
          title: session.title,
          jp: session.jp,
          earnedAt: session.endedAt ?? new Date(),
        })),
      );
      return;
    }
    for (const row of settled) {
      await this.participation
        .reevaluate(row.userId, session.courseId)
        .catch((error: Error) =>
          this.logger.error(`completion of ${row.userId} after webinar ${session.id}: ${error.message}`),
        );
    }
  }
}
