export type HealthState = 'up' | 'down';

export interface HealthReport {
  status: HealthState;
  checks: {
    database: HealthState;
    redis: HealthState;
    /** Per queue: waiting/active/failed counts, or "down" when Redis cannot answer. */
    queues: Record<string, { waiting: number; active: number; failed: number } | 'down'>;
  };
}
