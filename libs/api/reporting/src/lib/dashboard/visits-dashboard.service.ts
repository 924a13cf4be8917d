import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DashboardRegistryService,
  figure,
  type DashboardContribution,
  type DashboardScope,
} from '@bina-pustaka/api-platform';
import { VISIT_TOTAL, type VisitSection } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';

/**
 * Portal visits on the dashboard, from the daily copies (visits/): views, and each day's
 * distinct visitors added up. Anonymous, so the same for every scope and filter.
 */
@Injectable()
export class VisitsDashboardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DashboardRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'visits', contribute: (scope) => this.contribute(scope) });
  }

  async contribute(scope: DashboardScope): Promise<DashboardContribution> {
    const rows: { month: string; section: string; views: number; visitors: number }[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, section, sum(views)::int AS views, sum(visitors)::int AS visitors
         FROM portal_visit_days WHERE day BETWEEN $1::date AND $2::date
        GROUP BY 1, 2 ORDER BY 2`,
      [scope.fromDay, scope.toDay],
    );
    const totals = rows.filter((row) => row.section === VISIT_TOTAL);
    const sections = new Map<VisitSection, { section: VisitSection; views: number; dailyVisitors: number }>();
    for (const row of rows.filter((each) => each.section !== VISIT_TOTAL)) {
      const section = row.section as VisitSection;
      const tally = sections.get(section) ?? { section, views: 0, dailyVisitors: 0 };
      tally.views += row.views;
      tally.dailyVisitors += row.visitors;
      sections.set(section, tally);
    }
    const listHref = `/api/reports/visits?from=${scope.fromDay}&to=${scope.toDay}`;
    return {
      parts: {
        visits: {
          views: figure(
            totals.reduce((sum, row) => sum + row.views, 0),
            listHref,
          ),
          dailyVisitors: figure(
            totals.reduce((sum, row) => sum + row.visitors, 0),
            listHref,
          ),
          sections: [...sections.values()],
        },
      },
      trends: { views: totals.map((row) => ({ month: row.month, value: row.views })) },
    };
  }
}
