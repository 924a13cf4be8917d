import { Module } from '@nestjs/common';
import { MailQueueService } from './mail-queue.service';
import { MailProcessor } from './mail.processor';
import { MailSenderService } from './mail-sender.service';

/** Producer side, for the api: domains enqueue rendered mails. */
@Module({ providers: [MailQueueService], exports: [MailQueueService] })
export class MailModule {}

/** Consumer side, for the worker: delivers queued mails over SMTP. */
@Module({ providers: [MailSenderService, MailProcessor] })
export class MailWorkerModule {}
