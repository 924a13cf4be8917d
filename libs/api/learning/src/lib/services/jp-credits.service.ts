import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JpLedgerEntryEntity } from '../entities/progress.entity';

export interface JpCredit {
  userId: string;
  /** The attended webinar session, or the facilitated event. */
  sourceId: string;
  title: string;
  jp: number;
  earnedAt: Date;
}

/**
 * Learning hours earned outside courses (a standalone webinar attended, a literacy event
 * facilitated), written into the same JP ledger as finished courses. Crediting twice
 * changes nothing (one entry per person and source).
 */
@Injectable()
export class JpCreditsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async creditWebinar(credits: readonly JpCredit[]): Promise<void> {
    await this.credit('webinar', credits);
  }

  /** A facilitator's credited hours; answers how many entered the ledger now (0 for those already there). */
  async creditEvent(credits: readonly JpCredit[]): Promise<number> {
    return this.credit('event', credits);
  }

  private async credit(source: 'webinar' | 'event', credits: readonly JpCredit[]): Promise<number> {
    if (credits.length === 0) return 0;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(JpLedgerEntryEntity)
      .values(credits.map((credit) => ({ ...credit, source })))
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length;
  }
}
