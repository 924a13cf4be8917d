import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DashboardRegistryService,
  figure,
  wibMonthSql,
  type DashboardContribution,
  type DashboardScope,
} from '@bina-pustaka/api-platform';
import { DataSource } from 'typeorm';

/**
 * Sessions held: ended, started in the period, of the courses the filters keep (a category
 * keeps only sessions of a course; a cohort only that cohort's). $1 from, $2 until,
 * $3 category, $4 cohort.
 */
const HELD = `s.status = 'ended' AND s.starts_at >= $1 AND s.starts_at < $2
  AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM courses c WHERE c.id = s.course_id AND c.category = $3))
  AND ($4::uuid IS NULL OR s.cohort_id = $4)`;

/**
 * Webinars' part of the dashboard: sessions held, and the attendance ledger of the
 * librarians in scope who attended them (attendees only, not hosts or presenters).
 */
@Injectable()
export class WebinarDashboardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DashboardRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'webinar', contribute: (scope) => this.contribute(scope) });
  }

  async contribute(scope: DashboardScope): Promise<DashboardContribution> {
    const params = [scope.from, scope.until, scope.category, scope.cohortId];
    const [[held], attended, activity] = await Promise.all([
      this.dataSource.query<{ sessions: number }[]>(
        `SELECT count(*)::int AS sessions FROM webinar_sessions s WHERE ${HELD}`,
        params,
      ),
      this.dataSource.query<{ month: string; minutes: number }[]>(
        `SELECT ${wibMonthSql('s.starts_at')} AS month, a.minutes
           FROM webinar_attendance a JOIN webinar_sessions s ON s.id = a.session_id
          WHERE ${HELD} AND a.role = 'attendee' AND a.user_id = ANY($5::uuid[])`,
        [...params, scope.librarians],
      ),
      // Activity is a person's, whatever the course filters: any session attended in the period.
      this.dataSource.query<{ userId: string; month: string }[]>(
        `SELECT DISTINCT a.user_id AS "userId", ${wibMonthSql('s.starts_at')} AS month
           FROM webinar_attendance a JOIN webinar_sessions s ON s.id = a.session_id
          WHERE s.status = 'ended' AND s.starts_at >= $1 AND s.starts_at < $2 AND a.role = 'attendee'
            AND a.user_id = ANY($3::uuid[])`,
        [scope.from, scope.until, scope.librarians],
      ),
    ]);
    const minutes = attended.reduce((sum, row) => sum + row.minutes, 0);
    const perMonth = new Map<string, number>();
    for (const { month } of attended) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    return {
      parts: {
        webinars: {
          sessionsHeld: figure(held.sessions, '/api/webinars'),
          attendances: figure(attended.length),
          averageMinutes: figure(attended.length === 0 ? null : Math.round((minutes / attended.length) * 10) / 10),
        },
      },
      activity,
      trends: { webinarAttendances: [...perMonth].map(([month, value]) => ({ month, value })) },
    };
  }
}
