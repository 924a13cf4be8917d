import type { VisitReportSection } from '@bina-pustaka/shared-contracts';

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The WIB day (YYYY-MM-DD) of a moment: visits are counted per day as the library lives it. */
export function wibDay(at: Date): string {
  return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The WIB day before the one `at` falls in. */
export function wibDayBefore(at: Date): string {
  return wibDay(new Date(at.getTime() - DAY_MS));
}

/** A salt lives two days: long enough for the day it serves, then gone, so old hashes cannot be remade. */
export const SALT_TTL_SECONDS = 2 * 24 * 60 * 60;

/** Counters outlive their day by two more, so the 00.05 copy and a late retry still find them. */
export const COUNTER_TTL_SECONDS = 3 * 24 * 60 * 60;

/** A visitor's burst beyond this many page views a minute is answered but not counted. */
export const VIEWS_PER_MINUTE_PER_ADDRESS = 60;

/** The Redis keys of the visit counters, under the deployment's prefix. */
export function visitKeys(prefix: string, day: string) {
  const base = `${prefix}:visits:${day}`;
  return {
    salt: `${base}:salt`,
    views: (section: VisitReportSection) => `${base}:${section}`,
    visitors: (section: VisitReportSection) => `${base}:${section}:hll`,
    throttle: (addressHash: string, minute: number) => `${base}:rl:${minute}:${addressHash}`,
  };
}
