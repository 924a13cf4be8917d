import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import { UserDirectory } from '@bina-pustaka/api-identity';
import { WEBINAR_ROOM_ROLES, type WebinarAttendanceLedger, type WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import { stringify } from 'csv-stringify/sync';
import { DataSource, IsNull } from 'typeorm';
import { WebinarAttendanceEntity, WebinarVisitEntity } from '../entities/webinar-attendance.entity';
import { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { settleAttendance, type SettledAttendance } from './attendance-ledger';

/** The highest role a person held in the room (the ledger shows one). */
function highestRole(roles: Iterable<WebinarRoomRole>): WebinarRoomRole {
  let best = WEBINAR_ROOM_ROLES.length - 1;
  for (const role of roles) best = Math.min(best, WEBINAR_ROOM_ROLES.indexOf(role));
  return WEBINAR_ROOM_ROLES[best];
}

/**
 * The attendance ledger: every entry to and exit from a room is a visit row, written as it
 * happens; when the session ends the visits are settled into minutes and percent per person,
 * which completion rules and certificates read.
 */
@Injectable()
export class WebinarAttendance {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UserDirectory,
  ) {}

  async visitStarted(sessionId: string, userId: string, role: WebinarRoomRole): Promise<string> {
    const visit = await this.dataSource
      .getRepository(WebinarVisitEntity)
      .save({ sessionId, userId, role, joinedAt: new Date(), leftAt: null, seenAt: new Date() });
    return visit.id;
  }

  async visitEnded(visitId: string, at = new Date()): Promise<void> {
    await this.dataSource.getRepository(WebinarVisitEntity).update({ id: visitId, leftAt: IsNull() }, { leftAt: at });
  }

  /**
   * Marks these visits (people in this process's rooms) as seen now, and ends visits nobody
   * has kept alive for `staleSeconds` (their api process stopped) when they were last seen.
   */
  async keepAlive(visitIds: string[], staleSeconds: number): Promise<void> {
    if (visitIds.length > 0) {
      await this.dataSource.query(`UPDATE webinar_visits SET seen_at = now() WHERE left_at IS NULL AND id = ANY($1)`, [
        visitIds,
      ]);
    }
    await this.dataSource.query(
      `UPDATE webinar_visits SET left_at = GREATEST(joined_at, seen_at)
       WHERE left_at IS NULL AND seen_at < now() - make_interval(secs => $1)`,
      [staleSeconds],
    );
  }

  /** Closes visits still open when the room closes. */
  async closeOpenVisits(sessionId: string, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(WebinarVisitEntity)
      .createQueryBuilder()
      .update()
      .set({ leftAt: () => `GREATEST(joined_at, :at)` })
      .setParameter('at', at)
      .where('session_id = :sessionId AND left_at IS NULL', { sessionId })
      .execute();
  }

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

  /** The ledger as it stands: settled after the end, counted up to now (or the end) before. */
  async ledger(session: WebinarSessionEntity): Promise<WebinarAttendanceLedger> {
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
  csv(ledger: WebinarAttendanceLedger, timeZone: string): string {
    const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('sv-SE', { timeZone }).slice(0, 16) : '');
    return stringify([
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

  /** Settled percent per person of these sessions (for completion rules and certificates). */
  async percents(sessionIds: string[], userId?: string): Promise<WebinarAttendanceEntity[]> {
    if (sessionIds.length === 0) return [];
    const query = this.dataSource
      .getRepository(WebinarAttendanceEntity)
      .createQueryBuilder('a')
      .where('a.session_id = ANY(:sessionIds)', { sessionIds });
    if (userId) query.andWhere('a.user_id = :userId', { userId });
    return query.getMany();
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
