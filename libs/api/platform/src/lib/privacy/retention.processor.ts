import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { QUEUES } from '../queues/queue-names';
import { QueueWorkerHost } from '../queues/queue-worker-host';
import { RETENTION_JOB, RETENTION_PATTERN, RETENTION_TIME_ZONE, type RetentionJob } from './retention.job';
import { RetentionRegistryService } from './retention-registry.service';

/**
 * Runs every registered retention rule nightly (a BullMQ job scheduler, one for all worker
 * nodes), as of the time the run was planned for, so a late worker purges the same rows.
 */
@Processor(QUEUES.retention)
export class RetentionProcessor extends QueueWorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.retention) private readonly queue: Queue<RetentionJob>,
    private readonly registry: RetentionRegistryService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_JOB,
      { pattern: RETENTION_PATTERN, tz: RETENTION_TIME_ZONE },
      { name: RETENTION_JOB, data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }

  async process(job: Job<RetentionJob>): Promise<Record<string, number>> {
    const at = job.data.at ? new Date(job.data.at) : new Date(job.timestamp + job.delay);
    return this.registry.purge(at);
  }
}
