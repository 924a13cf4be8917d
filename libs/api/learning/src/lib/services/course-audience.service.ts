import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A cohort (angkatan) or every learner of a course. */
export type CourseAudienceRef = { cohortId: string } | { courseId: string };

export interface CohortInfo {
  id: string;
  name: string;
  courseId: string;
}

/** Enrolments that count as taking part: admitted and not withdrawn or rejected. */
const PARTICIPATING = `status IN ('active', 'completed')`;

function audienceFilter(audience: CourseAudienceRef): { column: string; id: string } {
  return 'cohortId' in audience
    ? { column: 'cohort_id', id: audience.cohortId }
    : { column: 'course_id', id: audience.courseId };
}

/**
 * Who takes part in a course or a cohort, for domains that address them as a group
 * (webinar audiences, reminders) without reading learning's tables themselves.
 */
@Injectable()
export class CourseAudienceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cohorts(ids: readonly string[]): Promise<Map<string, CohortInfo>> {
    if (ids.length === 0) return new Map();
    const rows: CohortInfo[] = await this.dataSource.query(
      `SELECT id, name, course_id AS "courseId" FROM cohorts WHERE id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Cohorts by name (demo data and imports name them). */
  async cohortsNamed(name: string): Promise<CohortInfo[]> {
    return this.dataSource.query(`SELECT id, name, course_id AS "courseId" FROM cohorts WHERE name = $1`, [name]);
  }

  async courseTitles(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await this.dataSource.query(
      `SELECT id, title FROM courses WHERE id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  async includes(userId: string, audience: CourseAudienceRef): Promise<boolean> {
    const { column, id } = audienceFilter(audience);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM enrolments WHERE user_id = $1 AND ${column} = $2 AND ${PARTICIPATING} LIMIT 1`,
      [userId, id],
    );
    return rows.length > 0;
  }

  async memberIds(audience: CourseAudienceRef): Promise<string[]> {
    const { column, id } = audienceFilter(audience);
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id AS "userId" FROM enrolments WHERE ${column} = $1 AND ${PARTICIPATING}`,
      [id],
    );
    return rows.map((row) => row.userId);
  }

  /**
   * The course's learners (enrolment active) who have done every required lesson and have
   * no completion yet, so another condition (its evaluation, a quiz) is what remains; with
   * the moment that became so (the last required lesson done, or the enrolment when the
   * course requires none). One statement for the whole course.
   */
  async lessonsDoneNotCompleted(courseId: string): Promise<{ userId: string; since: Date }[]> {
    return this.dataSource.query(
      `WITH required AS (SELECT id FROM lessons WHERE course_id = $1 AND required)
       SELECT e.user_id AS "userId", greatest(max(e.enrolled_at), max(p.done_at)) AS since
         FROM enrolments e
         LEFT JOIN lesson_progress p
           ON p.user_id = e.user_id AND p.course_id = $1 AND p.state = 'done'
          AND p.lesson_id IN (SELECT id FROM required)
        WHERE e.course_id = $1 AND e.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM course_completions c WHERE c.user_id = e.user_id AND c.course_id = $1)
        GROUP BY e.user_id
       HAVING count(DISTINCT p.lesson_id) = (SELECT count(*) FROM required)`,
      [courseId],
    );
  }

  /** The cohorts and courses this person takes part in (to list the sessions meant for them). */
  async memberships(userId: string): Promise<{ cohortIds: string[]; courseIds: string[] }> {
    const rows: { cohortId: string; courseId: string }[] = await this.dataSource.query(
      `SELECT cohort_id AS "cohortId", course_id AS "courseId" FROM enrolments WHERE user_id = $1 AND ${PARTICIPATING}`,
      [userId],
    );
    return {
      cohortIds: [...new Set(rows.map((row) => row.cohortId))],
      courseIds: [...new Set(rows.map((row) => row.courseId))],
    };
  }
}
