import type { EventCheckInOutcome, EventScanOutcome } from '@bina-pustaka/shared-contracts';
import type { EntityManager } from 'typeorm';

/** An outcome as the transaction knows it: the first check-in's staff member by id, named after commit. */
export type ScanAnswer = Omit<EventCheckInOutcome, 'firstCheckedInAt' | 'firstCheckedInBy'> & {
  firstCheckedInAt: Date | null;
  firstCheckedInById: string | null;
};

/** A registration of the event as a scan reads it (locked by the caller). */
export interface DoorRegistration {
  id: string;
  name: string;
  status: string;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  checkInMethod: string | null;
}

export const DOOR_REGISTRATION_COLUMNS = `id, name, status, checked_in_at AS "checkedInAt", checked_in_by AS "checkedInBy",
  check_in_method AS "checkInMethod"`;

/** An answer naming no registration (a made-up code, another event's ticket). */
export function unnamed(scanId: string, outcome: EventScanOutcome): ScanAnswer {
  return { scanId, outcome, registrationId: null, name: null, firstCheckedInAt: null, firstCheckedInById: null };
}

export function answerFor(scanId: string, outcome: EventScanOutcome, registration: DoorRegistration): ScanAnswer {
  const already = outcome === 'already-checked-in';
  return {
    scanId,
    outcome,
    registrationId: registration.id,
    name: registration.name,
    firstCheckedInAt: already ? registration.checkedInAt : null,
    firstCheckedInById: already ? registration.checkedInBy : null,
  };
}

/**
 * A scan sent before, answered as it was (with the first check-in as it stands now), or
 * null when its id is new. A scan id of another event names nothing here: `invalid`.
 */
export async function storedAnswer(
  manager: EntityManager,
  eventId: string,
  scanId: string,
): Promise<ScanAnswer | null> {
  const [stored]: (DoorRegistration & { eventId: string; outcome: EventScanOutcome; registrationId: string | null })[] =
    await manager.query(
      `SELECT s.event_id AS "eventId", s.outcome, s.registration_id AS "registrationId",
              r.id, r.name, r.status, r.checked_in_at AS "checkedInAt", r.checked_in_by AS "checkedInBy",
              r.check_in_method AS "checkInMethod"
       FROM event_check_in_scans s LEFT JOIN event_registrations r ON r.id = s.registration_id
       WHERE s.scan_id = $1`,
      [scanId],
    );
  if (!stored) return null;
  if (stored.eventId !== eventId) return unnamed(scanId, 'invalid');
  return stored.registrationId ? answerFor(scanId, stored.outcome, stored) : unnamed(scanId, stored.outcome);
}

/** Keeps the scan by its id; false when a request with the same id stored it first. */
export async function storeScan(
  manager: EntityManager,
  scan: { scanId: string; eventId: string; registrationId: string | null; outcome: EventScanOutcome },
  at: Date,
  staffId: string,
): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO event_check_in_scans (scan_id, event_id, registration_id, outcome, scanned_at, scanned_by)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (scan_id) DO NOTHING RETURNING scan_id`,
    [scan.scanId, scan.eventId, scan.registrationId, scan.outcome, at, staffId],
  );
  return inserted.length === 1;
}

/**
 * The phone's time of a scan, but never later than now: a phone whose clock runs ahead
 * would otherwise record an arrival that has not happened yet.
 */
export function phoneTime(at: string, now: Date): Date {
  const time = new Date(at);
  return time > now ? now : time;
}
