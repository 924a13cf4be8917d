import { Global, Injectable, Module } from '@nestjs/common';
import type { Dashboard, DashboardTrendMonth } from '@bina-pustaka/shared-contracts';

/** The parts of the dashboard a domain answers. */
export type DashboardPart = 'learning' | 'jp' | 'quizzes' | 'webinars' | 'events' | 'surveys' | 'visits';

/** The series of the monthly trends a domain answers (active librarians are the reporting's own sum). */
export type DashboardTrendSeries = Exclude<keyof DashboardTrendMonth, 'month' | 'activeLibrarians'>;

/** What the dashboard is asked about, already resolved by reporting. */
export interface DashboardScope {
  /** The period as instants: from (included) to until (excluded), WIB days. */
  from: Date;
  until: Date;
  /** The same period as WIB days, both included (YYYY-MM-DD). */
  fromDay: string;
  toDay: string;
  /** The librarians counted (active learner accounts, of one institution when scoped). */
  librarians: readonly string[];
  /** Set when the figures are limited to one institution. */
  institutionId: string | null;
  /** Narrow the course figures: a course category, one cohort. */
  category: string | null;
  cohortId: string | null;
  /** The calendar year (WIB) of the period's end, for JP against the yearly target. */
  jpYear: number;
}

/** One librarian active in one month (YYYY-MM, WIB). */
export interface DashboardActivity {
  userId: string;
  month: string;
}

/** A domain's share of the dashboard. */
export interface DashboardContribution {
  parts: Partial<Pick<Dashboard, DashboardPart>>;
  /** Librarians with recorded activity, by month (one row per person and month). */
  activity?: DashboardActivity[];
  /** The domain's monthly series: each it answers, with its months (YYYY-MM) that have something. */
  trends?: Partial<Record<DashboardTrendSeries, { month: string; value: number }[]>>;
}

/**
 * A domain's figures for the dashboard, from its own tables, registered by its own module:
 * reporting reads every domain through these without importing them, and a domain that
 * lands later adds its part by registering a source.
 */
export interface DashboardSource {
  /** Which domain answers (once each). */
  name: string;
  contribute(scope: DashboardScope): Promise<DashboardContribution>;
}

@Injectable()
export class DashboardRegistryService {
  private readonly registered = new Map<string, DashboardSource>();

  register(source: DashboardSource): void {
    if (this.registered.has(source.name)) throw new Error(`Dashboard source ${source.name} registered twice`);
    this.registered.set(source.name, source);
  }

  sources(): DashboardSource[] {
    return [...this.registered.values()];
  }
}

/** Global, so a domain registers its source without importing reporting. */
@Global()
@Module({ providers: [DashboardRegistryService], exports: [DashboardRegistryService] })
export class DashboardRegistryModule {}

/** SQL for the WIB month (YYYY-MM) of a timestamptz column, the trends' key. */
export const wibMonthSql = (column: string): string => `to_char(${column} AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')`;

/** A figure whose list is the given api path (with the dashboard's query when it takes one). */
export const figure = (value: number | null, listHref: string | null = null) => ({ value, listHref });
