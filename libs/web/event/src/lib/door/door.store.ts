import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import {
  EVENT_CHECK_INS_MAX,
  type EventCheckInOutcome,
  type EventRegistrationCounts,
  type EventRosterEntry,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  Connectivity,
  EventDoorApi,
  EventDoorOutbox,
  EventLiveService,
  type DoorQueued,
  type DoorSnapshot,
  type EventWalkInInput,
} from '@bina-pustaka/web-data-access/events';
import { firstValueFrom } from 'rxjs';
import { type DoorResult, type DoorTone, resultFromOutcome, resultTone } from './door-result';
import { looksLikeTicketCode, ticketHash } from './ticket-hash';

/** Queued scans are tried again this often while the phone believes it is online (a flaky line). */
export const DOOR_RETRY_MS = 15_000;
/** How many of the last scans stay on screen. */
const RECENT_MAX = 5;
const VIBRATION: Record<DoorTone, number[]> = {
  green: [80],
  amber: [80, 60, 80],
  red: [300],
};

export type DoorWalkIn = Omit<EventWalkInInput, 'scanId' | 'at'>;

/**
 * The door's state for one event. The roster (kept on the phone) answers every scan at
 * once, offline; each check-in is queued with a random `scanId` and sent in batches when
 * there is a network; the server's answer then corrects the screen (a ticket another phone
 * already checked in). The count is the server's plus this phone's arrivals not yet sent.
 */
@Injectable()
export class DoorStore {
  private readonly api = inject(EventDoorApi);
  private readonly live = inject(EventLiveService);
  private readonly connectivity = inject(Connectivity);
  private readonly window = inject(DOCUMENT).defaultView;

  private eventId = '';
  private outbox: EventDoorOutbox | null = null;
  private stopWatching: () => void = () => undefined;
  private readonly snapshot = signal<DoorSnapshot | null>(null);
  private readonly queued = signal<DoorQueued[]>([]);

  readonly loading = signal(true);
  /** The roster could not be downloaded and none is kept on this phone. */
  readonly loadFailure = signal<ApiFailure | null>(null);
  /** The last send was refused (not a lost network, which is simply tried again). */
  readonly sendFailure = signal<ApiFailure | null>(null);
  readonly sending = signal(false);
  readonly online = this.connectivity.online;
  readonly results = signal<DoorResult[]>([]);

