import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES, QueueWorkerHost } from '@bina-pustaka/api-platform';
import type { Job, Queue } from 'bullmq';
import {
  VISIT_FLUSH_DAY_BEFORE_JOB,
  VISIT_FLUSH_DAY_BEFORE_PATTERN,
  VISIT_FLUSH_JOB,
  VISIT_FLUSH_PATTERN,
  type VisitFlushJob,
} from './visit-flush.job';
import { VisitFlushService } from './visit-flush.service';
import { wibDay, wibDayBefore } from './visit-keys';

/**
 * Copies the visit counters into PostgreSQL on two BullMQ job schedulers (one for all worker
 * nodes): today every 15 minutes, yesterday at 00.05 WIB. A run serves the day it was
 * planned for, so a late or retried run copies the right day.
 */
@Processor(QUEUES.reporting)
export class VisitFlushProcessor extends QueueWorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.reporting) private readonly queue: Queue<VisitFlushJob>,
    private readonly flushes: VisitFlushService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const opts = { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } };
    await this.queue.upsertJobScheduler(
      VISIT_FLUSH_JOB,
      { pattern: VISIT_FLUSH_PATTERN, tz: 'UTC' },
      { name: VISIT_FLUSH_JOB, data: {}, opts },
    );
    await this.queue.upsertJobScheduler(
      VISIT_FLUSH_DAY_BEFORE_JOB,
      { pattern: VISIT_FLUSH_DAY_BEFORE_PATTERN, tz: 'UTC' },
      { name: VISIT_FLUSH_DAY_BEFORE_JOB, data: { dayBefore: true }, opts },
    );
  }

  async process(job: Job<VisitFlushJob>): Promise<number> {
    const planned = new Date(job.timestamp + job.delay);
    const day = job.data.dayBefore ? wibDayBefore(planned) : wibDay(planned);
    return (await this.flushes.flush(day)).length;
  }
}
