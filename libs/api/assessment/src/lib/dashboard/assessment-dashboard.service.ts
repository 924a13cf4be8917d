import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DashboardRegistryService,
  figure,
  wibMonthSql,
  type DashboardContribution,
  type DashboardScope,
} from '@bina-pustaka/api-platform';
import type { DashboardCourseQuizzes } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';

/**
 * Submitted attempts of the period by the librarians in scope, of the courses the filters
 * keep: $1 from, $2 until, $3 category, $4 cohort (the attempt's), $5 librarians.
 */
const IN_SCOPE = `a.status = 'submitted' AND a.submitted_at >= $1 AND a.submitted_at < $2
  AND ($3::text IS NULL OR c.category = $3) AND ($4::uuid IS NULL OR a.cohort_id = $4)
  AND a.user_id = ANY($5::uuid[])`;

interface CourseRow {
  courseId: string;
  title: string;
  attempts: number;
  averageScore: number | null;
  passRate: number | null;
}

interface GainRow {
  courseId: string;
  title: string;
  learners: number;
  preAverage: number | null;
  postAverage: number | null;
}

/**
 * Assessment's part of the dashboard: quiz attempts and results per course, and the
 * pre/post-test gain. The gain counts learners with a post-test submitted in the period and
 * a pre-test submitted before the period ended: their first pre-test score and their best
 * post-test score of the period (the trainers' learning-gain report takes the same pair).
 */
@Injectable()
export class AssessmentDashboardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DashboardRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'assessment', contribute: (scope) => this.contribute(scope) });
  }

  async contribute(scope: DashboardScope): Promise<DashboardContribution> {
    const params = [scope.from, scope.until, scope.category, scope.cohortId, scope.librarians];
    const [courses, gains, months, activity] = await Promise.all([
      this.dataSource.query<CourseRow[]>(
        `SELECT c.id AS "courseId", c.title, count(*)::int AS attempts,
                round(avg(a.score), 2)::float8 AS "averageScore",
                round(100.0 * count(*) FILTER (WHERE a.passed) / nullif(count(a.passed), 0), 2)::float8 AS "passRate"
           FROM attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN courses c ON c.id = q.course_id
          WHERE ${IN_SCOPE}
          GROUP BY c.id, c.title`,
        params,
      ),
      this.dataSource.query<GainRow[]>(
        `WITH post AS (
           SELECT q.course_id, a.user_id, max(a.score) AS score
             FROM attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN courses c ON c.id = q.course_id
            WHERE q.role = 'post-test' AND a.score IS NOT NULL AND ${IN_SCOPE}
            GROUP BY q.course_id, a.user_id),
         pre AS (
           SELECT DISTINCT ON (q.course_id, a.user_id) q.course_id, a.user_id, a.score
             FROM attempts a JOIN quizzes q ON q.id = a.quiz_id
            WHERE q.role = 'pre-test' AND a.status = 'submitted' AND a.score IS NOT NULL AND a.submitted_at < $2
            ORDER BY q.course_id, a.user_id, a.submitted_at, a.id)
         SELECT c.id AS "courseId", c.title, count(*)::int AS learners,
                round(avg(pre.score), 2)::float8 AS "preAverage", round(avg(post.score), 2)::float8 AS "postAverage"
           FROM post JOIN pre USING (course_id, user_id) JOIN courses c ON c.id = post.course_id
          GROUP BY c.id, c.title`,
        params,
      ),
      this.dataSource.query<{ month: string; attempts: number }[]>(
        `SELECT ${wibMonthSql('a.submitted_at')} AS month, count(*)::int AS attempts
           FROM attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN courses c ON c.id = q.course_id
          WHERE ${IN_SCOPE}
          GROUP BY 1`,
        params,
      ),
      // Activity is a person's, whatever the course filters.
      this.dataSource.query<{ userId: string; month: string }[]>(
        `SELECT DISTINCT user_id AS "userId", ${wibMonthSql('submitted_at')} AS month FROM attempts
          WHERE status = 'submitted' AND submitted_at >= $1 AND submitted_at < $2 AND user_id = ANY($3::uuid[])`,
        [scope.from, scope.until, scope.librarians],
      ),
    ]);
    const byCourse = new Map<string, DashboardCourseQuizzes>();
    const row = (courseId: string, title: string): DashboardCourseQuizzes => {
      const known = byCourse.get(courseId);
      if (known) return known;
      const fresh: DashboardCourseQuizzes = {
        courseId,
        title,
        attempts: 0,
        averageScore: null,
        passRate: null,
        gainLearners: 0,
        preAverage: null,
        postAverage: null,
        gain: null,
        listHref: `/api/courses/${courseId}/learning-gain`,
      };
      byCourse.set(courseId, fresh);
      return fresh;
    };
    for (const course of courses) Object.assign(row(course.courseId, course.title), course);
    for (const gain of gains) {
      Object.assign(row(gain.courseId, gain.title), {
        gainLearners: gain.learners,
        preAverage: gain.preAverage,
        postAverage: gain.postAverage,
        gain:
          gain.preAverage === null || gain.postAverage === null
            ? null
            : Math.round((gain.postAverage - gain.preAverage) * 100) / 100,
      });
    }
    return {
      parts: {
        quizzes: {
          attempts: figure(courses.reduce((sum, course) => sum + course.attempts, 0)),
          courses: [...byCourse.values()].sort(
            (a, b) => a.title.localeCompare(b.title, 'id') || a.courseId.localeCompare(b.courseId),
          ),
        },
      },
      activity,
      trends: { quizAttempts: months.map(({ month, attempts }) => ({ month, value: attempts })) },
    };
  }
}
