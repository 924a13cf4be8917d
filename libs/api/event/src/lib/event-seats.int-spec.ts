import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type {
  ApiErrorBody,
  EventRegistrationPage,
  EventRegistrationResult,
  EventTicket,
} from '@bina-pustaka/shared-contracts';
import { EVENT_TEST_APP, insertEvent, registrationRows } from '../testing/event-test-bed';
import { EventSeatsService } from './registration/event-seats.service';
import { EventCodes } from './shared/event-codes';

/**
 * Seats: the capacity holds when many confirm at once, the full event puts people in line
 * by arrival, and a freed seat goes to the first in line, who is emailed.
 */
describe('event seats and the waitlist', () => {
  let t: TestApp;
  let codes: EventCodes;
  let lastGuest = 0;

  beforeAll(async () => {
    t = await startTestApp(EVENT_TEST_APP);
    codes = t.app.get(EventCodes);
  });
  afterAll(() => t.close());

  /** Guests who registered (unconfirmed) in this order, and their confirm and manage tokens. */
  const guests = async (eventId: string, count: number) => {
    const made: { id: string; email: string; confirm: string; manage: string }[] = [];
    for (let i = 0; i < count; i++) {
      const email = `antre-${++lastGuest}@contoh.id`;
      const [{ id }]: { id: string }[] = await t.db.query(
        `INSERT INTO event_registrations (event_id, name, email, status, consented_at)
         VALUES ($1, $2, $3, 'unconfirmed', now()) RETURNING id`,
        [eventId, `Tamu ${lastGuest}`, email],
      );
      const expires = new Date(Date.now() + 3600_000);
      made.push({ id, email, confirm: codes.linkToken('confirm', id, expires), manage: codes.linkToken('manage', id) });
    }
    return made;
  };
  const post = <T>(path: string, token: string) =>
    t.api.post<T & ApiErrorBody>(`/api/public/event-registrations/${path}`, { token });
  const confirmedCount = async (eventId: string) =>
    (
      (await t.db.query(`SELECT confirmed_count FROM events WHERE id = $1`, [eventId])) as { confirmed_count: number }[]
    )[0].confirmed_count;
  const statuses = async (eventId: string) => (await registrationRows(t.db, eventId)).map((row) => row.status);
  const member = async (roles: ('learner' | 'coordinator' | 'trainer')[] = ['learner']): Promise<SignedInUser> =>
    signIn(t.api, await createTestUser(t.db, { roles, fullName: 'Budi Santoso' }));

  it('seats exactly the capacity when 60 confirm at once, and lines the rest up by arrival', async () => {
    const event = await insertEvent(t.db, { capacity: 20 });
    const people = await guests(event, 60);
    const answers = await Promise.all(people.map((person) => post<EventRegistrationResult>('confirm', person.confirm)));
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 200));
    expect(answers.filter((answer) => answer.body.status === 'confirmed')).toHaveLength(20);
    expect(answers.filter((answer) => answer.body.status === 'waitlisted')).toHaveLength(40);
    expect(await confirmedCount(event)).toBe(20);
    const rows = await registrationRows(t.db, event);
    const hashes = new Set(
      rows.filter((row) => row.status === 'confirmed').map((row) => row.ticket_code_hash?.toString('hex')),
    );
    expect(hashes.size).toBe(20);
    expect(rows.filter((row) => row.status === 'waitlisted' && row.ticket_code_hash !== null)).toEqual([]);

    // The line is the order the confirmations came in: each place told when confirming still holds.
    const coordinator = await member(['coordinator']);
    const listed = await t.api.get<EventRegistrationPage>(
      `/api/events/${event}/registrations?status=waitlisted&pageSize=100`,
      { token: coordinator.token },
    );
    expect(listed.body.total).toBe(40);
    expect(listed.body.items.map((item) => item.waitlistPosition)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const waitlistedIds = rows.filter((row) => row.status === 'waitlisted').map((row) => row.id);
    expect(listed.body.items.map((item) => item.id)).toEqual(waitlistedIds);
    const told = new Map(
      answers.flatMap((answer, index) =>
        answer.body.status === 'waitlisted' ? [[people[index].id, answer.body.waitlistPosition]] : [],
      ),
    );
    expect(listed.body.items.map((item) => told.get(item.id))).toEqual(
      listed.body.items.map((item) => item.waitlistPosition),
    );

    // Each person is emailed once: the seated their ticket, the others their place in line.
    const seated = new Set(rows.filter((row) => row.status === 'confirmed').map((row) => row.email));
    for (const person of people) {
      const mail = await t.mailbox.waitFor(person.email, () => true, 60_000);
      expect(mail.subject.split(':')[0]).toBe(seated.has(person.email) ? 'Tiket Anda' : 'Daftar tunggu');
    }

    // Confirming again, all at once, changes nothing.
    await Promise.all(people.slice(0, 10).map((person) => post('confirm', person.confirm)));
    expect(await confirmedCount(event)).toBe(20);
  }, 240_000);

  it('puts a late confirmer of an earlier registration behind those already told their place', async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    const [early, middle, late] = await guests(event, 3);
    await post('confirm', late.confirm);
    const told = await post<EventRegistrationResult>('confirm', middle.confirm);
    const behind = await post<EventRegistrationResult>('confirm', early.confirm);
    expect([told.body.waitlistPosition, behind.body.waitlistPosition]).toEqual([1, 2]);
    expect((await post<EventTicket>('ticket', middle.manage)).body.waitlistPosition).toBe(1);
    expect((await post<EventTicket>('ticket', early.manage)).body.waitlistPosition).toBe(2);
  });

  it('promotes the first in line when a seat frees, and emails them the ticket', async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    const [first, second, third] = await guests(event, 3);
    for (const person of [first, second, third]) await post('confirm', person.confirm);
    expect(await statuses(event)).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    const place = await post<EventTicket>('ticket', third.manage);
    expect(place.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2, ticketCode: null });
    const waitMail = await t.mailbox.waitFor(third.email, (mail) => mail.subject.startsWith('Daftar tunggu'));
    expect(waitMail.text).toContain('daftar tunggu nomor 2');

    const cancelled = await post<EventRegistrationResult>('cancel', first.manage);
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    expect(await statuses(event)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
    expect(await confirmedCount(event)).toBe(1);
    const promoted = await t.mailbox.waitFor(second.email, (mail) => mail.subject.startsWith('Kursi Anda tersedia'));
    expect(promoted.text).toContain('Kabar baik');
    expect(promoted.attachments.map((file) => file.contentType.split(';')[0])).toEqual(['image/png', 'text/calendar']);
    const ticket = await post<EventTicket>('ticket', second.manage);
    expect(ticket.body.status).toBe('confirmed');
    expect(codes.ticketSignedFor(event, ticket.body.ticketCode ?? '')).toBe(true);
    expect((await post<EventTicket>('ticket', third.manage)).body.waitlistPosition).toBe(1);

    // Cancelling twice is harmless: the seat is not freed again.
    expect((await post('cancel', first.manage)).status).toBe(200);
    expect(await statuses(event)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
    expect(await confirmedCount(event)).toBe(1);
    // A cancelled registration cannot be confirmed back into a seat.
    const back = await post('confirm', first.confirm);
    expect([back.status, back.body.code]).toEqual([409, 'eventRegistration.cancelledBefore']);
  });

  it('gives a member a seat with one click, their ticket, and cancels it', async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    const budi = await member();
    const path = `/api/events/${event}/registration`;
    expect((await t.api.get<ApiErrorBody>(path, { token: budi.token })).body.code).toBe(
      'eventRegistration.notRegistered',
    );
    const done = await t.api.post<EventRegistrationResult>(path, undefined, { token: budi.token });
    expect([done.status, done.body.status]).toEqual([201, 'confirmed']);
    const ticket = await t.api.get<EventTicket>(path, { token: budi.token });
    expect(ticket.body).toMatchObject({ holderName: 'Budi Santoso', status: 'confirmed' });
    expect(codes.ticketSignedFor(event, ticket.body.ticketCode ?? '')).toBe(true);
    await t.mailbox.waitFor(budi.email, (mail) => mail.subject.startsWith('Tiket Anda'));
    const twice = await t.api.post<ApiErrorBody>(path, undefined, { token: budi.token });
    expect([twice.status, twice.body.message]).toEqual([409, 'Anda sudah terdaftar untuk acara ini.']);

    // The event is full: the next member waits in line, and is promoted when Budi cancels.
    const ani = await member();
    const waiting = await t.api.post<EventRegistrationResult>(path, undefined, { token: ani.token });
    expect(waiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const cancelled = await t.api.delete<EventRegistrationResult>(path, { token: budi.token });
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    expect((await t.api.get<EventTicket>(path, { token: ani.token })).body.status).toBe('confirmed');
    await t.mailbox.waitFor(ani.email, (mail) => mail.subject.startsWith('Kursi Anda tersedia'));
    expect((await t.api.delete(path, { token: budi.token })).status).toBe(404);
    expect(await confirmedCount(event)).toBe(1);

    // A member whose email already registered as a guest is told so.
    const guestFirst = await member();
    await t.db.query(
      `INSERT INTO event_registrations (event_id, name, email, status, consented_at) VALUES ($1, 'Tamu', $2, 'unconfirmed', now())`,
      [event, guestFirst.email.toLowerCase()],
    );
    const clash = await t.api.post<ApiErrorBody>(path, undefined, { token: guestFirst.token });
    expect([clash.status, clash.body.code]).toEqual([409, 'eventRegistration.duplicate']);
    // Drafts are not found.
    const draft = await insertEvent(t.db, { status: 'draft' });
    expect((await t.api.post(`/api/events/${draft}/registration`, undefined, { token: ani.token })).status).toBe(404);
  });

  it("asks a member the organiser's required questions: one click without them is refused, with them taken", async () => {
    const event = await insertEvent(t.db, {
      capacity: 5,
      questions: [
        { id: 'asal', kind: 'single-choice', label: 'Anda datang dari', required: true, options: ['Sekolah', 'Umum'] },
        { id: 'harapan', kind: 'short-text', label: 'Harapan Anda', required: false, options: [] },
      ],
    });
    const budi = await member();
    const path = `/api/events/${event}/registration`;
    const bare = await t.api.post<ApiErrorBody>(path, undefined, { token: budi.token });
    expect([bare.status, bare.body.message]).toEqual([400, 'Pertanyaan "Anda datang dari" wajib dijawab.']);
    const wrong = await t.api.post<ApiErrorBody>(path, { answers: { asal: 'Pasar' } }, { token: budi.token });
    expect(wrong.status).toBe(400);
    const extra = await t.api.post<ApiErrorBody>(path, { answers: { asal: 'Umum' }, name: 'x' }, { token: budi.token });
    expect(extra.status).toBe(400);
    expect(await registrationRows(t.db, event)).toEqual([]);
    expect(await confirmedCount(event)).toBe(0);

    const done = await t.api.post<EventRegistrationResult>(
      path,
      { answers: { asal: 'Umum', harapan: ' Bertemu penulis ' } },
      { token: budi.token },
    );
    expect([done.status, done.body.status]).toEqual([201, 'confirmed']);
    expect((await registrationRows(t.db, event)).map((row) => row.answers)).toEqual([
      { asal: 'Umum', harapan: 'Bertemu penulis' },
    ]);
  });

  it("lists the event's registrations for its managers only, who may cancel one", async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    const [siti, rudi] = await guests(event, 2);
    await post('confirm', siti.confirm);
    await post('confirm', rudi.confirm);
    const organiser = await member(['trainer']);
    await t.db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [event, organiser.id]);
    const list = (token: string, query = '') =>
      t.api.get<EventRegistrationPage & ApiErrorBody>(`/api/events/${event}/registrations${query}`, { token });

    const all = await list(organiser.token);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(all.body.items.map((item) => [item.email, item.status, item.waitlistPosition])).toEqual([
      [siti.email, 'confirmed', null],
      [rudi.email, 'waitlisted', 1],
    ]);
    expect((await list(organiser.token, `?q=${encodeURIComponent(rudi.email.slice(0, 9))}`)).body.items).toHaveLength(
      1,
    );
    expect((await list(organiser.token, '?status=cancelled')).body.total).toBe(0);
    expect((await list(organiser.token, '?q=%25')).body.total).toBe(0);
    expect((await list(organiser.token, '?status=bukan')).status).toBe(400);

    // Another trainer, a learner: the event does not exist for them.
    for (const outsider of [await member(['trainer']), await member()]) {
      expect((await list(outsider.token)).status).toBe(404);
      const cancel = await t.api.post(`/api/events/${event}/registrations/${siti.id}/cancel`, undefined, {
        token: outsider.token,
      });
      expect(cancel.status).toBe(404);
    }
    expect(await statuses(event)).toEqual(['confirmed', 'waitlisted']);

    const cancel = await t.api.post<EventRegistrationResult>(
      `/api/events/${event}/registrations/${siti.id}/cancel`,
      undefined,
      { token: organiser.token },
    );
    expect([cancel.status, cancel.body.status]).toEqual([200, 'cancelled']);
    expect(await statuses(event)).toEqual(['cancelled', 'confirmed']);
    // Siti is told, politely; Rudi, promoted, gets his ticket.
    const told = await t.mailbox.waitFor(siti.email, (mail) => mail.subject.startsWith('Pendaftaran Anda dibatalkan'));
    expect(told.subject).toBe('Pendaftaran Anda dibatalkan: Peluncuran Buku "Senja di Pelabuhan"');
    expect(told.text).toContain('penyelenggara telah membatalkan pendaftaran Anda');
    await t.mailbox.waitFor(rudi.email, (mail) => mail.subject.startsWith('Kursi Anda tersedia'));
    // A member who reads the app in English is told in English.
    const englishMember = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['learner'], fullName: 'Maya Putri', locale: 'en' }),
    );
    await t.api.post(`/api/events/${event}/registration`, undefined, { token: englishMember.token });
    const [mine] = (await registrationRows(t.db, event)).filter((row) => row.email === englishMember.email);
    await t.api.post(`/api/events/${event}/registrations/${mine.id}/cancel`, undefined, { token: organiser.token });
    const english = await t.mailbox.waitFor(englishMember.email, (mail) =>
      mail.subject.startsWith('Your registration'),
    );
    expect(english.text).toContain('the organiser has cancelled your registration');
    // A registration of another event is not found through this one.
    const other = (await guests(await insertEvent(t.db), 1))[0];
    const elsewhere = await t.api.post(`/api/events/${event}/registrations/${other.id}/cancel`, undefined, {
      token: organiser.token,
    });
    expect(elsewhere.status).toBe(404);
  });

  it('promotes the line when the capacity grows (what the organising PATCH calls)', async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    const people = await guests(event, 4);
    for (const person of people) await post('confirm', person.confirm);
    const seats = t.app.get(EventSeatsService);
    const promotions = await t.db.transaction(async (manager) => {
      await manager.query(`UPDATE events SET capacity = 3 WHERE id = $1`, [event]);
      return seats.promoteWaitlist(manager, event);
    });
    expect(promotions.promoted).toBe(2);
    await promotions.notify();
    expect(await statuses(event)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    expect(await confirmedCount(event)).toBe(3);
    for (const person of people.slice(1, 3)) {
      await t.mailbox.waitFor(person.email, (mail) => mail.subject.startsWith('Kursi Anda tersedia'));
    }

    // After a change that has committed: a transaction of its own.
    await t.db.query(`UPDATE events SET capacity = 10 WHERE id = $1`, [event]);
    expect(await seats.promoteWaitlistNow(event)).toBe(1);
    expect(await seats.promoteWaitlistNow(event)).toBe(0);
    expect(await statuses(event)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed']);
    await t.mailbox.waitFor(people[3].email, (mail) => mail.subject.startsWith('Kursi Anda tersedia'));
  });
});
