import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WebinarRoomRole, WebinarStaffRole } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarAttendanceEntity } from '../entities/webinar-attendance.entity';
import { WebinarSessionEntity, WebinarStaffEntity } from '../entities/webinar-session.entity';
import { WebinarHooksService } from './webinar-hooks.service';

export interface WebinarForCertificates {
  id: string;
  title: string;
  jp: number;
  courseId: string | null;
  cohortId: string | null;
  endedAt: Date | null;
  /** Null until the ledger is settled after the end: nothing to certify before. */
  attendanceSettledAt: Date | null;
}

export interface SettledAttendee {
  userId: string;
  role: WebinarRoomRole;
  minutes: number;
  percent: number;
}

/**
 * What other domains (certificates, surveys) may read of a session and its settled ledger, without
 * the rooms or the media server.
 */
@Injectable()
export class WebinarLedgerReaderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: WebinarHooksService,
  ) {}

  async session(id: string): Promise<WebinarForCertificates | null> {
    return this.dataSource.getRepository(WebinarSessionEntity).findOne({
      select: {
        id: true,
        title: true,
        jp: true,
        courseId: true,
        cohortId: true,
        endedAt: true,
        attendanceSettledAt: true,
      },
      where: { id },
    });
  }

  async settledAttendance(sessionId: string): Promise<SettledAttendee[]> {
    const rows = await this.dataSource.getRepository(WebinarAttendanceEntity).findBy({ sessionId });
    return rows.map(({ userId, role, minutes, percent }) => ({ userId, role, minutes, percent }));
  }

  /** Whether the person registered for the session or was in its room (e.g. may answer its evaluation). */
  async tookPart(sessionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM webinar_registrations WHERE session_id = $1 AND user_id = $2
       UNION ALL
       SELECT 1 FROM webinar_visits WHERE session_id = $1 AND user_id = $2
       UNION ALL
       SELECT 1 FROM webinar_attendance WHERE session_id = $1 AND user_id = $2
       LIMIT 1`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Of these attendees, who may have the session's participant certificate as far as other
   * domains are concerned (an evaluation required for it), and who is withheld, with the
   * message key of why.
   */
  certifiable(sessionId: string, userIds: readonly string[]) {
    return this.hooks.certifiable(sessionId, userIds);
  }

  async staff(sessionId: string): Promise<{ userId: string; role: WebinarStaffRole }[]> {
    const rows = await this.dataSource.getRepository(WebinarStaffEntity).findBy({ sessionId });
    return rows.map(({ userId, role }) => ({ userId, role }));
  }
}
