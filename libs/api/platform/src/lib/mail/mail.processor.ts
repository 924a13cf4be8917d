import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUES } from '../queues/queue-names';
import { QueueWorkerHost } from '../queues/queue-worker-host';
import { MailSenderService } from './mail-sender.service';
import type { SendMailJob } from './send-mail.job';

@Processor(QUEUES.mail, { concurrency: 4 })
export class MailProcessor extends QueueWorkerHost {
  constructor(private readonly sender: MailSenderService) {
    super();
  }

  async process(job: Job<SendMailJob>): Promise<void> {
    await this.sender.send(job.data);
  }
}
