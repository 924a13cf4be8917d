import { Module } from '@nestjs/common';
import { MailQueue } from './mail-queue.service';
import { MailProcessor } from './mail.processor';
import { MailSender } from './mail-sender.service';

/** Producer side, for the api: domains enqueue rendered mails. */
@Module({ providers: [MailQueue], exports: [MailQueue] })
export class MailModule {}

/** Consumer side, for the worker: delivers queued mails over SMTP. */
@Module({ providers: [MailSender, MailProcessor] })
export class MailWorkerModule {}
