import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, MailQueue, REDIS, renderMail, translate, type AppConfig } from '@bina-pustaka/api-platform';
import { Notifications } from '@bina-pustaka/api-notifications';
import type { Redis } from 'ioredis';
import type { CertificateEntity } from '../entities/certificate.entity';

const MAIL_EVERY_SECONDS = 3600;

/**
 * Tells holders their certificate is there: in the app for each one, and by email at
 * most once an hour per person (a bulk issue may give one person several at once), the
 * mail pointing to the list of all their certificates rather than to one.
 */
@Injectable()
export class CertificateNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly mail: MailQueue,
    private readonly notifications: Notifications,
  ) {}

  async issued(certificate: CertificateEntity): Promise<void> {
    await this.notifications.notify(certificate.holderId, {
      kind: 'certificate-issued',
      params: { subject: certificate.subjectTitle, number: certificate.number, role: certificate.role },
      link: '/sertifikat-saya',
    });
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
