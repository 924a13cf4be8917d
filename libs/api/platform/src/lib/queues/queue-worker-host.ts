import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * A BullMQ processor whose worker's own errors (Redis gone, a job whose keys vanished with a
 * Redis restart) become one warning line each instead of BullMQ's raw stack traces on
 * stderr. The jobs themselves are taken care of by BullMQ's retries and stalled-job checks
 * and by the reconcilers.
 */
export abstract class QueueWorkerHost extends WorkerHost {
  private readonly queueLogger = new Logger(this.constructor.name);

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.queueLogger.warn(`queue worker: ${error.message}`);
  }
}
