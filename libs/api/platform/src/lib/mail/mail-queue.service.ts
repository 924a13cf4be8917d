import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { QUEUES } from '../queues/queue-names';
import { SEND_MAIL_JOB, type SendMailJob } from './send-mail.job';

const MAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 5_000 },
  // Mails carry one-time links: keep them in Redis no longer than needed.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Sends mail through the worker, never in the request path. */
@Injectable()
export class MailQueueService {
  constructor(@InjectQueue(QUEUES.mail) private readonly queue: Queue<SendMailJob>) {}

  async enqueue(mail: SendMailJob): Promise<void> {
    await this.queue.add(SEND_MAIL_JOB, mail, MAIL_JOB_OPTIONS);
  }

  /** Many mails in one round trip to Redis. */
  async enqueueMany(mails: readonly SendMailJob[]): Promise<void> {
    if (mails.length === 0) return;
    await this.queue.addBulk(mails.map((data) => ({ name: SEND_MAIL_JOB, data, opts: MAIL_JOB_OPTIONS })));
  }
}
