import type { DashboardQuery } from '@bina-pustaka/shared-contracts/schemas';
import { toWibParts } from '@bina-pustaka/shared-util';

/** A dashboard period: WIB days both included, the instants bounding them, and its months. */
export interface ResolvedPeriod {
  fromDay: string;
  toDay: string;
  /** The first day's 00.00 WIB, and the day after the last one's 00.00 WIB (excluded). */
  from: Date;
  until: Date;
  /** Every month (YYYY-MM) the period touches, in order. */
  months: string[];
  /** The year of the last day: JP is counted against the target of that year. */
  jpYear: number;
}

const pad = (value: number) => String(value).padStart(2, '0');
const dayOf = (year: number, month: number, day: number) => {
  // Date.UTC normalises overflow (month 13, day 0), which the period ends rely on.
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
const wibMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

/**
 * The period a dashboard query reads: month, quarter or year holding `from` (today in WIB
 * when absent), or custom from..to.
 */
export function resolvePeriod(query: Pick<DashboardQuery, 'period' | 'from' | 'to'>, now = new Date()): ResolvedPeriod {
  const anchor = query.from ?? toWibParts(now).date;
  const [year, month] = anchor.split('-').map(Number);
  const [fromDay, toDay] =
    query.period === 'custom'
      ? [query.from ?? anchor, query.to ?? anchor]
      : query.period === 'year'
        ? [dayOf(year, 1, 1), dayOf(year, 12, 31)]
        : query.period === 'quarter'
          ? [dayOf(year, month - ((month - 1) % 3), 1), dayOf(year, month - ((month - 1) % 3) + 3, 0)]
          : [dayOf(year, month, 1), dayOf(year, month + 1, 0)];
  const [lastYear, lastMonth, lastDay] = toDay.split('-').map(Number);
  const [firstYear, firstMonth] = fromDay.split('-').map(Number);
  const months: string[] = [];
  // Months counted from year 0, so one loop crosses year ends.
  for (let index = firstYear * 12 + firstMonth - 1; index <= lastYear * 12 + lastMonth - 1; index++) {
    months.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  }
  return {
    fromDay,
    toDay,
    from: wibMidnight(fromDay),
    until: wibMidnight(dayOf(lastYear, lastMonth, lastDay + 1)),
    months,
    jpYear: lastYear,
  };
}
