import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containsPattern, type Principal } from '@bina-pustaka/api-platform';
import type {
  EventCheckInMethod,
  EventRegistration,
  EventRegistrationPage,
  EventRegistrationStatus,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import { EventManagersService } from '../shared/event-managers.service';
import {
  EventOnlineAttendanceService,
  onlineMinutes,
  type OnlineStay,
} from '../shared/event-online-attendance.service';

export interface RegistrationListQuery {
  page: number;
  pageSize: number;
  status?: EventRegistrationStatus;
  q?: string;
}

interface Row {
  id: string;
  status: EventRegistrationStatus;
  name: string;
  email: string | null;
  whatsapp: string | null;
  affiliation: string | null;
  user_id: string | null;
  answers: Record<string, string>;
  registered_at: Date;
  confirmed_at: Date | null;
  place: number | null;
  checked_in_at: Date | null;
  check_in_method: EventCheckInMethod | null;
}

/**
 * The organisers' list of who registered, in arrival order, with each waitlisted person's
 * place in line (counted over the whole event, whatever the filter shows) and, online, a
 * member's minutes in the webinar room once its ledger is settled.
 */
@Injectable()
export class RegistrationListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly managers: EventManagersService,
    private readonly online: EventOnlineAttendanceService,
  ) {}

  async list(actor: Principal, eventId: string, query: RegistrationListQuery): Promise<EventRegistrationPage> {
    await this.managers.assertManages(actor, eventId);
    const params = [eventId, query.status ?? null, query.q ? containsPattern(query.q) : null];
    const filtered = `
      WITH placed AS (
        SELECT r.*, CASE WHEN r.status = 'waitlisted'
                         THEN row_number() OVER (PARTITION BY r.status ORDER BY r.arrival) END AS place
          FROM event_registrations r WHERE r.event_id = $1)
      SELECT * FROM placed
       WHERE ($2::text IS NULL OR status = $2)
         AND ($3::text IS NULL OR name ILIKE $3 OR email ILIKE $3)`;
    const [{ total }]: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total FROM (${filtered}) AS f`,
      params,
    );
    const rows: Row[] = await this.db.query(`${filtered} ORDER BY arrival LIMIT $4 OFFSET $5`, [
      ...params,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ]);
    const online = await this.online.of(await this.db.getRepository(EventEntity).findOneByOrFail({ id: eventId }));
    return { items: rows.map((row) => toRegistration(row, online)), total, page: query.page, pageSize: query.pageSize };
  }
}

function toRegistration(row: Row, online: Map<string, OnlineStay> | null): EventRegistration {
  return {
    id: row.id,
    status: row.status,
    name: row.name,
    // Blank for a walk-in who gave none and for data removed (the contract's field is a string).
    email: row.email ?? '',
    whatsapp: row.whatsapp,
    affiliation: row.affiliation,
    userId: row.user_id,
    answers: row.answers,
    registeredAt: row.registered_at.toISOString(),
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    waitlistPosition: row.place === null ? null : Number(row.place),
    checkedInAt: row.checked_in_at?.toISOString() ?? null,
    checkInMethod: row.check_in_method,
    onlineMinutes: onlineMinutes(online, row.user_id),
  };
}
