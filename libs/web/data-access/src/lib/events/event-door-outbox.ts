import type { EventCheckInInput, EventRoster, EventTimeZone } from '@bina-pustaka/shared-contracts';
import { EVENT_DOOR_PREFIX, deviceStorage } from '../offline/offline-data';
import { type Pending, PendingQueue, nextSeq } from '../offline/pending-queue';
import type { EventWalkInInput } from './event-door-api.service';

/** A check-in or walk-in made at the door and not yet confirmed by the server. */
export type DoorQueued =
  | {
      kind: 'check-in';
      checkIn: EventCheckInInput;
      /**
       * The roster entry the phone matched it to (null: not on its roster): an arrival added
       * to the count until sent, and marked again on a roster downloaded meanwhile.
       */
      registrationId: string | null;
    }
  | { kind: 'walk-in'; walkIn: EventWalkInInput };

/** What the door needs to open without a network: the event's title and zone, and its roster. */
export interface DoorSnapshot {
  title: string;
  timeZone: EventTimeZone;
  roster: EventRoster;
}

/**
 * The door's phone's memory of one event, in localStorage so a reload without a network
 * still opens it and loses nothing: the last roster downloaded, and the scans and walk-ins
 * waiting for the server (a PendingQueue keyed by `scanId`, oldest first). Both hold guests'
 * names, so signing out clears them (EVENT_DOOR_PREFIX is a personal key).
 */
export class EventDoorOutbox {
  private readonly queue: PendingQueue<DoorQueued>;
  private readonly snapshotKey: string;
  private lastSeq: number | null = null;

  constructor(
    eventId: string,
    private readonly storage: Storage | null = deviceStorage(),
  ) {
    this.queue = new PendingQueue(`${EVENT_DOOR_PREFIX}queue.${eventId}`, storage);
    this.snapshotKey = `${EVENT_DOOR_PREFIX}roster.${eventId}`;
    this.lastSeq = this.queue.ordered().at(-1)?.[1].seq ?? null;
  }

  /** The roster saved last time, or null (never opened here, or stored in a shape not known). */
  snapshot(): DoorSnapshot | null {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(this.snapshotKey) ?? 'null');
      const roster = (value as DoorSnapshot | null)?.roster;
      return roster && Array.isArray(roster.entries) ? (value as DoorSnapshot) : null;
    } catch {
      return null;
    }
  }

  save(snapshot: DoorSnapshot): void {
    try {
      this.storage?.setItem(this.snapshotKey, JSON.stringify(snapshot));
    } catch {
      /* storage full or blocked: the roster stays in memory for this visit */
    }
  }

  /** Waiting entries, oldest first: the order they happened in, and the order to send them in. */
  pending(): Pending<DoorQueued>[] {
    return this.queue.ordered().map(([, entry]) => entry);
  }

  get size(): number {
    return this.queue.size;
  }

  add(entry: DoorQueued): void {
    this.lastSeq = nextSeq(this.lastSeq);
    this.queue.put(scanIdOf(entry), entry, this.lastSeq);
  }

  /** The server answered for this scan: it is done (a resend would be harmless, but is not needed). */
  done(scanId: string): void {
    const entry = this.queue.all()[scanId];
    if (entry) this.queue.acknowledge(scanId, entry.seq);
  }
}

export function scanIdOf(entry: DoorQueued): string {
  return entry.kind === 'check-in' ? entry.checkIn.scanId : entry.walkIn.scanId;
}
