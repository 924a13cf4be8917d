import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { EventSeries } from '@bina-pustaka/shared-contracts';
import type { eventSeriesSchema, updateEventSeriesSchema } from '@bina-pustaka/shared-contracts/schemas';
import { DataSource, In } from 'typeorm';
import type { z } from 'zod';
import { EventEntity, EventSeriesEntity } from '../entities/event.entity';
import { toEventSummary } from './event-views.service';

type SeriesInput = z.output<typeof eventSeriesSchema>;
type SeriesChange = z.output<typeof updateEventSeriesSchema>;

/**
 * Reading clubs: a series on a schedule whose meetings are events (`series_id`). Its
 * members are the distinct people registered to any meeting (a member by account, a guest
 * by email); its attendance, per meeting, those checked in. Kept by the staff.
 */
@Injectable()
export class EventSeriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<EventSeries[]> {
    const rows = await this.repository().find({ order: { createdAt: 'DESC', id: 'ASC' } });
    return this.views(rows);
  }

  async get(seriesId: string): Promise<EventSeries> {
    const [view] = await this.views([await this.find(seriesId)]);
    return view;
  }

  async create(actor: Principal, input: SeriesInput): Promise<EventSeries> {
    const row = await this.repository().save(
      this.repository().create({ ...input, createdBy: actor.userId, createdAt: new Date() }),
    );
    return this.get(row.id);
  }

  async update(seriesId: string, change: SeriesChange): Promise<EventSeries> {
    const row = await this.find(seriesId);
    await this.repository().save({ ...row, ...change });
    return this.get(seriesId);
  }

  private async views(rows: EventSeriesEntity[]): Promise<EventSeries[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const meetings = await this.dataSource
      .getRepository(EventEntity)
      .find({ where: { seriesId: In(ids) }, order: { startsAt: 'ASC', id: 'ASC' } });
    const members: { seriesId: string; members: number }[] = await this.dataSource.query(
      `SELECT e.series_id AS "seriesId", count(DISTINCT coalesce(r.user_id::text, r.email))::int AS members
         FROM event_registrations r JOIN events e ON e.id = r.event_id
        WHERE e.series_id = ANY($1) AND r.status <> 'cancelled'
        GROUP BY e.series_id`,
      [ids],
    );
    const arrived: { eventId: string; arrived: number }[] = await this.dataSource.query(
      `SELECT event_id AS "eventId", count(*)::int AS arrived FROM event_registrations
        WHERE event_id = ANY($1) AND checked_in_at IS NOT NULL GROUP BY event_id`,
      [meetings.map((meeting) => meeting.id)],
    );
    const now = new Date();
    return rows.map((row) => {
      const own = meetings.filter((meeting) => meeting.seriesId === row.id);
      return {
        id: row.id,
        title: row.title,
        description: row.description,
        schedule: row.schedule,
        meetings: own.map((meeting) => ({ ...toEventSummary(meeting, now), book: meeting.book })),
        members: members.find((each) => each.seriesId === row.id)?.members ?? 0,
        attendance: own.map((meeting) => ({
          meetingId: meeting.id,
          arrived: arrived.find((each) => each.eventId === meeting.id)?.arrived ?? 0,
        })),
      };
    });
  }

  private repository() {
    return this.dataSource.getRepository(EventSeriesEntity);
  }

  private async find(seriesId: string): Promise<EventSeriesEntity> {
    const row = await this.repository().findOneBy({ id: seriesId });
    if (!row) throw new AppError(404, 'event.seriesNotFound');
    return row;
  }
}
