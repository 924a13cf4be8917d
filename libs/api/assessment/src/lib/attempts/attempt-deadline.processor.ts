import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, QUEUES, QueueWorkerHost, type AppConfig } from '@bina-pustaka/api-platform';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { SWEEP_EVERY_MS, SWEEP_OVERDUE_JOB, type AttemptDeadlineJob } from './attempt-deadline.job';
import { AttemptSubmissionService } from './attempt-submission.service';

/**
 * Submits attempts whose time is up, whether or not the browser is still there: one
 * delayed job per attempt, and a periodic sweep for attempts whose job was lost. Both
 * end in the same idempotent submit, so running twice changes nothing.
 */
@Processor(QUEUES.assessment)
export class AttemptDeadlineProcessor extends QueueWorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(AttemptDeadlineProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.assessment) private readonly queue: Queue,
    private readonly submission: AttemptSubmissionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_OVERDUE_JOB, { every: SWEEP_EVERY_MS }, { name: SWEEP_OVERDUE_JOB });
  }

  async process(job: Job<AttemptDeadlineJob>): Promise<number> {
    if (job.name === SWEEP_OVERDUE_JOB) return this.sweep();
    const attempt = await this.submission.submit(job.data.attemptId, 'deadline');
    return attempt.status === 'submitted' ? 1 : 0;
  }

  private async sweep(): Promise<number> {
    const overdue: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM attempts
        WHERE status = 'in-progress' AND deadline_at + make_interval(secs => $1) < clock_timestamp()
        ORDER BY deadline_at LIMIT 500`,
      [this.config.assessment.saveGraceSeconds],
    );
    for (const { id } of overdue) await this.submission.submit(id, 'deadline');
    if (overdue.length > 0) this.logger.log(`Submitted ${overdue.length} overdue attempts`);
    return overdue.length;
  }
}
