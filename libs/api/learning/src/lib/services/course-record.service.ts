import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LearningRecordRegistryService,
  type LearningRecordPart,
  type LearningRecordSource,
} from '@bina-pustaka/api-platform';
import { DEFAULT_TIME_ZONE } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';

/**
 * Learning's part of a librarian's learning record (issue 16): the courses they completed
 * and the whole JP ledger (courses, standalone webinars, facilitated events), which is the
 * one place JP is kept.
 */
@Injectable()
export class CourseRecordService implements LearningRecordSource, OnModuleInit {
  readonly name = 'learning';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: LearningRecordRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<LearningRecordPart> {
    const [courses, ledger] = await Promise.all([
      // A course ran for the person from when their cohort started (or they joined, if later) to completion.
      this.dataSource.query<{ sourceId: string; title: string; startedAt: Date; endedAt: Date }[]>(
        `SELECT k.course_id AS "sourceId", c.title,
                LEAST(GREATEST(h.starts_at, e.enrolled_at), k.completed_at) AS "startedAt", k.completed_at AS "endedAt"
           FROM course_completions k
           JOIN courses c ON c.id = k.course_id
           JOIN enrolments e ON e.id = k.enrolment_id
           JOIN cohorts h ON h.id = e.cohort_id
          WHERE k.user_id = $1`,
        [userId],
      ),
      this.dataSource.query<
        { kind: 'course' | 'webinar' | 'event'; sourceId: string; title: string; jp: string; earnedAt: Date }[]
      >(
        `SELECT source AS kind, source_id AS "sourceId", title, jp, earned_at AS "earnedAt"
           FROM jp_ledger_entries WHERE user_id = $1`,
        [userId],
      ),
    ]);
    return {
      activities: courses.map((course) => ({ ...course, kind: 'course', role: 'peserta', organiser: null })),
      jp: ledger.map((entry) => ({ ...entry, jp: Number(entry.jp) })),
    };
  }

  async jpOfYear(userIds: readonly string[], year: number): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows: { userId: string; jp: string }[] = await this.dataSource.query(
      `SELECT user_id AS "userId", sum(jp) AS jp FROM jp_ledger_entries
        WHERE user_id = ANY($1::uuid[])
          AND earned_at >= make_timestamptz($2, 1, 1, 0, 0, 0, $3)
          AND earned_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, $3)
        GROUP BY user_id`,
      [[...userIds], year, DEFAULT_TIME_ZONE],
    );
    return new Map(rows.map((row) => [row.userId, Number(row.jp)]));
  }
}
