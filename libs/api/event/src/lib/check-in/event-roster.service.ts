import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@bina-pustaka/api-platform';
import type { EventRegistrationStatus, EventRoster } from '@bina-pustaka/shared-contracts';
import type { DataSource } from 'typeorm';
import { registrationCounts } from '../shared/event-counts';
import { EventManagersService } from '../shared/event-managers.service';

/**
 * What the door's phone downloads to check people in offline: every live registration with
 * its name, affiliation and ticket hash, and never an email or a phone number (a lost phone
 * gives away no contact). Unconfirmed and waitlisted ones are listed too, so a scan or a
 * name search can say "belum dikonfirmasi" instead of "tidak dikenal".
 */
@Injectable()
export class EventRosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managers: EventManagersService,
  ) {}

  async roster(actor: Principal, eventId: string): Promise<EventRoster> {
    await this.managers.assertManages(actor, eventId);
    const rows: {
      registrationId: string;
      status: EventRegistrationStatus;
      name: string;
      affiliation: string | null;
      codeHash: string | null;
      checkedInAt: Date | null;
    }[] = await this.dataSource.query(
      `SELECT id AS "registrationId", status, name, affiliation, encode(ticket_code_hash, 'hex') AS "codeHash",
              checked_in_at AS "checkedInAt"
       FROM event_registrations WHERE event_id = $1 AND status <> 'cancelled'
       ORDER BY lower(name), arrival`,
      [eventId],
    );
    return {
      eventId,
      entries: rows.map((row) => ({ ...row, checkedInAt: row.checkedInAt?.toISOString() ?? null })),
      counts: await registrationCounts(this.dataSource, eventId),
    };
  }
}
