import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, APP_CONFIG, type AppConfig, type Principal } from '@bina-pustaka/api-platform';
import { CourseParticipation, JpCredits } from '@bina-pustaka/api-learning';
import type { WebinarAttendanceLedger, WebinarSession } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { RoomRegistry } from '../room/room-registry';
import { WebinarAttendance } from './webinar-attendance.service';
import { WebinarSessions } from './webinar-sessions.service';

/**
 * Opening and ending sessions. Ending closes the room for everyone, settles the attendance
 * ledger, and then lets the course completion rules look at it again (a course's session)
 * or credits the session's JP to those who attended enough (a standalone one).
 */
@Injectable()
export class WebinarLifecycle {
  private readonly logger = new Logger(WebinarLifecycle.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: WebinarSessions,
    private readonly registry: RoomRegistry,
    private readonly attendance: WebinarAttendance,
    private readonly participation: CourseParticipation,
    private readonly jpCredits: JpCredits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(actor: Principal, id: string): Promise<WebinarSession> {
    const session = await this.sessions.managed(actor, id);
    if (session.status === 'scheduled') {
      await this.dataSource
        .getRepository(WebinarSessionEntity)
        .update({ id, status: 'scheduled' }, { status: 'live', openedAt: new Date() });
      this.registry.get(id)?.opened();
    } else if (session.status !== 'live') {
      throw new AppError(409, session.status === 'ended' ? 'webinar.alreadyEnded' : 'webinar.cancelled');
    }
    return this.sessions.view(actor, id);
  }

  async end(actor: Principal, id: string): Promise<WebinarSession> {
    await this.sessions.managed(actor, id);
    await this.endSession(id);
    return this.sessions.view(actor, id);
  }

  /** Ends a live session (from the REST route or a host in the room). */
  async endSession(id: string): Promise<void> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE webinar_sessions SET status = 'ended', ended_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'live' RETURNING id`,
      [id],
    );
    if (rows.length === 0) {
      const session = await this.sessions.find(id);
      throw new AppError(409, session?.status === 'ended' ? 'webinar.alreadyEnded' : 'webinar.notLive');
    }
    await this.registry.close(id, 'ended');
    await this.settle(await this.dataSource.getRepository(WebinarSessionEntity).findOneByOrFail({ id }));
  }

  /**
   * After the end: settles the ledger, then lets the course's completion rules look at it
   * (a course's session) or credits the session's JP to attendees who stayed long enough
   * (a standalone one).
   */
  async settle(session: WebinarSessionEntity): Promise<void> {
    const settled = await this.attendance.settle(session);
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

  async ledger(actor: Principal, id: string): Promise<WebinarAttendanceLedger> {
    return this.attendance.ledger(await this.sessions.managed(actor, id));
  }

  async ledgerCsv(actor: Principal, id: string): Promise<string> {
    const session = await this.sessions.managed(actor, id);
    return this.attendance.csv(await this.attendance.ledger(session), session.timeZone);
  }
}
