import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, toCsv, type Principal } from '@bina-pustaka/api-platform';
import type { AuditEntry, Page } from '@bina-pustaka/shared-contracts';
import type { auditLogExportQuerySchema, auditLogQuerySchema } from '@bina-pustaka/shared-contracts/schemas';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { wibDayRange, wibTimestamp } from './audit-query';
import { AuditTrailService } from './audit-trail.service';

type ListQuery = z.output<typeof auditLogQuerySchema>;
type Filters = z.output<typeof auditLogExportQuerySchema>;

/** One export holds at most this many entries; above it the admin narrows the dates. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The audit log as admins read it: filtered, newest first, by pages or as one CSV. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trail: AuditTrailService,
  ) {}

  async list(query: ListQuery): Promise<Page<AuditEntry>> {
    const [rows, total] = await this.filtered(query)
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(describe), total, page: query.page, pageSize: query.pageSize };
  }

  /** The filtered log as CSV; reading it out is itself an export of personal data, so it is recorded. */
  async csv(actor: Principal, filters: Filters): Promise<{ fileName: string; body: string }> {
    const builder = this.filtered(filters);
    const total = await builder.getCount();
    if (total > AUDIT_EXPORT_LIMIT) throw new AppError(422, 'audit.exportTooLarge', { limit: AUDIT_EXPORT_LIMIT });
    const rows = await builder.getMany();
    const body = toCsv(
      [
        [
          'waktu_wib',
          'aktor',
          'aktor_id',
          'peran_aktor',
          'tindakan',
          'jenis_subjek',
          'subjek_id',
          'subjek',
          'rincian',
          'ip',
          'peramban',
        ],
        ...rows.map((row) => [
          wibTimestamp(row.occurredAt),
          row.actorName ?? 'sistem',
          row.actorId,
          row.actorRoles.join(' '),
          row.action,
          row.subjectType,
          row.subjectId,
          row.subjectLabel,
          JSON.stringify(row.details),
          row.ip,
          row.userAgent,
        ]),
      ],
      { bom: true },
    );
    await this.trail.record({
      action: 'export.personal_data',
      actor,
      subject: { type: 'audit-log', id: null },
      details: { report: 'audit-log', rows: rows.length },
    });
    return { fileName: `log-audit-${wibTimestamp(new Date()).slice(0, 10)}.csv`, body };
  }

  private filtered(filters: Filters): SelectQueryBuilder<AuditEntryEntity> {
    const builder = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC');
    if (filters.action) builder.andWhere('entry.action = :action', { action: filters.action });
    if (filters.actorId) builder.andWhere('entry.actorId = :actorId', { actorId: filters.actorId });
    if (filters.subjectType) builder.andWhere('entry.subjectType = :subjectType', { subjectType: filters.subjectType });
    if (filters.subjectId) builder.andWhere('entry.subjectId = :subjectId', { subjectId: filters.subjectId });
    const { since, before } = wibDayRange(filters.from, filters.to);
    if (since) builder.andWhere('entry.occurredAt >= :since', { since });
    if (before) builder.andWhere('entry.occurredAt < :before', { before });
    return builder;
  }
}

function describe(row: AuditEntryEntity): AuditEntry {
  // The details were written typed by their action (AuditTrailService.record), so they still match it.
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '', roles: row.actorRoles } : null,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId, label: row.subjectLabel },
    details: row.details,
    ip: row.ip,
    userAgent: row.userAgent,
  } as AuditEntry;
}
