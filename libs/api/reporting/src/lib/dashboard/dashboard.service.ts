import { Injectable } from '@nestjs/common';
import {
  DashboardRegistryService,
  figure,
  type DashboardPart,
  type DashboardScope,
  type DashboardTrendSeries,
} from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Dashboard, DashboardTrendMonth } from '@bina-pustaka/shared-contracts';
import type { DashboardQuery } from '@bina-pustaka/shared-contracts/schemas';
import { resolvePeriod } from './dashboard-period';

type TrendPoint = { month: string; value: number };

/**
 * The coordinators' dashboard: resolves the period and the librarians in scope once, asks
 * every registered domain for its part at the same time, and adds up what spans domains
 * (active librarians, the monthly trends). A domain not installed leaves its part null.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly registry: DashboardRegistryService,
    private readonly directory: UserDirectoryService,
  ) {}

  async dashboard(query: DashboardQuery, institutionId: string | null, now = new Date()): Promise<Dashboard> {
    const period = resolvePeriod(query, now);
    const scope: DashboardScope = {
      from: period.from,
      until: period.until,
      fromDay: period.fromDay,
      toDay: period.toDay,
      librarians: await this.directory.librarianIds(institutionId),
      institutionId,
      category: query.category ?? null,
      cohortId: query.cohortId ?? null,
      jpYear: period.jpYear,
    };
    const contributions = await Promise.all(this.registry.sources().map((source) => source.contribute(scope)));

    const trends = new Map<string, DashboardTrendMonth>(
      period.months.map((month) => [
        month,
        {
          month,
          activeLibrarians: 0,
          enrolments: null,
          completions: null,
          jpEarned: null,
          quizAttempts: null,
          webinarAttendances: null,
          eventParticipants: null,
          views: null,
        },
      ]),
    );
    const active = new Map<string, Set<string>>(period.months.map((month) => [month, new Set()]));
    const activeInPeriod = new Set<string>();
    for (const contribution of contributions) {
      for (const { userId, month } of contribution.activity ?? []) {
        active.get(month)?.add(userId);
        activeInPeriod.add(userId);
      }
      // A series a domain answers starts at 0 in every month, so a quiet month reads 0, not "absent".
      for (const [series, points] of Object.entries(contribution.trends ?? {}) as [
        DashboardTrendSeries,
        TrendPoint[],
      ][]) {
        for (const month of trends.values()) month[series] ??= 0;
        for (const point of points) {
          const month = trends.get(point.month);
          if (month) month[series] = (month[series] ?? 0) + point.value;
        }
      }
    }
    const parts: Partial<Pick<Dashboard, DashboardPart>> = Object.assign(
      {},
      ...contributions.map((contribution) => contribution.parts),
    );

    return {
      from: period.fromDay,
      to: period.toDay,
      institutionId,
      activeLibrarians: figure(activeInPeriod.size),
      learning: parts.learning ?? null,
      jp: parts.jp ?? null,
      quizzes: parts.quizzes ?? null,
      webinars: parts.webinars ?? null,
      events: parts.events ?? null,
      surveys: parts.surveys ?? null,
      visits: parts.visits ?? null,
      trends: [...trends.values()].map((month) => ({ ...month, activeLibrarians: active.get(month.month)?.size ?? 0 })),
    };
  }
}
