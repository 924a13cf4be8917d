import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  DashboardRegistryService,
  figure,
  wibMonthSql,
  type AppConfig,
  type DashboardContribution,
  type DashboardScope,
} from '@bina-pustaka/api-platform';
import { DataSource } from 'typeorm';
import { JpStandingService } from './jp-standing.service';

/** Enrolments that were admitted (pending and rejected requests are not enrolments). */
const ADMITTED = `e.status IN ('active', 'completed', 'withdrawn')`;

/** The course filters of a scope, on the enrolment `e` of the course `c` ($3 category, $4 cohort). */
const COURSE_FILTER = `($3::text IS NULL OR c.category = $3) AND ($4::uuid IS NULL OR e.cohort_id = $4)`;

/**
 * Learning's part of the dashboard: enrolments, completions and their rate, the median time
 * to complete, JP against the yearly target, and who opened a lesson, enrolled or completed.
 * Parameters of every statement: $1 from, $2 until, $3 category, $4 cohort, $5 librarians.
 */
@Injectable()
export class LearningDashboardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: DashboardRegistryService,
    private readonly jp: JpStandingService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'learning', contribute: (scope) => this.contribute(scope) });
  }

  async contribute(scope: DashboardScope): Promise<DashboardContribution> {
    const params = [scope.from, scope.until, scope.category, scope.cohortId, scope.librarians];
    const [enrolments, completions, activity, jpByMonth, jp] = await Promise.all([
      this.dataSource.query<{ month: string; enrolled: number; completed: number }[]>(
        `SELECT ${wibMonthSql('e.enrolled_at')} AS month, count(*)::int AS enrolled,
                count(*) FILTER (WHERE e.status = 'completed')::int AS completed
           FROM enrolments e JOIN courses c ON c.id = e.course_id
          WHERE ${ADMITTED} AND e.enrolled_at >= $1 AND e.enrolled_at < $2 AND ${COURSE_FILTER}
            AND e.user_id = ANY($5::uuid[])
          GROUP BY 1`,
        params,
      ),
      this.dataSource.query<{ month: string | null; completions: number; median: number | null }[]>(
        `SELECT ${wibMonthSql('cc.completed_at')} AS month, count(*)::int AS completions,
                round(percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY extract(epoch FROM cc.completed_at - e.enrolled_at) / 86400)::numeric, 1)::float8 AS median
           FROM course_completions cc JOIN enrolments e ON e.id = cc.enrolment_id JOIN courses c ON c.id = cc.course_id
          WHERE cc.completed_at >= $1 AND cc.completed_at < $2 AND ${COURSE_FILTER} AND cc.user_id = ANY($5::uuid[])
          GROUP BY ROLLUP (${wibMonthSql('cc.completed_at')})`,
        params,
      ),
      // Any learning recorded: a lesson opened (its last opening), an enrolment, a completion.
      this.dataSource.query<{ userId: string; month: string }[]>(
        `SELECT DISTINCT user_id AS "userId", ${wibMonthSql('at')} AS month FROM (
           SELECT user_id, last_opened_at AS at FROM lesson_progress
           UNION ALL SELECT user_id, enrolled_at FROM enrolments e WHERE ${ADMITTED}
           UNION ALL SELECT user_id, completed_at FROM course_completions) AS done
          WHERE at >= $1 AND at < $2 AND user_id = ANY($3::uuid[])`,
        [scope.from, scope.until, scope.librarians],
      ),
      this.dataSource.query<{ month: string; jp: number }[]>(
        `SELECT ${wibMonthSql('earned_at')} AS month, sum(jp)::float8 AS jp FROM jp_ledger_entries
          WHERE earned_at >= $1 AND earned_at < $2 AND user_id = ANY($3::uuid[]) GROUP BY 1`,
        [scope.from, scope.until, scope.librarians],
      ),
      this.jp.standing(scope.librarians, scope.jpYear),
    ]);
    const enrolled = enrolments.reduce((sum, row) => sum + row.enrolled, 0);
    const completedOfEnrolled = enrolments.reduce((sum, row) => sum + row.completed, 0);
    const overall = completions.find((row) => row.month === null);
    const target = this.config.learning.jpTargetPerYear;
    const below = jp.filter((person) => person.jp < target).length;
    const belowHref = `/api/reports/dashboard/below-target?year=${scope.jpYear}${
      scope.institutionId ? `&institutionId=${scope.institutionId}` : ''
    }`;
    const cohortHref = scope.cohortId ? `/api/cohorts/${scope.cohortId}/enrolments` : null;
    return {
      parts: {
        learning: {
          enrolments: figure(enrolled, cohortHref),
          completions: figure(overall?.completions ?? 0, cohortHref),
          completionRate: figure(enrolled === 0 ? null : Math.round((completedOfEnrolled / enrolled) * 10_000) / 100),
          medianDaysToComplete: figure(overall?.median ?? null),
        },
        jp: {
          year: scope.jpYear,
          target,
          librarians: jp.length,
          distribution: jpDistribution(
            jp.map((person) => person.jp),
            target,
          ),
          belowTarget: figure(below, belowHref),
        },
      },
      activity,
      trends: {
        enrolments: enrolments.map((row) => ({ month: row.month, value: row.enrolled })),
        completions: completions.flatMap((row) =>
          row.month === null ? [] : [{ month: row.month, value: row.completions }],
        ),
        jpEarned: jpByMonth.map((row) => ({ month: row.month, value: row.jp })),
      },
    };
  }
}

/** Librarians per band of the yearly target: none, under 25%, 50%, 75%, 100%, reached. */
export function jpDistribution(totals: readonly number[], target: number) {
  const bands = { none: 0, under25: 0, under50: 0, under75: 0, under100: 0, reached: 0 };
  for (const jp of totals) {
    const share = jp / target;
    if (jp <= 0) bands.none++;
    else if (share < 0.25) bands.under25++;
    else if (share < 0.5) bands.under50++;
    else if (share < 0.75) bands.under75++;
    else if (share < 1) bands.under100++;
    else bands.reached++;
  }
  return Object.entries(bands).map(([band, librarians]) => ({ band: band as keyof typeof bands, librarians }));
}
