export const RETENTION_JOB = 'retention';

/** Every night at 02.00 WIB, when hardly anyone is learning. */
export const RETENTION_PATTERN = '0 2 * * *';
export const RETENTION_TIME_ZONE = 'Asia/Jakarta';

export interface RetentionJob {
  /** The moment to purge as of (ISO); the scheduler's runs leave it out and use their planned time. */
  at?: string;
}
