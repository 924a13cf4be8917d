import type { EventRoster } from '@bina-pustaka/shared-contracts';
import { clearOfflineData } from '../offline/offline-data';
import { EventDoorOutbox } from './event-door-outbox';

const EVENT = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
const roster: EventRoster = {
  eventId: EVENT,
  entries: [
    {
      registrationId: 'r1',
      status: 'confirmed',
      name: 'Siti Rahma',
      affiliation: null,
      codeHash: 'ab12',
      checkedInAt: null,
    },
  ],
  counts: { confirmed: 1, unconfirmed: 0, waitlisted: 0, cancelled: 0, arrived: 0, walkIns: 0 },
};
const checkIn = (scanId: string) => ({
  kind: 'check-in' as const,
  checkIn: { scanId, ticketCode: 'abc', at: '2026-12-19T02:12:00.000Z' },
  registrationId: 'r1',
});

describe('EventDoorOutbox', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the roster and the waiting scans across a reload, oldest first', () => {
    const outbox = new EventDoorOutbox(EVENT);
    outbox.save({ title: 'Peluncuran Buku', timeZone: 'Asia/Makassar', roster });
    outbox.add(checkIn('s1'));
    outbox.add({ kind: 'walk-in', walkIn: { name: 'Yohanes', scanId: 's2', at: '2026-12-19T02:13:00.000Z' } });
    outbox.add(checkIn('s3'));

    const reloaded = new EventDoorOutbox(EVENT);
    expect(reloaded.snapshot()).toEqual({ title: 'Peluncuran Buku', timeZone: 'Asia/Makassar', roster });
    expect(
      reloaded.pending().map((entry) => (entry.kind === 'check-in' ? entry.checkIn.scanId : entry.walkIn.scanId)),
    ).toEqual(['s1', 's2', 's3']);
    // A scan made after the reload still comes after the older ones.
    reloaded.add(checkIn('s4'));
    reloaded.done('s1');
    expect(
      new EventDoorOutbox(EVENT).pending().map((entry) => entry.kind === 'check-in' && entry.checkIn.scanId),
    ).toEqual([false, 's3', 's4']);
    expect(new EventDoorOutbox('another').size).toBe(0);
  });

  it('ignores a roster stored in a shape it does not know', () => {
    localStorage.setItem(`bp.event-door.roster.${EVENT}`, '{"roster":{}}');
    expect(new EventDoorOutbox(EVENT).snapshot()).toBeNull();
    localStorage.setItem(`bp.event-door.roster.${EVENT}`, '{rusak');
    expect(new EventDoorOutbox(EVENT).snapshot()).toBeNull();
  });

  it('leaves nothing of the guests on the phone after signing out', async () => {
    const outbox = new EventDoorOutbox(EVENT);
    outbox.save({ title: 'Peluncuran Buku', timeZone: 'Asia/Jakarta', roster });
    outbox.add(checkIn('s1'));
    await clearOfflineData();
    expect(localStorage.length).toBe(0);
  });
});
