import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, isUniqueViolation, type Principal } from '@bina-pustaka/api-platform';
import type { EventRegistrationResult, EventTicket, Locale } from '@bina-pustaka/shared-contracts';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { EventRegistrationEntity } from '../entities/event-registration.entity';
import { EventEntity } from '../entities/event.entity';
import { EventTicketsService } from '../tickets/event-tickets.service';
import { EventManagersService } from '../shared/event-managers.service';
import { EventSeatsService } from './event-seats.service';
import { checkAnswers } from './registration-answers';
import { registrationResult } from './registration-result';
import { registrationRefusal } from './registration-window';

/**
 * A signed-in member registers with one click: their account's name and email, the answers
 * to the organiser's questions when the event asks any, and no confirmation email (the
 * account already proves the address), so the seat is taken at once, or a place in line.
 * A manager may cancel anyone's registration of their event (the person is emailed).
 */
@Injectable()
export class MemberRegistrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly seats: EventSeatsService,
    private readonly tickets: EventTicketsService,
    private readonly managers: EventManagersService,
  ) {}

  async register(
    actor: Principal,
    eventId: string,
    given: Record<string, string>,
    locale: Locale,
  ): Promise<EventRegistrationResult> {
    try {
      return await this.seats.withEvent(eventId, async (manager, event, changes) => {
        const refusal = registrationRefusal(event);
        if (refusal) throw refusal;
        // The organiser's required questions hold for members too: a click without them is refused.
        const answers = checkAnswers(event.questions, given);
        if (await this.liveOf(manager, actor, eventId)) throw new AppError(409, 'eventRegistration.memberDuplicate');
        const id = randomUUID();
        const seated = await this.seats.takeSeat(manager, eventId);
        await manager.insert(EventRegistrationEntity, {
          id,
          eventId,
          userId: actor.userId,
          name: actor.user.fullName,
          email: actor.user.email.toLowerCase(),
          answers,
          status: seated ? 'confirmed' : 'waitlisted',
          consentedAt: new Date(),
          confirmedAt: seated ? new Date() : null,
          ticketCodeHash: seated ? this.tickets.codeHash(eventId, id) : null,
        });
        const registration = await manager.findOneByOrFail(EventRegistrationEntity, { id });
        changes.push({ registrationId: id, mail: seated ? 'ticket' : 'waitlisted' });
        return registrationResult(
          locale,
          registration.status,
          await this.tickets.waitlistPosition(manager, registration),
        );
      });
    } catch (error) {
      // The same email already registered as a guest (or twice at once from two tabs).
      if (isUniqueViolation(error, 'ux_event_registrations_email'))
        throw new AppError(409, 'eventRegistration.duplicate');
      if (isUniqueViolation(error, 'ux_event_registrations_user')) {
        throw new AppError(409, 'eventRegistration.memberDuplicate');
      }
      throw error;
    }
  }

  async ticket(actor: Principal, eventId: string): Promise<EventTicket> {
    const event = await this.db.manager.findOneBy(EventEntity, { id: eventId, status: Not('draft') });
    const registration = event && (await this.liveOf(this.db.manager, actor, eventId));
    if (!event || !registration) throw new AppError(404, 'eventRegistration.notRegistered');
    return this.tickets.view(this.db.manager, event, registration);
  }

  async cancel(actor: Principal, eventId: string, locale: Locale): Promise<EventRegistrationResult> {
    return this.seats.withEvent(eventId, async (manager, event, changes) => {
      const live = event.status === 'draft' ? null : await this.liveOf(manager, actor, eventId);
      if (!live) throw new AppError(404, 'eventRegistration.notRegistered');
      await this.seats.cancel(manager, event, (await this.seats.lockRegistration(manager, live.id)) ?? live, changes);
      return registrationResult(locale, 'cancelled', null);
    });
  }

  /** A manager cancels a registration of their event and its person is emailed (cancelling again answers the same). */
  async cancelByManager(
    actor: Principal,
    eventId: string,
    registrationId: string,
    locale: Locale,
  ): Promise<EventRegistrationResult> {
    await this.managers.assertManages(actor, eventId);
    return this.seats.withEvent(eventId, async (manager, event, changes) => {
      const registration = await this.seats.lockRegistration(manager, registrationId);
      if (!registration || registration.eventId !== eventId) {
        throw new AppError(404, 'eventRegistration.registrationNotFound');
      }
      const wasLive = registration.status !== 'cancelled';
      await this.seats.cancel(manager, event, registration, changes);
      // The person learns of it from us, not at the door; cancelling again tells them nothing twice.
      if (wasLive) changes.push({ registrationId: registration.id, mail: 'cancelled-by-organiser' });
      return registrationResult(locale, 'cancelled', null);
    });
  }

  private liveOf(manager: EntityManager, actor: Principal, eventId: string): Promise<EventRegistrationEntity | null> {
    return manager.findOneBy(EventRegistrationEntity, { eventId, userId: actor.userId, status: Not('cancelled') });
  }
}
