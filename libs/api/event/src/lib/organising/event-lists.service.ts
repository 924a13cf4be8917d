import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containsPattern, type Principal } from '@bina-pustaka/api-platform';
import type { EventSummaryPage, StaffEventSummaryPage } from '@bina-pustaka/shared-contracts';
import type { publicEventListQuerySchema, staffEventListQuerySchema } from '@bina-pustaka/shared-contracts/schemas';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { EventEntity } from '../entities/event.entity';
import { NO_REGISTRATIONS, registrationCountsOf } from '../shared/event-counts';
import { isEventStaff } from '../shared/event-managers.service';
import { toEventSummary } from './event-views.service';

type PublicQuery = z.output<typeof publicEventListQuerySchema>;
type StaffQuery = z.output<typeof staffEventListQuerySchema>;

/**
 * The lists of events: the public one (published and not yet over, soonest first) and the
 * organisers' (the staff: every event; an organiser: the events they organise; latest first),
 * which also says where each event's seats stand (its page counted in one query).
 * `from`/`to` are whole days in WIB; an event counts when any part of it falls between them.
 */
@Injectable()
export class EventListsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async publicList(query: PublicQuery, now = new Date()): Promise<EventSummaryPage> {
    const builder = this.filtered(query)
      .andWhere(`e.status = 'published'`)
      .andWhere('e.ends_at > :now', { now })
      .orderBy('e.startsAt', 'ASC');
    return (await this.page(builder, query, now)).page;
  }

  async staffList(actor: Principal, query: StaffQuery): Promise<StaffEventSummaryPage> {
    const builder = this.filtered(query).orderBy('e.startsAt', 'DESC');
    if (!isEventStaff(actor.roles)) {
      builder.andWhere('e.id IN (SELECT event_id FROM event_organisers WHERE user_id = :me)', { me: actor.userId });
    }
    if (query.status) builder.andWhere('e.status = :status', { status: query.status });
    if (query.q) builder.andWhere('(e.title ILIKE :q OR e.summary ILIKE :q)', { q: containsPattern(query.q) });
    const { rows, page } = await this.page(builder, query);
    const counts = await registrationCountsOf(
      this.dataSource,
      rows.map((row) => row.id),
    );
    return {
      ...page,
      items: page.items.map((item, index) => ({
        ...item,
        capacity: rows[index].capacity,
        counts: counts.get(item.id) ?? { ...NO_REGISTRATIONS },
      })),
    };
  }

  private filtered(query: PublicQuery): SelectQueryBuilder<EventEntity> {
    const builder = this.dataSource.getRepository(EventEntity).createQueryBuilder('e');
    if (query.kind) builder.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.from)
      builder.andWhere(`e.ends_at > CAST(:from AS date)::timestamp AT TIME ZONE 'Asia/Jakarta'`, { from: query.from });
    if (query.to) {
      builder.andWhere(`e.starts_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'`, {
        to: query.to,
      });
    }
    return builder;
  }

  private async page(
    builder: SelectQueryBuilder<EventEntity>,
    query: { page: number; pageSize: number },
    now = new Date(),
  ): Promise<{ rows: EventEntity[]; page: EventSummaryPage }> {
    const [rows, total] = await builder
      .addOrderBy('e.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      rows,
      page: { items: rows.map((row) => toEventSummary(row, now)), total, page: query.page, pageSize: query.pageSize },
    };
  }
}
