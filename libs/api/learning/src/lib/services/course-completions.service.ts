import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CourseEntity } from '../entities/course.entity';

export interface CourseCompletedEvent {
  userId: string;
  courseId: string;
}

export interface CompletionRecord {
  id: string;
  userId: string;
  courseId: string;
  cohortId: string;
  cohortName: string;
  jp: number;
  completedAt: Date;
}

export interface CourseInfo {
  id: string;
  title: string;
  jp: number;
  status: CourseEntity['status'];
}

export type CourseCompletedListener = (event: CourseCompletedEvent) => Promise<void>;

const COMPLETION_SELECT = `
  SELECT c.id, c.user_id AS "userId", c.course_id AS "courseId", e.cohort_id AS "cohortId",
         h.name AS "cohortName", c.jp, c.completed_at AS "completedAt"
    FROM course_completions c
    JOIN enrolments e ON e.id = c.enrolment_id
    JOIN cohorts h ON h.id = e.cohort_id`;

/**
 * What other domains (certificates, reports) may know of course completion: who completed
 * what and when, and a hook called after a completion is committed. They never read
 * learning's tables themselves.
 */
@Injectable()
export class CourseCompletionsService {
  private readonly logger = new Logger(CourseCompletionsService.name);
  private readonly listeners: CourseCompletedListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onCompleted(listener: CourseCompletedListener): void {
    this.listeners.push(listener);
  }

  /** Called by learning once the completion is committed; a listener's failure is only logged. */
  async notifyCompleted(event: CourseCompletedEvent): Promise<void> {
    for (const listener of this.listeners) {
      await listener(event).catch((error: Error) =>
        this.logger.error(`A completion listener failed for course ${event.courseId}: ${error.message}`),
      );
    }
  }

  async course(courseId: string): Promise<CourseInfo | null> {
    return this.dataSource
      .getRepository(CourseEntity)
      .findOne({ select: { id: true, title: true, jp: true, status: true }, where: { id: courseId } });
  }

  async cohortName(cohortId: string, courseId: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM cohorts WHERE id = $1 AND course_id = $2`,
      [cohortId, courseId],
    );
    return row?.name ?? null;
  }

  /** Completions of a course, optionally only a cohort's or only some people's. */
  async ofCourse(
    courseId: string,
    filter: { cohortId?: string; userIds?: string[] } = {},
  ): Promise<CompletionRecord[]> {
    const rows: CompletionRecord[] = await this.dataSource.query(
      `${COMPLETION_SELECT}
        WHERE c.course_id = $1
          AND ($2::uuid IS NULL OR e.cohort_id = $2)
          AND ($3::uuid[] IS NULL OR c.user_id = ANY($3))
        ORDER BY c.completed_at, c.id`,
      [courseId, filter.cohortId ?? null, filter.userIds ?? null],
    );
    return rows.map((row) => ({ ...row, jp: Number(row.jp) }));
  }

  /** Completions since a time, a page at a time in (completedAt, id) order. */
  async since(from: Date, after: { completedAt: Date; id: string } | null, limit: number): Promise<CompletionRecord[]> {
    const rows: CompletionRecord[] = await this.dataSource.query(
      `${COMPLETION_SELECT}
        WHERE c.completed_at >= $1
          AND ($2::timestamptz IS NULL OR (c.completed_at, c.id) > ($2, $3::uuid))
        ORDER BY c.completed_at, c.id
        LIMIT $4`,
      [from, after?.completedAt ?? null, after?.id ?? null, limit],
    );
    return rows.map((row) => ({ ...row, jp: Number(row.jp) }));
  }
}
