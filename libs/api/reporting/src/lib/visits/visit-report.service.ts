import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { VisitReport } from '@bina-pustaka/shared-contracts';
import type { VisitReportQuery } from '@bina-pustaka/shared-contracts/schemas';
import { Between, Repository } from 'typeorm';
import { PortalVisitDayEntity } from '../entities/portal-visit-day.entity';

/** The visits report reads PostgreSQL only: today's figures are those of the worker's last copy. */
@Injectable()
export class VisitReportService {
  constructor(@InjectRepository(PortalVisitDayEntity) private readonly days: Repository<PortalVisitDayEntity>) {}

  async report({ from, to }: VisitReportQuery): Promise<VisitReport> {
    const rows = await this.days.find({ where: { day: Between(from, to) }, order: { day: 'ASC', section: 'ASC' } });
    return {
      from,
      to,
      days: rows.map(({ day, section, views, visitors }) => ({ day, section, views, visitors })),
    };
  }
}
