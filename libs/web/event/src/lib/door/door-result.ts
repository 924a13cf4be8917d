import type { EventCheckInOutcome, EventScanOutcome } from '@bina-pustaka/shared-contracts';

/**
 * What the screen says of one scan: the server's outcomes, plus `unknown` (not on this
 * phone's roster, asking the server) and `refused` (a walk-in the api turned down).
 */
export type DoorOutcome = EventScanOutcome | 'unknown' | 'refused';

export interface DoorResult {
  scanId: string;
  outcome: DoorOutcome;
  name: string | null;
  /** already-checked-in: when the person came in first, and by which staff member (the server knows). */
  at: string | null;
  by: string | null;
  /** The server has answered for it (or it needs no answer). */
  sent: boolean;
  /** refused: the server's sentence. */
  message?: string | null;
}

export type DoorTone = 'green' | 'amber' | 'red';

export function resultTone(result: Pick<DoorResult, 'outcome'>): DoorTone {
  if (result.outcome === 'checked-in') return 'green';
  if (result.outcome === 'already-checked-in') return 'amber';
  return 'red';
}

/** The server's answer over what the phone showed; the phone's name stays when the server sends none. */
export function resultFromOutcome(outcome: EventCheckInOutcome): Partial<DoorResult> {
  return {
    outcome: outcome.outcome,
    ...(outcome.name ? { name: outcome.name } : {}),
    at: outcome.firstCheckedInAt,
    by: outcome.firstCheckedInBy,
    sent: true,
  };
}
