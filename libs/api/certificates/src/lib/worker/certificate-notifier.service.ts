import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, MailQueue, REDIS, renderMail, translate, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import type { CertificateEntity } from '../entities/certificate.entity';

const MAIL_EVERY_SECONDS = 3600;

/**
 * Tells holders their certificate is there. A bulk issue may give one person several at
 * once, so email goes at most once an hour per person; the mail points to the list of
 * all their certificates rather than to one.
 */
@Injectable()
export class CertificateNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly mail: MailQueue,
  ) {}

  async issued(certificate: CertificateEntity): Promise<void> {
    const throttle = `${this.config.redis.prefix}:certificate-mail:${certificate.holderId}`;
    const first = await this.redis.set(throttle, '1', 'EX', MAIL_EVERY_SECONDS, 'NX');
    if (!first) return;
    const locale = 'id';
    await this.mail.enqueue({
      to: certificate.holderEmail,
      ...renderMail({
        subject: translate(locale, 'certificates.mailSubject'),
        greeting: translate(locale, 'certificates.mailIntro', { name: certificate.holderName }),
        paragraphs: [
          translate(locale, 'certificates.mailBody', {
            role: certificate.role,
            subject: certificate.subjectTitle,
            number: certificate.number,
          }),
          translate(locale, 'certificates.mailOutro'),
        ],
        action: {
          label: translate(locale, 'certificates.mailAction'),
          url: `${this.config.http.publicUrl}/sertifikat-saya`,
        },
        closing: ['Salam,', 'Bina Pustaka'],
      }),
    });
  }
}
