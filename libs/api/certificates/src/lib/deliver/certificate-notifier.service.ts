import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  MailQueueService,
  REDIS,
  renderMail,
  translate,
  type AppConfig,
  type SendMailJob,
} from '@bina-pustaka/api-platform';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { APP_PATHS, appLink, appUrl } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import type { CertificateEntity } from '../entities/certificate.entity';
import { pdfFileName, pdfStorageKey, verifyUrl } from '../shared/certificate-links';

const MAIL_EVERY_SECONDS = 3600;

/** What the holder is told about. */
export type NotifiedCertificate = Pick<
  CertificateEntity,
  'id' | 'code' | 'holderId' | 'holderName' | 'holderEmail' | 'subjectTitle' | 'number' | 'role'
>;

type MemberCertificate = NotifiedCertificate & { holderId: string };

/**
 * Tells holders their certificate is there: in the app for each one, and by email at
 * most once an hour per person (a bulk issue may give one person several at once), the
 * mail pointing to the list of all their certificates rather than to one. A batch of
 * certificates costs one INSERT, one Redis round trip for the hourly check and one for
 * the mail jobs.
 */
@Injectable()
export class CertificateNotifierService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly mail: MailQueueService,
    private readonly notifications: NotificationsService,
  ) {}

  async issued(all: readonly NotifiedCertificate[]): Promise<void> {
    const certificates = all.filter((certificate): certificate is MemberCertificate => certificate.holderId !== null);
    // A guest has no account to open: each of their certificates comes by email, its PDF attached.
    await this.mail.enqueueMany(
      all.filter((certificate) => certificate.holderId === null).map((certificate) => this.guestMail(certificate)),
    );
    if (certificates.length === 0) return;
    await this.notifications.notifyMany(
      certificates.map((certificate) => ({
        userId: certificate.holderId,
        kind: 'certificate-issued',
        params: { subject: certificate.subjectTitle, number: certificate.number, role: certificate.role },
        link: appLink(APP_PATHS.myCertificates),
      })),
    );
    // One mail per holder, if none was sent to them this hour.
    const holders = [...new Map(certificates.map((certificate) => [certificate.holderId, certificate])).values()];
    const throttle = this.redis.pipeline();
    for (const { holderId } of holders) {
      throttle.set(`${this.config.redis.prefix}:certificate-mail:${holderId}`, '1', 'EX', MAIL_EVERY_SECONDS, 'NX');
    }
    const answers = (await throttle.exec()) ?? [];
    const firsts = holders.filter((_, index) => {
      const [error, answer] = answers[index] ?? [];
      if (error) throw error;
      return answer === 'OK';
    });
    await this.mail.enqueueMany(firsts.map((certificate) => this.mailFor(certificate)));
  }

  private guestMail(certificate: NotifiedCertificate): SendMailJob {
    const locale = 'id';
    return {
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
          translate(locale, 'certificates.guestMailAttached'),
          translate(locale, 'certificates.mailOutro'),
        ],
        action: {
          label: translate(locale, 'certificates.guestMailAction'),
          url: verifyUrl(this.config, certificate.code),
        },
        closing: ['Salam,', 'Bina Pustaka'],
      }),
      attachments: [
        {
          filename: pdfFileName(certificate),
          storageKey: pdfStorageKey(certificate.id),
          contentType: 'application/pdf',
        },
      ],
    };
  }

  private mailFor(certificate: NotifiedCertificate): SendMailJob {
    const locale = 'id';
    return {
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
          url: appUrl(this.config.http.publicUrl, APP_PATHS.myCertificates),
        },
        closing: ['Salam,', 'Bina Pustaka'],
      }),
    };
  }
}
