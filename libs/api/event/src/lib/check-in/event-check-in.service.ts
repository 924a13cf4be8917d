import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Principal } from '@bina-pustaka/api-platform';
import type {
  EventCheckInInput,
  EventCheckInOutcome,
  EventCheckInsResult,
  EventScanOutcome,
} from '@bina-pustaka/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { registrationCounts } from '../shared/event-counts';
import { EventCodes, ticketCodeHash } from '../shared/event-codes';
import { EventLiveChangesService } from '../shared/event-live-changes.service';
import { EventManagersService } from '../shared/event-managers.service';
import {
  answerFor,
  DOOR_REGISTRATION_COLUMNS,
  phoneTime,
  storedAnswer,
  storeScan,
  unnamed,
  type DoorRegistration,
  type ScanAnswer,
} from './check-in-scans';

/**
 * The door's queued scans and search picks, sent in a batch when the phone is online. Each
 * is kept by its `scanId`, so a resend after a lost answer is answered the same and changes
 * nothing. The batch is one transaction that first locks every registration it names (in
 * id order, so two batches cannot deadlock): two phones sending the same ticket at once
 * check it in once, the second hearing when and by whom.
 */
@Injectable()
export class EventCheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: EventCodes,
    private readonly managers: EventManagersService,
    private readonly live: EventLiveChangesService,
    private readonly directory: UserDirectoryService,
  ) {}

  async checkIn(actor: Principal, eventId: string, scans: EventCheckInInput[]): Promise<EventCheckInsResult> {
    await this.managers.assertManages(actor, eventId);
    const now = new Date();
    const { answers, counts } = await this.dataSource.transaction(async (manager) => {
      await this.lockNamed(manager, eventId, scans);
      const answers: ScanAnswer[] = [];
      for (const scan of scans) answers.push(await this.one(manager, actor, eventId, scan, now));
      return { answers, counts: await registrationCounts(manager, eventId) };
    });
    void this.live.emit({ eventId });
    return { outcomes: await this.named(answers), counts };
  }

  /** Names the staff member of each first check-in (after the transaction: a read of another domain). */
  async named(answers: ScanAnswer[]): Promise<EventCheckInOutcome[]> {
    const staff = await this.directory.byIds(answers.flatMap((answer) => answer.firstCheckedInById ?? []));
    return answers.map(({ firstCheckedInById, firstCheckedInAt, ...answer }) => ({
      ...answer,
      firstCheckedInAt: firstCheckedInAt?.toISOString() ?? null,
      firstCheckedInBy: firstCheckedInById ? (staff.get(firstCheckedInById)?.fullName ?? null) : null,
    }));
  }

  private async lockNamed(manager: EntityManager, eventId: string, scans: EventCheckInInput[]): Promise<void> {
    const ids = scans.flatMap((scan) => scan.registrationId ?? []);
    const hashes = scans.flatMap((scan) =>
      scan.ticketCode && this.codes.ticketSignedFor(eventId, scan.ticketCode) ? [ticketCodeHash(scan.ticketCode)] : [],
    );
    await manager.query(
      `SELECT id FROM event_registrations
       WHERE event_id = $1 AND (id = ANY($2::uuid[]) OR ticket_code_hash = ANY($3::bytea[]))
       ORDER BY id FOR UPDATE`,
      [eventId, ids, hashes],
    );
  }

  private async one(
    manager: EntityManager,
    actor: Principal,
    eventId: string,
    scan: EventCheckInInput,
    now: Date,
  ): Promise<ScanAnswer> {
    const stored = await storedAnswer(manager, eventId, scan.scanId);
    if (stored) return stored;
    const at = phoneTime(scan.at, now);
    const found = await this.find(manager, eventId, scan);
    let outcome: EventScanOutcome;
    if (typeof found === 'string') {
      outcome = found;
    } else if (found.status === 'cancelled') {
      outcome = 'cancelled';
    } else if (found.status !== 'confirmed') {
      outcome = 'not-confirmed';
    } else if (found.checkedInAt && (found.checkedInAt <= at || found.checkInMethod === 'walk-in')) {
      // A walk-in stays one: registered at the door, no scan made before it counts as theirs.
      outcome = 'already-checked-in';
    } else {
      await this.arrive(manager, found, at, actor.userId, scan.ticketCode ? 'scan' : 'search');
      outcome = 'checked-in';
    }
    const registration = typeof found === 'string' ? null : found;
    const kept = await storeScan(
      manager,
      { scanId: scan.scanId, eventId, registrationId: registration?.id ?? null, outcome },
      at,
      actor.userId,
    );
    // The same scan id stored by a request running beside this one: answer as it was answered.
    if (!kept) return (await storedAnswer(manager, eventId, scan.scanId)) ?? unnamed(scan.scanId, 'invalid');
    return registration ? answerFor(scan.scanId, outcome, registration) : unnamed(scan.scanId, outcome);
  }

  /**
   * The first arrival. Phones offline send late: a scan made earlier than the one on record
   * (another phone's, sent first) becomes the first, and the one on record is answered as
   * already checked in from now on.
   */
  private async arrive(
    manager: EntityManager,
    registration: DoorRegistration,
    at: Date,
    staffId: string,
    method: 'scan' | 'search',
  ): Promise<void> {
    if (registration.checkedInAt) {
      await manager.query(
        `UPDATE event_check_in_scans SET outcome = 'already-checked-in' WHERE registration_id = $1 AND outcome = 'checked-in'`,
        [registration.id],
      );
    }
    await manager.query(
      `UPDATE event_registrations SET checked_in_at = $2, checked_in_by = $3, check_in_method = $4 WHERE id = $1`,
      [registration.id, at, staffId, method],
    );
    registration.checkedInAt = at;
    registration.checkedInBy = staffId;
    registration.checkInMethod = method;
  }

  /**
   * The registration a scan names, or why none: a code not signed for this event is
   * another event's ticket when its hash is known there, else made up or altered.
   */
  private async find(
    manager: EntityManager,
    eventId: string,
    scan: EventCheckInInput,
  ): Promise<DoorRegistration | 'other-event' | 'invalid'> {
    if (scan.registrationId) {
      const [picked]: DoorRegistration[] = await manager.query(
        `SELECT ${DOOR_REGISTRATION_COLUMNS} FROM event_registrations WHERE id = $1 AND event_id = $2`,
        [scan.registrationId, eventId],
      );
      return picked ?? 'invalid';
    }
    const code = scan.ticketCode ?? '';
    const hash = ticketCodeHash(code);
    if (!this.codes.ticketSignedFor(eventId, code)) {
      const elsewhere: unknown[] = await manager.query(
        `SELECT 1 FROM event_registrations WHERE ticket_code_hash = $1 AND event_id <> $2`,
        [hash, eventId],
      );
      return elsewhere.length > 0 ? 'other-event' : 'invalid';
    }
    const [scanned]: DoorRegistration[] = await manager.query(
      `SELECT ${DOOR_REGISTRATION_COLUMNS} FROM event_registrations WHERE ticket_code_hash = $1 AND event_id = $2`,
      [hash, eventId],
    );
    return scanned ?? 'invalid';
  }
}
