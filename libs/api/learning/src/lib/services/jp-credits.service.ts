import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JpLedgerEntryEntity } from '../entities/progress.entity';

export interface JpCredit {
  userId: string;
  /** The attended webinar session. */
  sourceId: string;
  title: string;
  jp: number;
  earnedAt: Date;
}

/**
 * Learning hours earned outside courses (a standalone webinar attended), written into the
 * same JP ledger as finished courses. Crediting twice changes nothing (one entry per person
 * and source).
 */
@Injectable()
export class JpCreditsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async creditWebinar(credits: readonly JpCredit[]): Promise<void> {
    if (credits.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(JpLedgerEntryEntity)
      .values(credits.map((credit) => ({ ...credit, source: 'webinar' as const })))
      .orIgnore()
      .execute();
  }
}
