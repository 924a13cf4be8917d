import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { APP_CONFIG, type AppConfig, toCsv, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { WEBINAR_ROOM_ROLES, type WebinarAttendanceLedger, type WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarAttendanceEntity, WebinarVisitEntity } from '../entities/webinar-attendance.entity';
import { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { WebinarSessionsService } from '../sessions/webinar-sessions.service';
import { settleAttendance, type SettledAttendance } from './attendance-ledger';

/** The highest role a person held in the room (the ledger shows one). */
function highestRole(roles: Iterable<WebinarRoomRole>): WebinarRoomRole {
  let best = WEBINAR_ROOM_ROLES.length - 1;
  for (const role of roles) best = Math.min(best, WEBINAR_ROOM_ROLES.indexOf(role));
  return WEBINAR_ROOM_ROLES[best];
}

/**
 * The attendance ledger: the visits of a session (WebinarVisitsService writes them as they
 * happen) settled into minutes and percent per person when it ends, which completion rules
 * and certificates read; managers read it while live too, counted up to now.
 */
@Injectable()
export class WebinarAttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UserDirectoryService,
    private readonly sessions: WebinarSessionsService,
    private readonly audit: AuditTrailService,
  ) {}

  /** Settles an ended session's visits into the ledger (again, if called twice). */
  async settle(session: WebinarSessionEntity): Promise<(SettledAttendance & { role: WebinarRoomRole })[]> {
    const endedAt = session.endedAt ?? new Date();
    await this.closeOpenVisits(session.id, endedAt);
    const { settled, roles } = await this.compute(session, endedAt);
    const rows = settled.map((row) => ({ ...row, role: roles.get(row.userId) ?? ('attendee' as const) }));
    await this.dataSource.transaction(async (manager) => {
      const ledger = manager.getRepository(WebinarAttendanceEntity);
      await ledger.delete({ sessionId: session.id });
      if (rows.length > 0) await ledger.insert(rows.map((row) => ({ ...row, sessionId: session.id })));
      await manager.getRepository(WebinarSessionEntity).update({ id: session.id }, { attendanceSettledAt: new Date() });
    });
    return rows;
  }

  /** The ledger of a session this person manages. */
  async ledgerFor(actor: Principal, id: string): Promise<WebinarAttendanceLedger> {
    return this.ledger(await this.sessions.managed(actor, id));
  }

  /** The ledger of a session this person manages, as a spreadsheet. */
  async csvFor(actor: Principal, id: string): Promise<string> {
    const session = await this.sessions.managed(actor, id);
    const ledger = await this.ledger(session);
    const csv = this.csv(ledger, session.timeZone);
    await this.audit.record({
      action: 'export.personal_data',
      actor,
      subject: { type: 'webinar-session', id: session.id, label: session.title },
      details: { report: 'webinar-attendance', rows: ledger.rows.length },
    });
    return csv;
  }

  /** The ledger as it stands: settled after the end, counted up to now (or the end) before. */
  private async ledger(session: WebinarSessionEntity): Promise<WebinarAttendanceLedger> {
    const final = session.attendanceSettledAt !== null;
    let rows: (SettledAttendance & { role: WebinarRoomRole })[];
    if (final) {
      rows = await this.dataSource.getRepository(WebinarAttendanceEntity).findBy({ sessionId: session.id });
    } else {
      const { settled, roles } = await this.compute(session, session.endedAt ?? new Date());
      rows = settled.map((row) => ({ ...row, role: roles.get(row.userId) ?? 'attendee' }));
    }
    const people = await this.directory.byIds(rows.map((row) => row.userId));
    return {
      sessionId: session.id,
      scheduledMinutes: session.durationMinutes,
      final,
      rows: rows
        .map((row) => ({
          userId: row.userId,
          name: people.get(row.userId)?.fullName ?? '',
          email: people.get(row.userId)?.email ?? '',
          role: row.role,
          firstJoinedAt: row.firstJoinedAt.toISOString(),
          lastLeftAt: final ? row.lastLeftAt.toISOString() : null,
          visits: row.visits,
          minutes: row.minutes,
          percent: row.percent,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    };
  }

  /** The ledger as a spreadsheet (Indonesian headers, as coordinators file it). */
  private csv(ledger: WebinarAttendanceLedger, timeZone: string): string {
    const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('sv-SE', { timeZone }).slice(0, 16) : '');
    return toCsv([
      ['nama', 'email', 'peran', 'masuk_pertama', 'keluar_terakhir', 'kunjungan', 'menit', 'persen'],
      ...ledger.rows.map((row) => [
        row.name,
        row.email,
        row.role,
        time(row.firstJoinedAt),
        time(row.lastLeftAt),
        row.visits,
        row.minutes,
        row.percent,
      ]),
    ]);
  }

  /** Closes visits still open when the room closes. */
  private async closeOpenVisits(sessionId: string, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(WebinarVisitEntity)
      .createQueryBuilder()
      .update()
      .set({ leftAt: () => `GREATEST(joined_at, :at)` })
      .setParameter('at', at)
      .where('session_id = :sessionId AND left_at IS NULL', { sessionId })
      .execute();
  }

  private async compute(session: WebinarSessionEntity, until: Date) {
    const visits = await this.dataSource.getRepository(WebinarVisitEntity).findBy({ sessionId: session.id });
    const roles = new Map<string, WebinarRoomRole>();
    for (const visit of visits)
      roles.set(visit.userId, highestRole([visit.role, roles.get(visit.userId) ?? 'attendee']));
    const settled = settleAttendance(visits, {
      from: session.openedAt ?? session.startsAt,
      until,
      scheduledMinutes: session.durationMinutes,
      reconnectGapSeconds: this.config.webinar.reconnectGapSeconds,
    });
    return { settled, roles };
  }
}
