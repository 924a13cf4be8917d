import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type {
  ApiErrorBody,
  EventCheckInInput,
  EventCheckInOutcome,
  EventCheckInsResult,
  EventRoster,
} from '@bina-pustaka/shared-contracts';
import { EVENT_TEST_APP, EventCodes, insertEvent, insertRegistration } from '../testing';

/**
 * The door (issue 15): the roster a phone checks people in with offline, queued scans sent
 * late and twice, two phones at once, and walk-ins, over real HTTP and PostgreSQL.
 */
describe('event check-in at the door', () => {
  let t: TestApp;
  let codes: EventCodes;
  let organiser: SignedInUser;
  let coordinator: SignedInUser;
  let stranger: SignedInUser;
  let eventId: string;

  const as = (who: SignedInUser) => ({ token: who.token });
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const scan = (ticketCode: string, at = minutesAgo(5)): EventCheckInInput => ({
    scanId: randomUUID(),
    ticketCode,
    at,
  });
  const pick = (registrationId: string, at = minutesAgo(5)): EventCheckInInput => ({
    scanId: randomUUID(),
    registrationId,
    at,
  });
  const send = (checkIns: EventCheckInInput[], who = organiser, event = eventId) =>
    t.api.post<EventCheckInsResult>(`/api/events/${event}/check-ins`, { checkIns }, as(who));
  const outcomeOf = async (checkIn: EventCheckInInput, who = organiser): Promise<EventCheckInOutcome> => {
    const response = await send([checkIn], who);
    expect(response.status).toBe(200);
    return response.body.outcomes[0];
  };
  const guest = async (overrides: Parameters<typeof insertRegistration>[3] = {}, event = eventId) => {
    const registration = await insertRegistration(t.db, codes, event, overrides);
    return { id: registration.id, code: registration.code ?? '' };
  };
  const registrationRow = async (id: string) =>
    (
      await t.db.query(
        `SELECT checked_in_at AS "checkedInAt", checked_in_by AS "checkedInBy", check_in_method AS "method"
         FROM event_registrations WHERE id = $1`,
        [id],
      )
    )[0] as { checkedInAt: Date | null; checkedInBy: string | null; method: string | null };

  beforeAll(async () => {
    t = await startTestApp(EVENT_TEST_APP);
    codes = t.app.get(EventCodes);
    organiser = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Panitia' }));
    coordinator = await signIn(
      t.api,
      await createTestUser(t.db, { fullName: 'Budi Koordinator', roles: ['coordinator'] }),
    );
    stranger = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewanto Asing', roles: ['trainer'] }));
    eventId = await insertEvent(t.db, { capacity: 100 });
    await t.db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [eventId, organiser.id]);
  });
  afterAll(() => t.close());

  it("gives the door every live registration with its code's hash, never an email or a phone number", async () => {
    const event = await insertEvent(t.db);
    await t.db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [event, organiser.id]);
    const siti = await guest({ name: 'Siti Nurhaliza', email: 'siti@contoh.id', whatsapp: '+6281234567890' }, event);
    const ahmad = await guest({ name: 'Ahmad Fauzi', affiliation: 'SMA 3 Bandung', status: 'unconfirmed' }, event);
    await guest({ name: 'Wati Batal', status: 'cancelled' }, event);

    const response = await t.api.get<EventRoster>(`/api/events/${event}/roster`, as(organiser));
    expect(response.status).toBe(200);
    expect(response.body.entries).toEqual([
      {
        registrationId: ahmad.id,
        status: 'unconfirmed',
        name: 'Ahmad Fauzi',
        affiliation: 'SMA 3 Bandung',
        codeHash: null,
        checkedInAt: null,
      },
      {
        registrationId: siti.id,
        status: 'confirmed',
        name: 'Siti Nurhaliza',
        affiliation: null,
        codeHash: (await import('node:crypto')).createHash('sha256').update(siti.code).digest('hex'),
        checkedInAt: null,
      },
    ]);
    expect(JSON.stringify(response.body)).not.toMatch(/siti@contoh\.id|6281234567890/);
    expect(response.body.counts).toEqual({
      confirmed: 1,
      unconfirmed: 1,
      waitlisted: 0,
      cancelled: 1,
      arrived: 0,
      walkIns: 0,
    });
  });

  it('answers a roster, a check-in or a walk-in of an event someone does not manage as no such event', async () => {
    const { code } = await guest();
    const roster = await t.api.get<ApiErrorBody>(`/api/events/${eventId}/roster`, as(stranger));
    const checkIn = await t.api.post<ApiErrorBody>(
      `/api/events/${eventId}/check-ins`,
      { checkIns: [scan(code)] },
      as(stranger),
    );
    const walkIn = await t.api.post<ApiErrorBody>(
      `/api/events/${eventId}/walk-ins`,
      { name: 'Tamu Asing', scanId: randomUUID(), at: minutesAgo(1) },
      as(stranger),
    );
    expect([roster, checkIn, walkIn].map((r) => [r.status, r.body.code])).toEqual([
      [404, 'event.notFound'],
      [404, 'event.notFound'],
      [404, 'event.notFound'],
    ]);
    expect(
      await t.db.query(`SELECT 1 FROM event_check_in_scans WHERE event_id = $1 AND scanned_by = $2`, [
        eventId,
        stranger.id,
      ]),
    ).toEqual([]);
  });

  it('checks a ticket in once; a resent scan is answered the same and changes nothing', async () => {
    const { id, code } = await guest({ name: 'Dewi Lestari' });
    const first = scan(code, minutesAgo(10));
    const answered = await outcomeOf(first);
    expect(answered).toEqual({
      scanId: first.scanId,
      outcome: 'checked-in',
      registrationId: id,
      name: 'Dewi Lestari',
      firstCheckedInAt: null,
      firstCheckedInBy: null,
    });
    const before = await registrationRow(id);
    expect(before).toEqual({ checkedInAt: new Date(first.at), checkedInBy: organiser.id, method: 'scan' });

    // The answer was lost; the phone sends the queue again, by the coordinator's phone this time.
    expect(await outcomeOf(first, coordinator)).toEqual(answered);
    expect(await registrationRow(id)).toEqual(before);
    const stored = await t.db.query(`SELECT outcome FROM event_check_in_scans WHERE scan_id = $1`, [first.scanId]);
    expect(stored).toEqual([{ outcome: 'checked-in' }]);

    // Another scan of the same ticket: already in, since when and by whom.
    expect(await outcomeOf(scan(code, minutesAgo(2)), coordinator)).toMatchObject({
      outcome: 'already-checked-in',
      registrationId: id,
      firstCheckedInAt: first.at,
      firstCheckedInBy: 'Rina Panitia',
    });
  });

  it('checks a ticket in once when two phones send it at the same moment', async () => {
    const { id, code } = await guest({ name: 'Rahmat Hidayat' });
    // The same moment on both phones' clocks (an earlier one would rightly take over).
    const at = minutesAgo(1);
    const [one, two] = await Promise.all([send([scan(code, at)]), send([scan(code, at)], coordinator)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    const outcomes = [one.body.outcomes[0].outcome, two.body.outcomes[0].outcome].sort();
    expect(outcomes).toEqual(['already-checked-in', 'checked-in']);
    const scans = await t.db.query(`SELECT outcome FROM event_check_in_scans WHERE registration_id = $1`, [id]);
    expect(scans.map((row: { outcome: string }) => row.outcome).sort()).toEqual(['already-checked-in', 'checked-in']);
  });

  it('keeps the earliest arrival when a phone that was offline sends an earlier scan late', async () => {
    const { id, code } = await guest({ name: 'Yusuf Maulana' });
    const later = scan(code, minutesAgo(5));
    const earlier = scan(code, minutesAgo(20));
    expect((await outcomeOf(later, organiser)).outcome).toBe('checked-in');
    expect((await outcomeOf(earlier, coordinator)).outcome).toBe('checked-in');
    expect(await registrationRow(id)).toEqual({
      checkedInAt: new Date(earlier.at),
      checkedInBy: coordinator.id,
      method: 'scan',
    });
    // The first phone's resend now hears who was first.
    expect(await outcomeOf(later)).toMatchObject({
      outcome: 'already-checked-in',
      firstCheckedInAt: earlier.at,
      firstCheckedInBy: 'Budi Koordinator',
    });
  });

  it("refuses an altered code, a made-up one and another event's ticket, telling the last apart", async () => {
    const { code } = await guest();
    const altered = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
    const otherEvent = await insertEvent(t.db);
    const elsewhere = await guest({}, otherEvent);
    const madeUp = codes.newTicketCode(eventId).code;
    const response = await send([scan(altered), scan(madeUp), scan(elsewhere.code), scan('bukan-kode')]);
    expect(response.body.outcomes.map((o) => [o.outcome, o.registrationId, o.name])).toEqual([
      ['invalid', null, null],
      ['invalid', null, null],
      ['other-event', null, null],
      ['invalid', null, null],
    ]);
    expect((await registrationRow(elsewhere.id)).checkedInAt).toBeNull();
  });

  it('tells a cancelled ticket and an unconfirmed pick apart, and a pick of another event is unknown', async () => {
    const cancelled = await guest({ name: 'Wati Batal', status: 'cancelled' });
    const unconfirmed = await guest({ name: 'Ahmad Fauzi', status: 'waitlisted' });
    const elsewhere = await guest({ name: 'Tamu Lain' }, await insertEvent(t.db));
    const response = await send([scan(cancelled.code), pick(unconfirmed.id), pick(elsewhere.id)]);
    expect(response.body.outcomes.map((o) => [o.outcome, o.name])).toEqual([
      ['cancelled', 'Wati Batal'],
      ['not-confirmed', 'Ahmad Fauzi'],
      ['invalid', null],
    ]);
    for (const id of [cancelled.id, unconfirmed.id, elsewhere.id])
      expect((await registrationRow(id)).checkedInAt).toBeNull();
  });

  it('checks in a person picked by name (no ticket at hand) as a search', async () => {
    const { id } = await guest({ name: 'Lestari Putri' });
    expect((await outcomeOf(pick(id))).outcome).toBe('checked-in');
    expect((await registrationRow(id)).method).toBe('search');
  });

  it('registers and checks in a walk-in at once, once per scanId, with or without an email', async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    await t.db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [event, organiser.id]);
    const walkIn = {
      name: 'Joko Susilo',
      affiliation: 'Komunitas Baca Cimahi',
      scanId: randomUUID(),
      at: minutesAgo(3),
    };
    const first = await t.api.post<EventCheckInOutcome>(`/api/events/${event}/walk-ins`, walkIn, as(organiser));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ scanId: walkIn.scanId, outcome: 'checked-in', name: 'Joko Susilo' });
    const again = await t.api.post<EventCheckInOutcome>(`/api/events/${event}/walk-ins`, walkIn, as(organiser));
    expect(again.body).toEqual(first.body);

    // The only seat is taken; the next walk-in is still let in (the door decides).
    const second = await t.api.post<EventCheckInOutcome>(
      `/api/events/${event}/walk-ins`,
      {
        name: 'Ani Wijaya',
        email: 'Ani@Contoh.id',
        whatsapp: '0812-3456-7890',
        scanId: randomUUID(),
        at: minutesAgo(1),
      },
      as(organiser),
    );
    expect(second.body.outcome).toBe('checked-in');
    const rows = await t.db.query(
      `SELECT name, email, whatsapp, status, check_in_method AS method, checked_in_by AS "by"
       FROM event_registrations WHERE event_id = $1 ORDER BY arrival`,
      [event],
    );
    expect(rows).toEqual([
      { name: 'Joko Susilo', email: null, whatsapp: null, status: 'confirmed', method: 'walk-in', by: organiser.id },
      {
        name: 'Ani Wijaya',
        email: 'ani@contoh.id',
        whatsapp: '+6281234567890',
        status: 'confirmed',
        method: 'walk-in',
        by: organiser.id,
      },
    ]);
    // An offline phone's earlier pick of the walk-in does not make them a registered guest.
    const earlierPick = await send([pick(first.body.registrationId ?? '', minutesAgo(30))], organiser, event);
    expect(earlierPick.body.outcomes[0]).toMatchObject({ outcome: 'already-checked-in', firstCheckedInAt: walkIn.at });
    const [{ confirmed_count }] = await t.db.query(`SELECT confirmed_count FROM events WHERE id = $1`, [event]);
    expect(confirmed_count).toBe(1);
    const roster = await t.api.get<EventRoster>(`/api/events/${event}/roster`, as(organiser));
    expect(roster.body.counts).toMatchObject({ confirmed: 2, arrived: 2, walkIns: 2 });

    // An email already registered: the staff should find that registration instead.
    const taken = await t.api.post<ApiErrorBody>(
      `/api/events/${event}/walk-ins`,
      { name: 'Ani W.', email: 'ani@contoh.id', scanId: randomUUID(), at: minutesAgo(1) },
      as(organiser),
    );
    expect([taken.status, taken.body.code]).toEqual([409, 'event.walkInEmailRegistered']);
  });

  it('answers the batch with the counts after it', async () => {
    const event = await insertEvent(t.db);
    const a = await guest({}, event);
    const b = await guest({}, event);
    await guest({ status: 'unconfirmed' }, event);
    const response = await send([scan(a.code), pick(b.id)], coordinator, event);
    expect(response.body.counts).toEqual({
      confirmed: 2,
      unconfirmed: 1,
      waitlisted: 0,
      cancelled: 0,
      arrived: 2,
      walkIns: 0,
    });
  });
});
