import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, isUniqueViolation } from '@bina-pustaka/api-platform';
import type { EventRegistrationResult, GuestRegistrationInput, Locale } from '@bina-pustaka/shared-contracts';
import { DataSource, IsNull, Not } from 'typeorm';
import { EventRegistrationEntity } from '../entities/event-registration.entity';
import { EventEntity } from '../entities/event.entity';
import { checkAnswers } from './registration-answers';
import { RegistrationMailsService } from './registration-mails.service';
import { registrationResult } from './registration-result';
import { RegistrationThrottleService } from './registration-throttle.service';
import { registrationRefusal } from './registration-window';

/**
 * A guest registers from the public page: no account, a confirmation email that makes the
 * seat count. What the guest writes is checked against the event's questions; a second
 * registration of the same email is refused and changes nothing, except that a confirmation
 * link lost in the inbox is sent again.
 */
@Injectable()
export class GuestRegistrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly throttle: RegistrationThrottleService,
    private readonly mails: RegistrationMailsService,
  ) {}

  async register(
    slug: string,
    input: GuestRegistrationInput,
    ip: string,
    locale: Locale,
  ): Promise<EventRegistrationResult> {
    const event = await this.db.manager.findOneBy(EventEntity, { slug, status: Not('draft') });
    if (!event) throw new AppError(404, 'event.notFound');
    await this.throttle.consume(event.id, ip);
    // A script filled in the field people never see: it is told what a person would be, and nothing is kept.
    if (input.website) return registrationResult(locale, 'unconfirmed', null, input.email);
    const refusal = registrationRefusal(event);
    if (refusal) throw refusal;
    const answers = checkAnswers(event.questions, input.answers);
    const id = randomUUID();
    try {
      await this.db.manager.insert(EventRegistrationEntity, {
        id,
        eventId: event.id,
        name: input.name,
        email: input.email,
        whatsapp: input.whatsapp ?? null,
        affiliation: input.affiliation || null,
        answers,
        status: 'unconfirmed',
        consentedAt: new Date(),
      });
    } catch (error) {
      if (!isUniqueViolation(error, 'ux_event_registrations_email')) throw error;
      return this.alreadyRegistered(event, input.email);
    }
    await this.mails.sendConfirmation(event, await this.db.manager.findOneByOrFail(EventRegistrationEntity, { id }));
    return registrationResult(locale, 'unconfirmed', null, input.email);
  }

  /** The live registration of this email: still unconfirmed, its confirmation link goes out again. */
  private async alreadyRegistered(event: EventEntity, email: string): Promise<never> {
    const live = await this.db.manager.findOneBy(EventRegistrationEntity, {
      eventId: event.id,
      email,
      status: Not('cancelled'),
      anonymisedAt: IsNull(),
    });
    if (live?.status === 'unconfirmed') {
      await this.mails.sendConfirmation(event, live);
      throw new AppError(409, 'eventRegistration.duplicateResent');
    }
    throw new AppError(409, 'eventRegistration.duplicate');
  }
}
