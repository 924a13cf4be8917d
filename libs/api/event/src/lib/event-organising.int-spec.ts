import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type {
  ApiErrorBody,
  EventDetail,
  EventSeries,
  EventSummaryPage,
  StaffEventSummaryPage,
} from '@bina-pustaka/shared-contracts';
import { EVENT_TEST_APP, eventBody, futureDay } from '../testing';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Organising events over real HTTP: a coordinator creates and publishes; an organiser
 * (a member the coordinator adds) manages that event only; changes are checked as a
 * whole; cancelling tells everyone registered by email.
 */
describe('organising events', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let organiser: SignedInUser;
  let stranger: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp(EVENT_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    organiser = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Rina Mitra' }));
    stranger = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
  });
  afterAll(() => t.close());

  const as = (who: SignedInUser) => ({ token: who.token });
  const create = (body: Record<string, unknown> = {}) =>
    t.api.post<EventDetail & ApiErrorBody>('/api/events', eventBody(body), as(coordinator));
  const patch = (id: string, body: Record<string, unknown>, who = coordinator) =>
    t.api.patch<EventDetail & ApiErrorBody>(`/api/events/${id}`, body, as(who));
  const register = (eventId: string, email: string, status: string) =>
    t.db.query(
      `INSERT INTO event_registrations (event_id, name, email, status, consented_at) VALUES ($1, $2, $3, $4, now())`,
      [eventId, `Tamu ${email.split('@')[0]}`, email, status],
    );

  it('creates a draft with a readable slug, changes it as a whole, and publishes it (twice is harmless)', async () => {
    const [{ id: partnerId }] = await t.db.query(
      `INSERT INTO institutions (name, kind) VALUES ('Komunitas Baca Senja', 'community') RETURNING id`,
    );
    const created = await create({ organiserIds: [organiser.id], partnerIds: [partnerId] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      registration: 'not-open',
      organisers: [{ id: organiser.id, fullName: 'Rina Mitra' }],
      partners: [{ id: partnerId, name: 'Komunitas Baca Senja', kind: 'community', logoUrl: null }],
      may: { edit: true, publish: true, cancel: false },
    });
    expect(created.body.slug).toMatch(/^peluncuran-buku-senja-di-pelabuhan-[a-z2-9]{4}$/);
    expect(created.body.descriptionHtml).toContain('<strong>penulis</strong>');

    const id = created.body.id;
    const days = [futureDay(30), futureDay(31)];
    const changed = await patch(id, {
      days,
      people: [
        { role: 'author', name: 'Andrea Senja', affiliation: 'Penulis' },
        { role: 'facilitator', name: 'Rina Mitra', userId: organiser.id, creditedHours: 2 },
      ],
      capacity: 80,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.days.map((d) => Date.parse(d.startsAt))).toEqual(days.map((d) => Date.parse(d.startsAt)));
    expect(Date.parse(changed.body.startsAt)).toBe(Date.parse(days[0].startsAt));
    expect(Date.parse(changed.body.endsAt)).toBe(Date.parse(days[1].endsAt));
    expect(changed.body.people.map((p) => [p.role, p.name, p.creditedHours])).toEqual([
      ['author', 'Andrea Senja', null],
      ['facilitator', 'Rina Mitra', 2],
    ]);
    // What the change did not name stays as it was.
    expect(changed.body).toMatchObject({ title: 'Peluncuran Buku "Senja di Pelabuhan"', seatsLeft: 80 });
    expect(changed.body.partners).toHaveLength(1);

    const published = await t.api.post<EventDetail>(`/api/events/${id}/publish`, undefined, as(organiser));
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', registration: 'open', may: { publish: false } });
    const again = await t.api.post<EventDetail>(`/api/events/${id}/publish`, undefined, as(coordinator));
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('published');
  });

  it('refuses bad input with a sentence: overlapping days, closing after the end, no venue, too few seats', async () => {
    const overlap = await create({
      days: [futureDay(10), { startsAt: futureDay(10).startsAt, endsAt: futureDay(11).endsAt }],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.issues).toContainEqual({ field: 'days', message: expect.stringContaining('bertumpuk') });

    const noVenue = await create({ venue: null });
    expect(noVenue.status).toBe(400);
    expect(noVenue.body.issues).toContainEqual({ field: 'venue', message: expect.stringContaining('tempat') });

    const event = (await create({ capacity: 2 })).body;
    // The rules are checked on the event as it would be: the stored last day, the new closing time.
    const lateClose = await patch(event.id, { registrationClosesAt: futureDay(25).startsAt });
    expect(lateClose.status).toBe(400);
    expect(lateClose.body.issues).toContainEqual({
      field: 'registrationClosesAt',
      message: 'Pendaftaran harus ditutup sebelum acara berakhir.',
    });
    expect((await patch(event.id, { format: 'online', venue: null })).status).toBe(200);
    const venueLess = await patch(event.id, { format: 'hybrid' });
    expect(venueLess.status).toBe(400);

    await register(event.id, 'a@contoh.id', 'confirmed');
    await register(event.id, 'b@contoh.id', 'confirmed');
    await t.db.query(`UPDATE events SET confirmed_count = 2 WHERE id = $1`, [event.id]);
    const tooSmall = await patch(event.id, { capacity: 1 });
    expect(tooSmall.status).toBe(409);
    expect(tooSmall.body.message).toBe('Kapasitas tidak boleh kurang dari 2 kursi yang sudah dikonfirmasi pendaftar.');
    expect((await patch(event.id, { capacity: 2 })).status).toBe(200);
    expect((await patch(event.id, { organiserIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(400);
  });

  it("lets an organiser manage their own event only: another's is 404, and they neither create nor delete", async () => {
    const mine = (await create({ organiserIds: [organiser.id], title: 'Klub Baca Rina' })).body;
    const other = (await create({ title: 'Pameran Buku Lain' })).body;
    expect((await t.api.get(`/api/events/${mine.id}`, as(organiser))).status).toBe(200);
    expect((await t.api.get(`/api/events/${other.id}`, as(organiser))).status).toBe(404);
    expect((await patch(other.id, { summary: 'Diubah' }, organiser)).status).toBe(404);
    expect((await t.api.post(`/api/events/${other.id}/publish`, undefined, as(organiser))).status).toBe(404);
    expect((await t.api.get(`/api/events/${mine.id}`, as(stranger))).status).toBe(404);
    expect((await t.api.post('/api/events', eventBody(), as(organiser))).status).toBe(403);
    expect((await t.api.delete(`/api/events/${mine.id}`, as(organiser))).status).toBe(403);

    const listed = await t.api.get<EventSummaryPage>('/api/events?q=rina', as(organiser));
    expect(listed.body.items.map((item) => item.id)).toEqual([mine.id]);
    expect((await t.api.get<EventSummaryPage>('/api/events', as(stranger))).body.total).toBe(0);
    const all = await t.api.get<EventSummaryPage>('/api/events?status=draft&pageSize=100', as(coordinator));
    expect(all.body.items.map((item) => item.id)).toEqual(expect.arrayContaining([mine.id, other.id]));
  });

  it("tells managers in their list where each event's seats stand, counted for the page at once", async () => {
    const full = (await create({ title: 'Pameran Buku Kota', capacity: 40 })).body;
    const empty = (await create({ title: 'Pameran Buku Sepi', capacity: null })).body;
    await register(full.id, 'ani@contoh.id', 'confirmed');
    await register(full.id, 'budi@contoh.id', 'confirmed');
    await register(full.id, 'citra@contoh.id', 'waitlisted');
    await register(full.id, 'dodi@contoh.id', 'cancelled');
    await t.db.query(
      `UPDATE event_registrations SET checked_in_at = now(), check_in_method = 'scan' WHERE email = 'ani@contoh.id'`,
    );
    const listed = await t.api.get<StaffEventSummaryPage>('/api/events?q=pameran%20buku&pageSize=100', as(coordinator));
    expect(listed.status).toBe(200);
    const byId = new Map(listed.body.items.map((item) => [item.id, item]));
    expect(byId.get(full.id)).toMatchObject({
      capacity: 40,
      counts: { confirmed: 2, unconfirmed: 0, waitlisted: 1, cancelled: 1, arrived: 1, walkIns: 0 },
    });
    expect(byId.get(empty.id)).toMatchObject({
      capacity: null,
      counts: { confirmed: 0, unconfirmed: 0, waitlisted: 0, cancelled: 0, arrived: 0, walkIns: 0 },
    });
    // The public list says nothing of them.
    expect((await t.api.post(`/api/events/${full.id}/publish`, undefined, as(coordinator))).status).toBe(200);
    const publicList = await t.api.get<EventSummaryPage>('/api/public/events?pageSize=100');
    expect(publicList.body.items.find((item) => item.id === full.id)).not.toHaveProperty('counts');
  });

  it('deletes drafts only; cancelling tells everyone still registered, politely, and freezes the event', async () => {
    const draft = (await create()).body;
    expect((await t.api.post(`/api/events/${draft.id}/cancel`, undefined, as(coordinator))).status).toBe(409);
    expect((await t.api.delete(`/api/events/${draft.id}`, as(coordinator))).status).toBe(204);
    expect((await t.api.get(`/api/events/${draft.id}`, as(coordinator))).status).toBe(404);

    const event = (await create({ title: 'Bedah Buku <Laut>' })).body;
    await t.api.post(`/api/events/${event.id}/publish`, undefined, as(coordinator));
    expect((await t.api.delete(`/api/events/${event.id}`, as(coordinator))).status).toBe(409);
    for (const [email, status] of [
      ['siti@contoh.id', 'confirmed'],
      ['budi@contoh.id', 'unconfirmed'],
      ['dewi@contoh.id', 'waitlisted'],
      ['eko@contoh.id', 'cancelled'],
    ]) {
      await register(event.id, email, status);
    }
    const cancelled = await t.api.post<EventDetail>(`/api/events/${event.id}/cancel`, undefined, as(coordinator));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', registration: 'cancelled', may: { edit: false } });
    for (const email of ['siti@contoh.id', 'budi@contoh.id', 'dewi@contoh.id']) {
      const mail = await t.mailbox.waitFor(email, (m) => m.subject === 'Acara dibatalkan: Bedah Buku <Laut>');
      expect(mail.text).toContain('Yth. Tamu');
      expect(mail.text).toMatch(/dijadwalkan pada \d{1,2} \w+ \d{4}, 09\.00 WIB dibatalkan/);
      expect(mail.html).toContain('Bedah Buku &#60;Laut&#62;');
      expect(mail.text).toContain(`/acara/${event.slug}`);
    }
    // Cancelling again sends nothing more; the cancelled guest heard nothing.
    await t.api.post(`/api/events/${event.id}/cancel`, undefined, as(coordinator));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(t.mailbox.messages.filter((m) => m.to.includes('siti@contoh.id'))).toHaveLength(1);
    expect(t.mailbox.messages.some((m) => m.to.includes('eko@contoh.id'))).toBe(false);
    expect((await patch(event.id, { summary: 'Lagi' })).status).toBe(409);
    expect((await t.api.post(`/api/events/${event.id}/publish`, undefined, as(coordinator))).status).toBe(409);
  });

  it('keeps a cover by its content, served to anyone; only managers change it', async () => {
    const event = (await create({ organiserIds: [organiser.id] })).body;
    const upload = (who: SignedInUser, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), 'sampul.png');
      return t.api.request<EventDetail & ApiErrorBody>(
        'PUT',
        `/api/events/${event.id}/cover`,
        undefined,
        as(who),
        form,
      );
    };
    expect((await upload(stranger, PNG)).status).toBe(404);
    const notImage = await upload(organiser, Buffer.from('bukan gambar'));
    expect(notImage.status).toBe(415);
    const uploaded = await upload(organiser, PNG);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.coverUrl).toMatch(/^\/api\/event-covers\/[0-9a-f]{64}$/);
    const cover = await t.api.download(uploaded.body.coverUrl ?? '');
    expect(cover.status).toBe(200);
    expect(cover.headers.get('content-type')).toBe('image/png');
    expect(cover.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(cover.bytes.equals(PNG)).toBe(true);

    const removed = await t.api.delete<EventDetail>(`/api/events/${event.id}/cover`, as(coordinator));
    expect(removed.body.coverUrl).toBeNull();
    expect((await t.api.download(uploaded.body.coverUrl ?? '')).status).toBe(404);
  });

  it('holds a reading club: meetings are events of the series, members counted once, arrivals per meeting', async () => {
    const created = await t.api.post<EventSeries>(
      '/api/event-series',
      { title: 'Klub Membaca Sabtu', schedule: { weekday: 6, weekOfMonth: 2, startTime: '09:00', endTime: '11:00' } },
      as(coordinator),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ members: 0, meetings: [], schedule: { timeZone: 'Asia/Jakarta' } });
    const seriesId = created.body.id;
    const first = (await create({ kind: 'reading-club', seriesId, book: 'Laskar Pelangi', days: [futureDay(5)] })).body;
    const second = (await create({ kind: 'reading-club', seriesId, days: [futureDay(40)] })).body;
    expect(first.series).toEqual({ id: seriesId, title: 'Klub Membaca Sabtu' });
    await register(first.id, 'ani@contoh.id', 'confirmed');
    await register(second.id, 'ani@contoh.id', 'confirmed');
    await register(second.id, 'tono@contoh.id', 'cancelled');
    await t.db.query(
      `UPDATE event_registrations SET checked_in_at = now(), check_in_method = 'scan' WHERE event_id = $1`,
      [first.id],
    );

    const read = await t.api.get<EventSeries>(`/api/event-series/${seriesId}`, as(coordinator));
    expect(read.body.members).toBe(1);
    expect(read.body.meetings.map((m) => [m.id, m.book])).toEqual([
      [first.id, 'Laskar Pelangi'],
      [second.id, null],
    ]);
    expect(read.body.attendance).toEqual([
      { meetingId: first.id, arrived: 1 },
      { meetingId: second.id, arrived: 0 },
    ]);
    const renamed = await t.api.patch<EventSeries>(
      `/api/event-series/${seriesId}`,
      { title: 'Klub Membaca Sabtu Pagi' },
      as(coordinator),
    );
    expect(renamed.body).toMatchObject({ title: 'Klub Membaca Sabtu Pagi', schedule: { weekday: 6, weekOfMonth: 2 } });
    expect((await t.api.get(`/api/event-series/${seriesId}`, as(organiser))).status).toBe(403);
    const listed = await t.api.get<EventSeries[]>('/api/event-series', as(coordinator));
    expect(listed.body.map((series) => series.id)).toContain(seriesId);
  });
});
