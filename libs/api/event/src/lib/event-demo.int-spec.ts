import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { EventDetail, EventSeries, EventSummaryPage, PublicEvent } from '@bina-pustaka/shared-contracts';
import { EVENT_TEST_APP } from '../testing';
import { EventDemoSeederService } from './demo/event-demo-seeder.service';
import { EventCodes } from './shared/event-codes';

/**
 * The demo library's events (DEMO_SEED), as a visitor and the coordinator find them: a book
 * launch with its author and partners, a literacy class with its facilitators, the reading
 * club's next two meetings, and last month's exhibition with its arrivals.
 */
describe('event demo data', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ ...EVENT_TEST_APP, env: { DEMO_SEED: 'true' } });
    const login = await t.api.post<{ accessToken: string }>('/api/auth/login', {
      email: 'koordinator@perpustakaan.test',
      password: 'PustakaDemo2026',
    });
    token = login.body.accessToken;
  });
  afterAll(() => t.close());

  const publicList = async () => (await t.api.get<EventSummaryPage>('/api/public/events')).body.items;

  it('shows a visitor the four upcoming events, soonest first, and not the past one', async () => {
    const items = await publicList();
    expect(items.map((event) => event.kind).sort()).toEqual([
      'book-launch',
      'literacy',
      'reading-club',
      'reading-club',
    ]);
    expect(items.map((event) => event.startsAt)).toEqual(items.map((event) => event.startsAt).sort());
    expect(items.every((event) => event.registration === 'open' && event.status === 'published')).toBe(true);
  });

  it('has a book launch with a local author, a speaker, partners with their kind, a programme and a venue', async () => {
    const launch = (await publicList()).find((event) => event.kind === 'book-launch');
    const page = await t.api.get<PublicEvent>(`/api/public/events/${launch?.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      title: 'Peluncuran Buku "Jejak Rempah di Pesisir Sukamaju"',
      format: 'in-person',
      capacity: 150,
      seatsLeft: 150,
      venue: { address: 'Jl. Pahlawan No. 12, Kel. Kotabaru, Kec. Gondokusuman', city: 'Sukamaju' },
    });
    expect(page.body.people.slice(0, 2).map((person) => [person.role, person.name])).toEqual([
      ['author', 'Ratna Kusumawardani'],
      ['speaker', 'Dr. Wahyu Hidayat, M.Hum.'],
    ]);
    expect(page.body.partners.map((partner) => [partner.name, partner.kind])).toEqual([
      ['Komunitas Literasi Sukamaju Membaca', 'community'],
      ['Universitas Sukamaju', 'university'],
    ]);
    expect(page.body.programme).toHaveLength(6);
    expect(page.body.descriptionHtml).toContain('<strong>Jejak Rempah di Pesisir Sukamaju</strong>');
  });

  it('credits the literacy class to its two facilitating librarians', async () => {
    const literacy = (await publicList()).find((event) => event.kind === 'literacy');
    const detail = await t.api.get<EventDetail>(`/api/events/${literacy?.id}`, { token });
    expect(detail.body.people.map((person) => [person.role, person.name, person.creditedHours])).toEqual([
      ['facilitator', 'Dewi Lestari', 3],
      ['facilitator', 'Fitri Handayani', 3],
    ]);
    expect(detail.body.people.every((person) => person.userId !== null)).toBe(true);
  });

  it('holds the reading club as a series of two meetings on second Saturdays, each with its book', async () => {
    const series = await t.api.get<EventSeries[]>('/api/event-series', { token });
    expect(series.body).toHaveLength(1);
    const [club] = series.body;
    expect(club.meetings.map((meeting) => meeting.book)).toEqual([
      'Laskar Pelangi (Andrea Hirata)',
      'Bumi Manusia (Pramoedya Ananta Toer)',
    ]);
    for (const meeting of club.meetings) {
      // 15.00 WIB is 08.00 UTC, on the same date.
      const start = new Date(meeting.startsAt);
      expect([start.getUTCDay(), start.getUTCHours()]).toEqual([6, 8]);
      expect(start.getUTCDate()).toBeGreaterThanOrEqual(8);
      expect(start.getUTCDate()).toBeLessThanOrEqual(14);
    }
  });

  it('has a past exhibition whose visitors hold real tickets and four of them were scanned in', async () => {
    const [past] = await t.db.query(`SELECT id, confirmed_count FROM events WHERE ends_at < now()`);
    const rows: { id: string; ticket_code_hash: Buffer; checked_in_at: Date | null; method: string | null }[] =
      await t.db.query(
        `SELECT id, ticket_code_hash, checked_in_at, check_in_method AS method FROM event_registrations
          WHERE event_id = $1 AND status = 'confirmed'`,
        [past.id],
      );
    expect([past.confirmed_count, rows.length]).toEqual([6, 6]);
    const codes = t.app.get(EventCodes);
    for (const row of rows) expect(row.ticket_code_hash).toEqual(codes.registrationTicketCode(past.id, row.id).hash);
    expect(rows.filter((row) => row.checked_in_at && row.method === 'scan')).toHaveLength(4);
    const [scans] = await t.db.query(`SELECT count(*)::int AS count FROM event_check_in_scans WHERE event_id = $1`, [
      past.id,
    ]);
    expect(scans.count).toBe(4);
  });

  it('seeds nothing more when asked again', async () => {
    const count = async () => (await t.db.query(`SELECT count(*)::int AS count FROM events`))[0].count;
    expect(await count()).toBe(5);
    await t.app.get(EventDemoSeederService).onApplicationBootstrap();
    expect(await count()).toBe(5);
  });
});
