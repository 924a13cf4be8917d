import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { EVENT_TEST_APP, insertEvent } from '../testing/event-test-bed';

/**
 * The rules the event tables keep whatever the code above them does: seats never beyond
 * capacity, one live registration per email and per member, only a walk-in without an
 * email, the waitlist's arrival order, and a ticket's hash used once.
 */
describe('event tables', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(EVENT_TEST_APP);
  });
  afterAll(() => t.close());

  interface Extra {
    status?: string;
    checkedInAt?: Date;
    method?: string;
    hash?: Buffer;
  }
  const register = (eventId: string, email: string | null, extra: Extra = {}): Promise<{ arrival: string }[]> =>
    t.db.query(
      `INSERT INTO event_registrations (event_id, name, email, status, consented_at, checked_in_at, check_in_method, ticket_code_hash)
       VALUES ($1, 'Siti Nurhaliza', $2, $3, now(), $4, $5, $6) RETURNING id, arrival`,
      [
        eventId,
        email,
        extra.status ?? 'unconfirmed',
        extra.checkedInAt ?? null,
        extra.method ?? null,
        extra.hash ?? null,
      ],
    );

  it('never counts more confirmed seats than the capacity', async () => {
    const event = await insertEvent(t.db, { capacity: 2 });
    const take = async (): Promise<number> => {
      const [{ taken }]: { taken: number }[] = await t.db.query(
        `WITH seat AS (
           UPDATE events SET confirmed_count = confirmed_count + 1
            WHERE id = $1 AND confirmed_count < capacity RETURNING 1)
         SELECT count(*)::int AS taken FROM seat`,
        [event],
      );
      return taken;
    };
    expect([await take(), await take(), await take()]).toEqual([1, 1, 0]);
    await expect(t.db.query(`UPDATE events SET confirmed_count = 3 WHERE id = $1`, [event])).rejects.toThrow(
      /check constraint/,
    );
  });

  it('keeps one live registration per email in an event, and allows it again once cancelled', async () => {
    const event = await insertEvent(t.db);
    await register(event, 'siti@contoh.id');
    await expect(register(event, 'siti@contoh.id')).rejects.toThrow(/ux_event_registrations_email/);
    await t.db.query(`UPDATE event_registrations SET status = 'cancelled' WHERE event_id = $1`, [event]);
    await expect(register(event, 'siti@contoh.id')).resolves.toHaveLength(1);
    // Another event takes the same person.
    await expect(register(await insertEvent(t.db), 'siti@contoh.id')).resolves.toHaveLength(1);
    await expect(register(event, 'Siti@Contoh.ID')).rejects.toThrow(/check constraint/);
  });

  it('takes a registration without an email only from a walk-in checked in at the door', async () => {
    const event = await insertEvent(t.db);
    await expect(register(event, null)).rejects.toThrow(/check constraint/);
    await expect(
      register(event, null, { status: 'confirmed', checkedInAt: new Date(), method: 'walk-in' }),
    ).resolves.toHaveLength(1);
  });

  it('numbers registrations in the order they came, for the waitlist', async () => {
    const event = await insertEvent(t.db);
    const [[first], [second]] = [await register(event, 'a@contoh.id'), await register(event, 'b@contoh.id')];
    expect(Number(second.arrival)).toBeGreaterThan(Number(first.arrival));
  });

  it('gives a ticket hash to one registration only', async () => {
    const event = await insertEvent(t.db);
    const hash = Buffer.alloc(32, 7);
    await register(event, 'c@contoh.id', { status: 'confirmed', hash });
    await expect(register(event, 'd@contoh.id', { status: 'confirmed', hash })).rejects.toThrow(/unique/);
  });
});