  readonly title = computed(() => this.snapshot()?.title ?? '');
  readonly timeZone = computed(() => this.snapshot()?.timeZone ?? 'Asia/Jakarta');
  readonly entries = computed(() => this.snapshot()?.roster.entries ?? []);
  readonly pendingCount = computed(() => this.queued().length);
  readonly counts = computed(() => {
    const counts = this.snapshot()?.roster.counts;
    if (!counts) return null;
    const waiting = this.queued().filter((entry) => entry.kind === 'walk-in' || entry.registrationId).length;
    return { arrived: counts.arrived + waiting, registered: counts.confirmed };
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      if (this.online()) untracked(() => void this.flush());
    });
    const timer = setInterval(() => void this.flush(), DOOR_RETRY_MS);
    destroyRef.onDestroy(() => clearInterval(timer));
    destroyRef.onDestroy(() => this.stopWatching());
  }

  /** Opens the event: what the phone kept at once, then the fresh roster when the network allows. */
  async open(eventId: string): Promise<void> {
    this.eventId = eventId;
    this.outbox = new EventDoorOutbox(eventId);
    this.queued.set(this.outbox.pending());
    const kept = this.outbox.snapshot();
    if (kept) this.setSnapshot(kept);
    this.loading.set(!kept);
    await this.download();
    this.stopWatching = this.live.watch(eventId, {
      counts: (counts) => this.setCounts(counts),
      reconnected: () => void this.download().then(() => this.flush()),
    });
    await this.flush();
  }

  /** The first download failed and nothing was kept: try again (the socket is already set up). */
  async retry(): Promise<void> {
    this.loading.set(true);
    await this.download();
    await this.flush();
  }

  /** A code read by the camera (or typed): answered from the roster, then queued for the server. */
  async scan(raw: string): Promise<void> {
    const code = raw.trim();
    const scanId = crypto.randomUUID();
    if (!looksLikeTicketCode(code)) {
      this.show({ scanId, outcome: 'invalid', name: null, at: null, by: null, sent: true });
      return;
    }
    const hash = await ticketHash(code);
    const entry = this.entries().find((each) => each.codeHash === hash) ?? null;
    this.checkIn(scanId, entry, { scanId, ticketCode: code, at: new Date().toISOString() });
  }

  /** Someone found by name (their ticket left at home). */
  checkInByName(registrationId: string): void {
    const entry = this.entries().find((each) => each.registrationId === registrationId);
    if (!entry) return;
    const scanId = crypto.randomUUID();
    this.checkIn(scanId, entry, { scanId, registrationId, at: new Date().toISOString() });
  }

  /** A guest who did not register: welcomed at once, registered when the walk-in is sent. */
  walkIn(person: DoorWalkIn): void {
    const walkIn: EventWalkInInput = { ...person, scanId: crypto.randomUUID(), at: new Date().toISOString() };
    this.enqueue({ kind: 'walk-in', walkIn });
    this.show({ scanId: walkIn.scanId, outcome: 'checked-in', name: walkIn.name, at: null, by: null, sent: false });
    void this.flush();
  }

  /** Sends what is queued: check-ins in batches, then walk-ins; a lost network keeps them for later. */
  async flush(): Promise<void> {
    if (!this.outbox || this.sending() || !this.online() || this.outbox.size === 0) return;
    this.sending.set(true);
    this.sendFailure.set(null);
    try {
      while (await this.sendNext());
    } finally {
      this.sending.set(false);
    }
  }

  private checkIn(
    scanId: string,
    entry: EventRosterEntry | null,
    checkIn: { scanId: string; ticketCode?: string; registrationId?: string; at: string },
  ): void {
    if (entry?.checkedInAt) {
      // Already in on this phone's roster: nothing to send, the screen says since when.
      this.show({
        scanId,
        outcome: 'already-checked-in',
        name: entry.name,
        at: entry.checkedInAt,
        by: null,
        sent: true,
      });
      return;
    }
    // A ticket missing from the roster is still sent: it may have been confirmed after the download.
    this.enqueue({ kind: 'check-in', checkIn, registrationId: entry?.registrationId ?? null });
    if (entry) this.markArrived(entry.registrationId, checkIn.at);
    this.show({
      scanId,
      outcome: entry ? 'checked-in' : 'unknown',
      name: entry?.name ?? null,
      at: null,
      by: null,
      sent: false,
    });
    void this.flush();
  }

  /** One request; true when there may be more to send. */
  private async sendNext(): Promise<boolean> {
    const outbox = this.outbox;
    if (!outbox) return false;
    const pending = outbox.pending();
    const checkIns = pending
      .flatMap((entry) => (entry.kind === 'check-in' ? [entry.checkIn] : []))
      .slice(0, EVENT_CHECK_INS_MAX);
    const walkIn = pending.find((entry) => entry.kind === 'walk-in');
    const before = outbox.size;
    try {
      if (checkIns.length > 0) {
        const answer = await firstValueFrom(this.api.checkIns(this.eventId, checkIns));
        for (const outcome of answer.outcomes) this.settle(outcome);
        this.setCounts(answer.counts);
      } else if (walkIn?.kind === 'walk-in') {
        try {
          this.settle(await firstValueFrom(this.api.walkIn(this.eventId, walkIn.walkIn)));
        } catch (error) {
          const failure = toApiFailure(error);
          if (failure.status < 400 || failure.status >= 500) throw error;
          // Refused for what was typed (an email already registered): dropped, with the reason on screen.
          this.forget(walkIn.walkIn.scanId);
          this.update(walkIn.walkIn.scanId, { outcome: 'refused', message: failure.message, sent: true });
        }
      }
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.status !== 0) this.sendFailure.set(failure);
      return false;
    } finally {
      this.queued.set(outbox.pending());
    }
    // An answer that settled nothing is not sent again at once (it would only repeat).
    return outbox.size > 0 && outbox.size < before;
  }

  /** The server's word on one scan: it leaves the queue, and the roster and screen follow it. */
  private settle(outcome: EventCheckInOutcome): void {
    this.forget(outcome.scanId);
    if (outcome.registrationId && (outcome.outcome === 'checked-in' || outcome.outcome === 'already-checked-in')) {
      const at = outcome.firstCheckedInAt ?? new Date().toISOString();
      this.markArrived(outcome.registrationId, at, outcome.outcome === 'already-checked-in');
    }
    this.update(outcome.scanId, resultFromOutcome(outcome));
  }

  private enqueue(entry: DoorQueued): void {
    this.outbox?.add(entry);
    this.queued.set(this.outbox?.pending() ?? []);
  }

  private forget(scanId: string): void {
    this.outbox?.done(scanId);
  }

  private show(result: DoorResult): void {
    this.results.update((list) => [result, ...list].slice(0, RECENT_MAX));
    this.window?.navigator.vibrate?.(VIBRATION[resultTone(result)]);
  }

  private update(scanId: string, changes: Partial<DoorResult>): void {
    this.results.update((list) =>
      list.map((result) => (result.scanId === scanId ? { ...result, ...changes } : result)),
    );
  }

  /** Notes an arrival on the kept roster, so a reload (or a second scan) knows; the first time wins unless told. */
  private markArrived(registrationId: string, at: string, overwrite = false): void {
    const snapshot = this.snapshot();
    if (!snapshot) return;
    const entries = snapshot.roster.entries.map((entry) =>
      entry.registrationId === registrationId && (overwrite || !entry.checkedInAt)
        ? { ...entry, checkedInAt: at }
        : entry,
    );
    this.setSnapshot({ ...snapshot, roster: { ...snapshot.roster, entries } });
  }

  private setCounts(counts: EventRegistrationCounts): void {
    const snapshot = this.snapshot();
    if (snapshot) this.setSnapshot({ ...snapshot, roster: { ...snapshot.roster, counts } });
  }

  private setSnapshot(snapshot: DoorSnapshot): void {
    this.snapshot.set(snapshot);
    this.outbox?.save(snapshot);
  }

  /** The event and its roster from the api; this phone's unsent arrivals stay marked on it. */
  private async download(): Promise<void> {
    try {
      const [event, roster] = await Promise.all([
        firstValueFrom(this.api.event(this.eventId)),
        firstValueFrom(this.api.roster(this.eventId)),
      ]);
      this.setSnapshot({ title: event.title, timeZone: event.timeZone, roster });
      for (const entry of this.queued()) {
        if (entry.kind === 'check-in' && entry.registrationId) this.markArrived(entry.registrationId, entry.checkIn.at);
      }
      this.loadFailure.set(null);
    } catch (error) {
      if (!this.snapshot()) this.loadFailure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }
}
