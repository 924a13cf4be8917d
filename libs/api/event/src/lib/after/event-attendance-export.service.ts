import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toCsv, toXlsx, translate, type CsvCell, type Principal } from '@bina-pustaka/api-platform';
import type { EventCheckInMethod, EventRegistrationStatus } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import { EventManagersService } from '../shared/event-managers.service';
import { EventOnlineAttendanceService, onlineMinutes } from '../shared/event-online-attendance.service';

export type AttendanceFormat = 'csv' | 'xlsx';

export interface AttendanceFile {
  body: Buffer;
  fileName: string;
}

interface AttendanceRow {
  name: string;
  affiliation: string | null;
  email: string | null;
  whatsapp: string | null;
  userId: string | null;
  status: EventRegistrationStatus;
  checkedInAt: Date | null;
  method: EventCheckInMethod | null;
}

const HEADER_KEYS = ['name', 'affiliation', 'email', 'whatsapp', 'status', 'checkedInAt', 'method', 'onlineMinutes'];

/**
 * The attendance list organisers take away (CSV or XLSX): one row per registration that
 * arrived (checked in at the door, or in the webinar room by its settled ledger), or with
 * `all` every live one. Names and answers people typed go through the
 * platform's formula-safe writers; times are written in the event's own zone.
 */
@Injectable()
export class EventAttendanceExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managers: EventManagersService,
    private readonly online: EventOnlineAttendanceService,
  ) {}

  async export(actor: Principal, eventId: string, all: boolean, format: AttendanceFormat): Promise<AttendanceFile> {
    const event = await this.managedEvent(actor, eventId);
    const online = await this.online.of(event);
    // Who came in to the webinar room arrived as much as who was checked in at the door.
    const cameOnline = [...(online ?? [])].flatMap(([userId, stay]) => (stay.minutes > 0 ? [userId] : []));
    const rows: AttendanceRow[] = await this.dataSource.query(
      `SELECT name, affiliation, email, whatsapp, user_id AS "userId", status, checked_in_at AS "checkedInAt",
              check_in_method AS method
         FROM event_registrations
        WHERE event_id = $1 AND status <> 'cancelled' AND ($2 OR checked_in_at IS NOT NULL OR user_id = ANY($3))
        ORDER BY checked_in_at NULLS LAST, arrival`,
      [event.id, all, cameOnline],
    );
    const t = (key: string) => translate('id', `eventExport.${key}`);
    const header = HEADER_KEYS.map(t);
    const cells = rows.map((row): CsvCell[] => [
      row.name,
      row.affiliation,
      row.email,
      // Digits as wa.me takes them (6281...): a leading + would be quoted as a formula.
      row.whatsapp?.replace(/^\+/, ''),
      t(`status.${row.status}`),
      row.checkedInAt ? formatDateTime(row.checkedInAt, 'id', event.timeZone) : null,
      row.method ? t(`method.${row.method}`) : null,
      onlineMinutes(online, row.userId),
    ]);
    const fileName = `kehadiran-${event.slug}${all ? '-semua' : ''}.${format}`;
    const body =
      format === 'csv'
        ? Buffer.from(toCsv([header, ...cells], { bom: true }))
        : await toXlsx(t('sheet'), header, cells);
    return { body, fileName };
  }

  /** The event, for one of its managers; anyone else is told it does not exist. */
  private async managedEvent(actor: Principal, eventId: string): Promise<EventEntity> {
    await this.managers.assertManages(actor, eventId);
    return this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: eventId });
  }
}
