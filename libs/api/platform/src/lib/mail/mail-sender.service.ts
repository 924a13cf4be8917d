import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Storage } from '../storage/storage';
import type { SendMailJob } from './send-mail.job';

/** SMTP delivery through nodemailer; used by the worker's mail processor. Stored attachments are read at sending. */
@Injectable()
export class MailSenderService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: Storage,
  ) {
    this.transport = createTransport(config.mail.smtpUrl);
  }

  async send({ attachments, ...mail }: SendMailJob): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mail.from,
      ...mail,
      attachments: await Promise.all(
        (attachments ?? []).map(async (file) =>
          'storageKey' in file
            ? {
                filename: file.filename,
                contentType: file.contentType,
                content: await this.storage.read(file.storageKey),
              }
            : file,
        ),
      ),
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
