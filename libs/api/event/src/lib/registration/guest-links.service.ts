import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@bina-pustaka/api-platform';
import type { EventConfirmation, EventRegistrationResult, EventTicket, Locale } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { EventRegistrationEntity } from '../entities/event-registration.entity';
import { EventEntity } from '../entities/event.entity';
import { EventCodes, type EventLinkPurpose } from '../shared/event-codes';
import { EventTicketsService } from '../tickets/event-tickets.service';
import { EventSeatsService } from './event-seats.service';
import { registrationResult } from './registration-result';

/**
 * What a guest does from the links in their emails, each naming the registration by a
 * signed token: confirm (the seat counts from here), open the ticket, cancel, and have
 * their data removed. An altered token is refused before anything is read; an expired
 * confirmation link says so.
 */
@Injectable()
export class GuestLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly codes: EventCodes,
    private readonly seats: EventSeatsService,
    private readonly tickets: EventTicketsService,
  ) {}

  /** Confirming again (a second click, a resent email) answers the same and changes nothing. */
  async confirm(token: string, locale: Locale): Promise<EventConfirmation> {
    const found = await this.registrationOf('confirm', token);
    return this.seats.withEvent(found.eventId, async (manager, event, changes) => {
      const registration = await this.seats.lockRegistration(manager, found.id);
      if (!registration || registration.anonymisedAt) throw new AppError(404, 'eventRegistration.gone');
      if (registration.status === 'cancelled') throw new AppError(409, 'eventRegistration.cancelledBefore');
      if (registration.status === 'unconfirmed') await this.seats.seat(manager, event, registration, changes);
      const position = await this.tickets.waitlistPosition(manager, registration);
      return {
        ...registrationResult(locale, registration.status, position),
        ticketToken: this.codes.linkToken('manage', registration.id),
      };
    });
  }

  async ticket(token: string): Promise<EventTicket> {
    const registration = await this.registrationOf('manage', token);
    const event = await this.db.manager.findOneByOrFail(EventEntity, { id: registration.eventId });
    return this.tickets.view(this.db.manager, event, registration);
  }

  /** Cancelling again answers the same; a freed seat goes to the first in line. */
  async cancel(token: string, locale: Locale): Promise<EventRegistrationResult> {
    const found = await this.registrationOf('manage', token);
    return this.seats.withEvent(found.eventId, async (manager, event, changes) => {
      const registration = await this.seats.lockRegistration(manager, found.id);
      if (!registration || registration.anonymisedAt) throw new AppError(404, 'eventRegistration.gone');
      await this.seats.cancel(manager, event, registration, changes);
      return registrationResult(locale, 'cancelled', null);
    });
  }

  /** The guest's name, email, WhatsApp, affiliation and answers blanked now; the row stays for the counts. */
  async erase(token: string): Promise<void> {
    const read = this.codes.readLinkToken('manage', token);
    if ('problem' in read) throw new AppError(400, 'eventRegistration.linkInvalid');
    const found = await this.db.manager.findOneBy(EventRegistrationEntity, { id: read.registrationId });
    if (!found) throw new AppError(404, 'eventRegistration.gone');
    // Asking again once erased is answered the same: the data is gone either way.
    await this.seats.withEvent(found.eventId, async (manager, event, changes) => {
      const registration = await this.seats.lockRegistration(manager, found.id);
      if (registration) await this.seats.erase(manager, event, registration, changes);
    });
  }

  private async registrationOf(purpose: EventLinkPurpose, token: string): Promise<EventRegistrationEntity> {
    const read = this.codes.readLinkToken(purpose, token);
    if ('problem' in read) {
      throw read.problem === 'expired'
        ? new AppError(410, 'eventRegistration.confirmExpired')
        : new AppError(400, 'eventRegistration.linkInvalid');
    }
    const registration = await this.db.manager.findOneBy(EventRegistrationEntity, { id: read.registrationId });
    if (!registration || registration.anonymisedAt) throw new AppError(404, 'eventRegistration.gone');
    return registration;
  }
}
