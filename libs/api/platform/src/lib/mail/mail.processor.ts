import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUES } from '../queues/queue-names';
import { MailSender } from './mail-sender.service';
import type { SendMailJob } from './send-mail.job';

@Processor(QUEUES.mail, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  constructor(private readonly sender: MailSender) {
    super();
  }

  async process(job: Job<SendMailJob>): Promise<void> {
    await this.sender.send(job.data);
  }
}
