/** Submit an attempt whose deadline (plus the grace) has passed, if the learner did not. */
export interface AttemptDeadlineJob {
  attemptId: string;
}

export const ATTEMPT_DEADLINE_JOB = 'attempt-deadline';

/** Finds running attempts past their deadline whose job was lost (e.g. Redis lost its data). */
export const SWEEP_OVERDUE_JOB = 'sweep-overdue-attempts';

/** The sweep runs this often. */
export const SWEEP_EVERY_MS = 60_000;

export const deadlineJobId = (attemptId: string) => `deadline-${attemptId}`;
