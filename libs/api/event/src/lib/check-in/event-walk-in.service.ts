import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, isUniqueViolation, type Principal } from '@bina-pustaka/api-platform';
import type { EventCheckInOutcome } from '@bina-pustaka/shared-contracts';
import type { walkInSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { EventLiveChangesService } from '../shared/event-live-changes.service';
import { EventManagersService } from '../shared/event-managers.service';
import { answerFor, phoneTime, storedAnswer, storeScan, type ScanAnswer } from './check-in-scans';
import { EventCheckInService } from './event-check-in.service';

export type WalkInInput = z.output<typeof walkInSchema>;

/**
 * Someone who comes without registering: registered and checked in at once by the staff
 * member at the door (method walk-in), kept by the phone's `scanId` like a scan so a resend
 * registers nobody twice. They gave their details to the staff at the door for this event,
 * which is their consent (the time it was recorded). An email is optional: without one they
 * get nothing by mail.
 */
@Injectable()
export class EventWalkInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managers: EventManagersService,
    private readonly live: EventLiveChangesService,
    private readonly checkIns: EventCheckInService,
  ) {}

  async walkIn(actor: Principal, eventId: string, input: WalkInInput): Promise<EventCheckInOutcome> {
    await this.managers.assertManages(actor, eventId);
    const at = phoneTime(input.at, new Date());
    const answer = await this.dataSource
      .transaction(async (manager) => {
        // The event's row lock orders walk-ins and confirmations taking the last seats.
        await manager.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [eventId]);
        return (
          (await storedAnswer(manager, eventId, input.scanId)) ?? this.register(manager, actor, eventId, input, at)
        );
      })
      .catch((error: unknown) => {
        // Someone registered with this email already: the staff finds them by name instead.
        if (isUniqueViolation(error, 'ux_event_registrations_email'))
          throw new AppError(409, 'event.walkInEmailRegistered');
        throw error;
      });
    void this.live.emit({ eventId });
    const [outcome] = await this.checkIns.named([answer]);
    return outcome;
  }

  private async register(
    manager: EntityManager,
    actor: Principal,
    eventId: string,
    input: WalkInInput,
    at: Date,
  ): Promise<ScanAnswer> {
    // A seat is counted while the capacity allows. When every seat is taken the person is
    // still admitted: they are standing at the door and the staff there decide whether the
    // room holds one more, so a full count never turns them away. Such a walk-in holds no
    // counted seat (confirmed_count guards registration online, and stays within capacity).
    await manager.query(
      `UPDATE events SET confirmed_count = confirmed_count + 1
       WHERE id = $1 AND (capacity IS NULL OR confirmed_count < capacity)`,
      [eventId],
    );
    const [registration]: { id: string; name: string }[] = await manager.query(
      `INSERT INTO event_registrations (event_id, name, email, whatsapp, affiliation, status, consented_at, confirmed_at,
                                        checked_in_at, checked_in_by, check_in_method)
       VALUES ($1, $2, $3, $4, $5, 'confirmed', now(), now(), $6, $7, 'walk-in')
       RETURNING id, name`,
      [eventId, input.name, input.email ?? null, input.whatsapp ?? null, input.affiliation || null, at, actor.userId],
    );
    await storeScan(
      manager,
      { scanId: input.scanId, eventId, registrationId: registration.id, outcome: 'checked-in' },
      at,
      actor.userId,
    );
    return answerFor(input.scanId, 'checked-in', {
      ...registration,
      status: 'confirmed',
      checkedInAt: at,
      checkedInBy: actor.userId,
      checkInMethod: 'walk-in',
    });
  }
}
