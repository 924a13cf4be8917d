import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES, QueueWorkerHost } from '@bina-pustaka/api-platform';
import type { Job, Queue } from 'bullmq';
import { FORUM_DIGEST_JOB, FORUM_DIGEST_PATTERN, type ForumDigestJob } from './forum-digest.job';
import { ForumDigestService } from './forum-digest.service';

/**
 * Runs the digest every hour (a BullMQ job scheduler, one for all worker nodes). A run
 * serves the hour it was planned for, so a worker that starts late still sends that hour's
 * digests; a retry sends only what the failed run did not claim.
 */
@Processor(QUEUES.forum)
export class ForumDigestProcessor extends QueueWorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.forum) private readonly queue: Queue<ForumDigestJob>,
    private readonly digest: ForumDigestService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      FORUM_DIGEST_JOB,
      { pattern: FORUM_DIGEST_PATTERN, tz: 'UTC' },
      { name: FORUM_DIGEST_JOB, data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }

  async process(job: Job<ForumDigestJob>): Promise<number> {
    const at = job.data.at ? new Date(job.data.at) : new Date(job.timestamp + job.delay);
    return this.digest.send(at);
  }
}
