import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import { VISIT_SECTIONS, VISIT_TOTAL, type VisitDay, type VisitReportSection } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { visitKeys } from './visit-keys';

const SECTIONS: VisitReportSection[] = [...VISIT_SECTIONS, VISIT_TOTAL];

/**
 * Copies one day's counters from Redis into `portal_visit_days`. It writes the current
 * counts (an upsert that replaces, never adds), so running it again, or twice at once,
 * changes nothing; a section whose counters are gone from Redis keeps its last copy.
 */
@Injectable()
export class VisitFlushService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  /** The rows written (the sections with counters that day). */
  async flush(day: string): Promise<VisitDay[]> {
    const keys = visitKeys(this.config.redis.prefix, day);
    const pipeline = this.redis.pipeline();
    for (const section of SECTIONS) pipeline.get(keys.views(section)).pfcount(keys.visitors(section));
    const replies = (await pipeline.exec()) ?? [];
    for (const [error] of replies) if (error) throw error;
    const rows = SECTIONS.flatMap((section, i): VisitDay[] => {
      const views = replies[2 * i][1] as string | null;
      return views === null ? [] : [{ day, section, views: Number(views), visitors: replies[2 * i + 1][1] as number }];
    });
    if (rows.length === 0) return rows;
    await this.db.query(
      `INSERT INTO portal_visit_days (day, section, views, visitors)
       SELECT $1::date, r.section, r.views, r.visitors
       FROM unnest($2::text[], $3::int[], $4::int[]) AS r(section, views, visitors)
       ON CONFLICT (day, section) DO UPDATE SET views = EXCLUDED.views, visitors = EXCLUDED.visitors`,
      [day, rows.map((r) => r.section), rows.map((r) => r.views), rows.map((r) => r.visitors)],
    );
    return rows;
  }
}
