import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GuestCertificatesPrivacyService } from '@bina-pustaka/api-certificates';
import { AppError, translate } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';
import { EventRegistrationEntity } from '../entities/event-registration.entity';
import { EventEntity } from '../entities/event.entity';
import { EventLiveChangesService } from '../shared/event-live-changes.service';
import { EventTicketsService } from '../tickets/event-tickets.service';
import { RegistrationMailsService, type SeatChange } from './registration-mails.service';
import { seatsMove } from './registration-window';

/** What the organising stage gets back from promoting: how many, and the emails to send once it has committed. */
export interface Promotions {
  promoted: number;
  notify(): Promise<void>;
}

/**
 * Seats: every change of an event's seats runs in one transaction that first locks the
 * event's row, so confirmations, cancellations and promotions of one event take turns and
 * `confirmed_count` never passes the capacity (the table's check says so too). Waitlisted
 * registrations are promoted by arrival (for a guest, when their confirmation came) as seats free up.
 */
@Injectable()
export class EventSeatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: EventTicketsService,
    private readonly mails: RegistrationMailsService,
    private readonly live: EventLiveChangesService,
    private readonly guestCertificates: GuestCertificatesPrivacyService,
  ) {}

  /** Runs `work` with the event locked, then sends the emails of the seats it changed and tells the door's count. */
  async withEvent<T>(
    eventId: string,
    work: (manager: EntityManager, event: EventEntity, changes: SeatChange[]) => Promise<T>,
  ): Promise<T> {
    const changes: SeatChange[] = [];
    const result = await this.db.transaction(async (manager) =>
      work(manager, await this.lockEvent(manager, eventId), changes),
    );
    await this.mails.announce(changes);
    void this.live.emit({ eventId });
    return result;
  }

  /**
   * FOR NO KEY UPDATE, not FOR UPDATE: it orders the seat changes all the same, but a guest
   * registering meanwhile (whose new row's foreign key takes FOR KEY SHARE on the event) does
   * not queue behind every confirmation waiting for the lock.
   */
  async lockEvent(manager: EntityManager, eventId: string): Promise<EventEntity> {
    const event = await manager.findOne(EventEntity, { where: { id: eventId }, lock: { mode: 'for_no_key_update' } });
    if (!event) throw new AppError(404, 'event.notFound');
    return event;
  }

  async lockRegistration(manager: EntityManager, registrationId: string): Promise<EventRegistrationEntity | null> {
    return manager.findOne(EventRegistrationEntity, {
      where: { id: registrationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** One seat if one is free (the event's row is locked by the caller). */
  async takeSeat(manager: EntityManager, eventId: string): Promise<boolean> {
    const [{ taken }]: { taken: number }[] = await manager.query(
      `WITH seat AS (
         UPDATE events SET confirmed_count = confirmed_count + 1
          WHERE id = $1 AND (capacity IS NULL OR confirmed_count < capacity) RETURNING 1)
       SELECT count(*)::int AS taken FROM seat`,
      [eventId],
    );
    return taken === 1;
  }

  /** An unconfirmed registration whose email was opened: a seat and a ticket, or a place in line. */
  async seat(
    manager: EntityManager,
    event: EventEntity,
    registration: EventRegistrationEntity,
    changes: SeatChange[],
  ): Promise<void> {
    if (!seatsMove(event)) {
      throw new AppError(
        409,
        event.status === 'cancelled' ? 'eventRegistration.eventCancelled' : 'eventRegistration.ended',
      );
    }
    if (await this.takeSeat(manager, event.id)) {
      await this.markConfirmed(manager, event, registration);
      changes.push({ registrationId: registration.id, mail: 'ticket' });
    } else {
      // In line from the moment the confirmation came, as a seat would have been: the place the
      // guest is told now only ever moves up (a late confirmer of an earlier registration queues behind).
      // An UPDATE's answer from TypeORM is [rows, affected].
      const [[{ arrival }]]: [{ arrival: string }[], number] = await manager.query(
        `UPDATE event_registrations SET status = 'waitlisted', arrival = nextval('event_registration_arrival')
          WHERE id = $1 RETURNING arrival`,
        [registration.id],
      );
      Object.assign(registration, { status: 'waitlisted', arrival: Number(arrival) });
      changes.push({ registrationId: registration.id, mail: 'waitlisted' });
    }
  }

  /** Cancels a live registration; a freed seat goes to the first in line. Cancelling again changes nothing. */
  async cancel(
    manager: EntityManager,
    event: EventEntity,
    registration: EventRegistrationEntity,
    changes: SeatChange[],
  ): Promise<void> {
    if (registration.status === 'cancelled') return;
    const heldSeat = registration.status === 'confirmed';
    registration.status = 'cancelled';
    registration.cancelledAt = new Date();
    await manager.update(EventRegistrationEntity, registration.id, {
      status: 'cancelled',
      cancelledAt: registration.cancelledAt,
    });
    if (!heldSeat) return;
    await manager.query(`UPDATE events SET confirmed_count = confirmed_count - 1 WHERE id = $1`, [event.id]);
    await this.promote(manager, event, changes);
  }

  /**
   * Gives free seats to the waitlisted, first come first served, in the caller's transaction
   * (the organising PATCH calls it when the capacity grows). Call `notify()` once that
   * transaction has committed: it emails the promoted their tickets.
   */
  async promoteWaitlist(manager: EntityManager, eventId: string): Promise<Promotions> {
    const changes: SeatChange[] = [];
    await this.promote(manager, await this.lockEvent(manager, eventId), changes);
    return { promoted: changes.length, notify: () => this.mails.announce(changes) };
  }

  /**
   * The same in a transaction of its own, emails included: for a caller whose change of the
   * capacity has already committed (the row lock still orders it after any confirmation).
   */
  async promoteWaitlistNow(eventId: string): Promise<number> {
    return this.withEvent(eventId, async (manager, event, changes) => {
      await this.promote(manager, event, changes);
      return changes.length;
    });
  }

  /**
   * Blanks a registration's personal data at its person's request (cancelling it first, which
   * may promote the next), and a guest's certificates of the event with it (a member's are
   * held by their account, which their own deletion handles).
   */
  async erase(
    manager: EntityManager,
    event: EventEntity,
    registration: EventRegistrationEntity,
    changes: SeatChange[],
  ): Promise<void> {
    if (registration.anonymisedAt) return;
    await this.cancel(manager, event, registration, changes);
    await manager.update(EventRegistrationEntity, registration.id, {
      name: translate('id', 'eventRegistration.erasedName'),
      email: null,
      whatsapp: null,
      affiliation: null,
      answers: {},
      userId: null,
      anonymisedAt: new Date(),
    });
    if (!registration.userId && registration.email) {
      await this.guestCertificates.erase(manager, 'event', [{ subjectId: event.id, email: registration.email }]);
    }
  }

  private async promote(manager: EntityManager, event: EventEntity, changes: SeatChange[]): Promise<void> {
    if (!seatsMove(event)) return;
    for (;;) {
      // SKIP LOCKED: a registration another transaction holds (being cancelled or erased) is passed over.
      const [next]: { id: string }[] = await manager.query(
        `SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'
          ORDER BY arrival LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [event.id],
      );
      if (!next || !(await this.takeSeat(manager, event.id))) return;
      await this.markConfirmed(manager, event, { id: next.id });
      changes.push({ registrationId: next.id, mail: 'promoted' });
    }
  }

  private async markConfirmed(
    manager: EntityManager,
    event: EventEntity,
    registration: Pick<EventRegistrationEntity, 'id'> & Partial<EventRegistrationEntity>,
  ): Promise<void> {
    const change = {
      status: 'confirmed' as const,
      confirmedAt: new Date(),
      ticketCodeHash: this.tickets.codeHash(event.id, registration.id),
    };
    Object.assign(registration, change);
    await manager.update(EventRegistrationEntity, registration.id, change);
  }
}
