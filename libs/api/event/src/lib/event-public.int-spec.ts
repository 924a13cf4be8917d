import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { EventDetail, EventSummaryPage, PublicEvent } from '@bina-pustaka/shared-contracts';
import { EVENT_TEST_APP, eventBody, futureDay } from '../testing';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const INDEX_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <title>Bina Pustaka</title>
  </head>
  <body><bp-root></bp-root></body>
</html>
`;

/**
 * The public side of events, as a guest from a WhatsApp link meets it: the list, the page
 * (never a draft, never who registered), the calendar file, and the link preview in the
 * HTML the api serves for /acara/:slug.
 */
describe('public events', () => {
  let t: TestApp;
  let webDir: string;
  let coordinator: SignedInUser;

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'bp-web-'));
    await writeFile(join(webDir, 'index.html'), INDEX_HTML);
    t = await startTestApp({ ...EVENT_TEST_APP, env: { WEB_DIST_DIR: webDir } });
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
  });
  afterAll(async () => {
    await t.close();
    await rm(webDir, { recursive: true, force: true });
  });

  const as = { token: '' };
  const create = async (body: Record<string, unknown>, publish = true): Promise<EventDetail> => {
    as.token = coordinator.token;
    const created = await t.api.post<EventDetail>('/api/events', eventBody(body), as);
    expect(created.status).toBe(201);
    if (publish) expect((await t.api.post(`/api/events/${created.body.id}/publish`, undefined, as)).status).toBe(200);
    return created.body;
  };

  it('lists published events not yet over, soonest first, and never a draft', async () => {
    const later = await create({ title: 'Pameran Buku Nusantara', kind: 'book-exhibition', days: [futureDay(50)] });
    const sooner = await create({ title: 'Kelas Literasi Informasi', kind: 'literacy', days: [futureDay(3)] });
    const draft = await create({ title: 'Draf Rahasia' }, false);
    const over = await create({ title: 'Sudah Lewat' });
    await t.db.query(
      `UPDATE events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [over.id],
    );

    const listed = await t.api.get<EventSummaryPage>('/api/public/events?pageSize=100');
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((item) => item.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(over.id);
    const literacy = await t.api.get<EventSummaryPage>('/api/public/events?kind=literacy');
    expect(literacy.body.items.map((item) => item.id)).toEqual([sooner.id]);
    const from = futureDay(40).startsAt.slice(0, 10);
    const window = await t.api.get<EventSummaryPage>(`/api/public/events?from=${from}`);
    expect(window.body.items.map((item) => item.id)).toEqual([later.id]);
    expect((await t.api.get(`/api/public/events/${draft.slug}`)).status).toBe(404);
    expect((await t.api.get(`/api/public/events/${draft.slug}/calendar.ics`)).status).toBe(404);
  });

  it("shows an event's page: safe description, seats, people without their accounts, cancelled ones too", async () => {
    const member = await createTestUser(t.db, { roles: ['trainer'] });
    const event = await create({
      title: 'Bedah Buku',
      description: 'Hadir **gratis**. <script>alert(1)</script> [tautan](javascript:alert(1))',
      capacity: 2,
      registrationOpensAt: new Date(Date.now() - 60_000).toISOString(),
      people: [{ role: 'facilitator', name: 'Rina', userId: member.id, creditedHours: 2 }],
    });
    await t.db.query(`UPDATE events SET confirmed_count = 2 WHERE id = $1`, [event.id]);
    const page = await t.api.get<PublicEvent>(`/api/public/events/${event.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ registration: 'waitlist', seatsLeft: 0, capacity: 2 });
    expect(page.body.descriptionHtml).toContain('<strong>gratis</strong>');
    expect(page.body.descriptionHtml).not.toMatch(/<script|href="javascript/);
    expect(page.body.descriptionHtml).toContain('&lt;script&gt;');
    expect(page.body.people).toEqual([
      { id: expect.any(String), role: 'facilitator', name: 'Rina', affiliation: null },
    ]);
    expect(page.body).not.toHaveProperty('description');
    expect(page.body).not.toHaveProperty('counts');

    await t.api.post(`/api/events/${event.id}/cancel`, undefined, as);
    const cancelled = await t.api.get<PublicEvent>(`/api/public/events/${event.slug}`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', registration: 'cancelled' });
  });

  it('gives a valid iCalendar file: one entry per day, escaped text, folded lines, no personal data', async () => {
    const event = await create({
      title:
        'Festival Literasi; Buku, Kopi & Cerita — hari-hari panjang yang penuh dengan bincang buku bersama para penulis',
      summary: 'Baris satu\nbaris dua',
      days: [futureDay(12), futureDay(13)],
      people: [{ role: 'speaker', name: 'Narasumber Rahasia' }],
    });
    await t.db.query(
      `INSERT INTO event_registrations (event_id, name, email, status, consented_at)
       VALUES ($1, 'Tamu Pribadi', 'tamu.pribadi@contoh.id', 'confirmed', now())`,
      [event.id],
    );
    const ics = await t.api.get<string>(`/api/public/events/${event.slug}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = ics.body;
    // Every line ends in CRLF and none is longer than 75 octets (RFC 5545 3.1).
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line) <= 75)).toBe(true);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(2);
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(unfolded).toContain('SUMMARY:Festival Literasi\\; Buku\\, Kopi & Cerita');
    expect(unfolded).toContain('DESCRIPTION:Baris satu\\nbaris dua');
    expect(unfolded).toContain('LOCATION:Aula Perpustakaan Kota\\, Jl. Merdeka No. 1\\, Bandung');
    expect(unfolded).toContain(`UID:${event.id}-2@bina-pustaka.test`);
    expect(unfolded).toContain(`URL;VALUE=URI:http://bina-pustaka.test/acara/${event.slug}`);
    expect(unfolded).not.toMatch(/tamu\.pribadi|Tamu Pribadi|Narasumber Rahasia|ATTENDEE|ORGANIZER/);
    const starts = [...unfolded.matchAll(/^DTSTART:(\d{8}T\d{6}Z)$/gm)].map((m) => m[1]);
    expect(starts).toHaveLength(2);
  });

  it('serves /acara/:slug with escaped Open Graph tags for link previews; other pages stay plain', async () => {
    const event = await create({
      title: 'Buku "Senja" <script>alert(1)</script> & Kopi',
      summary: 'Bincang & tanda tangan',
      timeZone: 'Asia/Makassar',
      days: [{ startsAt: '2027-11-25T14:00:00+08:00', endsAt: '2027-11-25T16:00:00+08:00' }],
    });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), 'sampul.png');
    const covered = await t.api.request<EventDetail>('PUT', `/api/events/${event.id}/cover`, undefined, as, form);
    expect(covered.status).toBe(200);

    const page = await t.api.get<string>(`/acara/${event.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = page.body;
    expect(html).not.toContain('<script>alert(1)</script>');
    const title = 'Buku &#34;Senja&#34; &#60;script&#62;alert(1)&#60;/script&#62; &#38; Kopi';
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<meta property="og:title" content="${title}">`);
    expect(html).toContain(
      '<meta property="og:description" content="25 November 2027, 14.00 WITA · Aula Perpustakaan Kota, Bandung. Bincang &#38; tanda tangan">',
    );
    expect(html).toContain(`<meta property="og:url" content="http://bina-pustaka.test/acara/${event.slug}">`);
    expect(html).toContain(`<meta property="og:image" content="http://bina-pustaka.test${covered.body.coverUrl}">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
    // The page's api answer, asked for while its scripts load; the same address the page reads.
    expect(html).toContain(
      `<link rel="preload" href="/api/public/events/${event.slug}" as="fetch" crossorigin="anonymous">`,
    );
    expect((await t.api.get<PublicEvent>(`/api/public/events/${event.slug}`)).status).toBe(200);
    expect(html).toContain('<bp-root></bp-root>');

    const draft = await create({ title: 'Draf' }, false);
    for (const path of [`/acara/${draft.slug}`, '/acara/tidak-ada-x1y2', '/kelola/acara']) {
      const plain = await t.api.get<string>(path);
      expect(plain.status).toBe(200);
      expect(plain.body).toBe(INDEX_HTML);
    }
  });
});
