import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  APP_CONFIG,
  MailQueueService,
  renderMail,
  translate,
  type AppConfig,
  type SendMailJob,
} from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl, type Locale } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { EventRegistrationEntity } from '../entities/event-registration.entity';
import { EventEntity } from '../entities/event.entity';
import { EventCodes } from '../shared/event-codes';
import { EventTicketsService } from '../tickets/event-tickets.service';

/** Event emails are written in Indonesian: a guest has no account to keep a language in (a member's may say otherwise). */
const LOCALE = 'id';
/** How long a confirmation link works; registering again sends a fresh one. */
const CONFIRM_DAYS = 7;

/** A registration whose seat changed, and the email that tells its person. */
export interface SeatChange {
  registrationId: string;
  mail: 'ticket' | 'promoted' | 'waitlisted' | 'cancelled-by-organiser';
}

/**
 * The registration's emails: the confirmation link (what makes a seat count), the place in
 * line, and, through tickets/, the ticket. Sent after the transaction that changed the
 * seats has committed, so nobody is told of a seat a rolled-back change never gave.
 */
@Injectable()
export class RegistrationMailsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly codes: EventCodes,
    private readonly tickets: EventTicketsService,
    private readonly mail: MailQueueService,
    private readonly directory: UserDirectoryService,
  ) {}

  async sendConfirmation(event: EventEntity, registration: EventRegistrationEntity): Promise<void> {
    await this.mail.enqueue(await this.confirmationMail(this.db.manager, event, registration));
  }

  async announce(changes: SeatChange[]): Promise<void> {
    const mails: SendMailJob[] = [];
    for (const change of changes) {
      const registration = await this.db.manager.findOneBy(EventRegistrationEntity, { id: change.registrationId });
      if (!registration?.email) continue;
      const event = await this.db.manager.findOneByOrFail(EventEntity, { id: registration.eventId });
      const mail =
        change.mail === 'cancelled-by-organiser'
          ? await this.cancelledMail(event, registration)
          : change.mail === 'waitlisted'
            ? await this.waitlistMail(this.db.manager, event, registration)
            : await this.tickets.ticketMail(
                this.db.manager,
                event,
                registration,
                change.mail === 'promoted' ? 'promoted' : 'confirmed',
              );
      if (mail) mails.push(mail);
    }
    await this.mail.enqueueMany(mails);
  }

  private async confirmationMail(
    manager: EntityManager,
    event: EventEntity,
    registration: EventRegistrationEntity,
  ): Promise<SendMailJob> {
    const expires = new Date(Date.now() + CONFIRM_DAYS * 24 * 3600_000);
    const token = this.codes.linkToken('confirm', registration.id, expires);
    const confirmUrl = `${appUrl(this.config.http.publicUrl, APP_PATHS.eventConfirm)}#${token}`;
    const title = event.title;
    return {
      to: registration.email ?? '',
      ...renderMail({
        subject: translate(LOCALE, 'eventMail.confirmSubject', { title }),
        greeting: translate(LOCALE, 'eventMail.greeting', { name: registration.name }),
        paragraphs: [
          translate(LOCALE, 'eventMail.confirmBody', { title }),
          ...(await this.tickets.whenAndWhere(manager, event)),
          translate(LOCALE, 'eventMail.confirmIgnore'),
        ],
        action: { label: translate(LOCALE, 'eventMail.confirmAction'), url: confirmUrl },
        closing: this.closing(registration.id),
      }),
    };
  }

  private async waitlistMail(
    manager: EntityManager,
    event: EventEntity,
    registration: EventRegistrationEntity,
  ): Promise<SendMailJob> {
    const position = (await this.tickets.waitlistPosition(manager, registration)) ?? 0;
    const title = event.title;
    return {
      to: registration.email ?? '',
      ...renderMail({
        subject: translate(LOCALE, 'eventMail.waitlistSubject', { title }),
        greeting: translate(LOCALE, 'eventMail.greeting', { name: registration.name }),
        paragraphs: [
          translate(LOCALE, 'eventMail.waitlistBody', { title, position }),
          ...(await this.tickets.whenAndWhere(manager, event)),
        ],
        action: {
          label: translate(LOCALE, 'eventMail.waitlistAction'),
          url: this.tickets.links(registration.id).ticketUrl,
        },
        closing: this.closing(registration.id),
      }),
    };
  }

  /** An organiser cancelled the registration: said politely, in the member's language (a guest's: Indonesian). */
  private async cancelledMail(event: EventEntity, registration: EventRegistrationEntity): Promise<SendMailJob> {
    const locale: Locale = registration.userId
      ? ((await this.directory.byIds([registration.userId])).get(registration.userId)?.locale ?? LOCALE)
      : LOCALE;
    const title = event.title;
    return {
      to: registration.email ?? '',
      ...renderMail({
        subject: translate(locale, 'eventMail.cancelledByOrganiserSubject', { title }),
        greeting: translate(locale, 'eventMail.greeting', { name: registration.name }),
        paragraphs: [
          translate(locale, 'eventMail.cancelledByOrganiserBody', { title }),
          translate(locale, 'eventMail.cancelledByOrganiserHelp'),
        ],
        action: {
          label: translate(locale, 'eventMail.cancelledByOrganiserAction'),
          url: appUrl(this.config.http.publicUrl, APP_PATHS.event, { slug: event.slug }),
        },
        closing: [translate(locale, 'eventMail.closing'), 'Bina Pustaka'],
      }),
    };
  }

  private closing(registrationId: string): string[] {
    const { cancelUrl } = this.tickets.links(registrationId);
    return [
      translate(LOCALE, 'eventMail.cancelLink', { url: cancelUrl }),
      '',
      translate(LOCALE, 'eventMail.closing'),
      'Bina Pustaka',
    ];
  }
}
