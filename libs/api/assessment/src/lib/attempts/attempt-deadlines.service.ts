import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, QUEUES, type AppConfig } from '@bina-pustaka/api-platform';
import type { Queue } from 'bullmq';
import { ATTEMPT_DEADLINE_JOB, deadlineJobId, type AttemptDeadlineJob } from './attempt-deadline.job';

/** Asks the worker to submit an attempt at its deadline (plus the grace), even if the browser is gone. */
@Injectable()
export class AttemptDeadlinesService {
  private readonly graceMs: number;

  constructor(
    @InjectQueue(QUEUES.assessment) private readonly queue: Queue<AttemptDeadlineJob>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.graceMs = config.assessment.saveGraceSeconds * 1000;
  }

  async schedule(attemptId: string, deadlineAt: Date): Promise<void> {
    await this.queue.add(
      ATTEMPT_DEADLINE_JOB,
      { attemptId },
      {
        // One job per attempt: starting again (a second tab) adds nothing.
        jobId: deadlineJobId(attemptId),
        delay: Math.max(0, deadlineAt.getTime() + this.graceMs - Date.now()),
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000 },
        // The attempt row keeps the outcome; the sweep catches anything a lost job misses.
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }
}
