import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { SendMailJob } from './send-mail.job';

/** SMTP delivery through nodemailer; used by the worker's mail processor. */
@Injectable()
export class MailSenderService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.mail.smtpUrl);
  }

  async send(mail: SendMailJob): Promise<void> {
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
