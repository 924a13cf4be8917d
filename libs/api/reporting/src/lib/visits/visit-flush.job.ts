export const VISIT_FLUSH_JOB = 'visit-flush';
export const VISIT_FLUSH_DAY_BEFORE_JOB = 'visit-flush-day-before';

/** Every 15 minutes: the current WIB day's counts, so the report is at most a quarter hour behind. */
export const VISIT_FLUSH_PATTERN = '*/15 * * * *';

/** 17.05 UTC is 00.05 WIB: the day that just ended, with its last quarter hour. */
export const VISIT_FLUSH_DAY_BEFORE_PATTERN = '5 17 * * *';

export interface VisitFlushJob {
  /** Copy the WIB day before the run's planned time instead of its own. */
  dayBefore?: boolean;
}
