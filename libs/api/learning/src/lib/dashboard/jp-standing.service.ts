import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface JpStanding {
  userId: string;
  jp: number;
}

/**
 * JP earned per person in one calendar year (WIB), from the ledger: every course, webinar
 * and event credit. Everyone asked about is answered, 0 for those with nothing.
 */
@Injectable()
export class JpStandingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The people's JP in the year, fewest first (then by id, so pages are stable). */
  async standing(userIds: readonly string[], year: number): Promise<JpStanding[]> {
    return this.dataSource.query(
      `SELECT p.id AS "userId", coalesce(sum(j.jp), 0)::float8 AS jp
         FROM unnest($1::uuid[]) AS p (id)
         LEFT JOIN jp_ledger_entries j ON j.user_id = p.id
          AND j.earned_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Jakarta')
          AND j.earned_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Jakarta')
        GROUP BY p.id ORDER BY 2, 1`,
      [userIds, year],
    );
  }
}
