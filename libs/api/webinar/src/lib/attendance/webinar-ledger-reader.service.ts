import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WebinarRoomRole, WebinarStaffRole } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarAttendanceEntity } from '../entities/webinar-attendance.entity';
import { WebinarSessionEntity, WebinarStaffEntity } from '../entities/webinar-session.entity';

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
  percent: number;
}

/**
 * What other domains (certificates) may read of a session and its settled ledger, without
 * the rooms or the media server.
 */
@Injectable()
export class WebinarLedgerReaderService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    return rows.map(({ userId, role, percent }) => ({ userId, role, percent }));
  }

  async staff(sessionId: string): Promise<{ userId: string; role: WebinarStaffRole }[]> {
    const rows = await this.dataSource.getRepository(WebinarStaffEntity).findBy({ sessionId });
    return rows.map(({ userId, role }) => ({ userId, role }));
  }
}
