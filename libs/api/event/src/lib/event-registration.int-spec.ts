import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type {
  ApiErrorBody,
  EventConfirmation,
  EventRegistrationResult,
  EventTicket,
} from '@bina-pustaka/shared-contracts';
import {
  EVENT_TEST_APP,
  insertEvent,
  registrationRows,
  tokenIn,
  type InsertEventOptions,
} from '../testing/event-test-bed';
import { EventCodes } from './shared/event-codes';
import { ticketQrPath, ticketQrPng } from './tickets/ticket-qr';

const PER_HOUR = 4;
const QUESTIONS: InsertEventOptions['questions'] = [
  {
    id: 'asal',
    kind: 'single-choice',
    label: 'Anda datang dari',
    required: true,
    options: ['Sekolah', 'Kampus', 'Umum'],
  },
  { id: 'harapan', kind: 'short-text', label: 'Harapan Anda', required: false, options: [] },
];

describe('registering for an event as a guest', () => {
  let t: TestApp;
  let codes: EventCodes;
  let lastAddress = 0;
  let lastGuest = 0;

  beforeAll(async () => {
    // Behind one proxy, as in production: each test speaks from its own address.
    t = await startTestApp({
      ...EVENT_TEST_APP,
      env: { EVENT_REGISTRATIONS_PER_HOUR: String(PER_HOUR), TRUST_PROXY: '1' },
    });
    codes = t.app.get(EventCodes);
  });
  afterAll(() => t.close());

  const slugOf = async (eventId: string) =>
    ((await t.db.query(`SELECT slug FROM events WHERE id = $1`, [eventId])) as { slug: string }[])[0].slug;
  const newGuest = () => `tamu-${++lastGuest}-${Date.now()}@contoh.id`;
  const register = async (eventId: string, body: object, address = `198.51.100.${++lastAddress}`) =>
    t.api.post<EventRegistrationResult & ApiErrorBody>(
      `/api/public/events/${await slugOf(eventId)}/registrations`,
      { name: 'Siti Nurhaliza', email: newGuest(), consent: true, ...body },
      { headers: { 'x-forwarded-for': address } },
    );
  const post = <T>(path: string, token: string) =>
    t.api.post<T & ApiErrorBody>(`/api/public/event-registrations/${path}`, { token });
  const rows = (eventId: string) => registrationRows(t.db, eventId);
  const confirmedCount = async (eventId: string) =>
    (
      (await t.db.query(`SELECT confirmed_count FROM events WHERE id = $1`, [eventId])) as { confirmed_count: number }[]
    )[0].confirmed_count;

  it('takes a guest, holds no seat until the email is opened, then emails the ticket with its QR code and calendar', async () => {
    const event = await insertEvent(t.db, { capacity: 10, questions: QUESTIONS });
    const email = newGuest();
    const done = await register(event, {
      email: `  ${email.toUpperCase()} `,
      whatsapp: '0812-3456-7890',
      affiliation: 'Universitas Padjadjaran',
      answers: { asal: 'Kampus', harapan: 'Bertemu penulisnya' },
    });
    expect([done.status, done.body]).toEqual([
      201,
      {
        status: 'unconfirmed',
        waitlistPosition: null,
        message: `Terima kasih. Kami mengirim email ke ${email}: buka tautan di dalamnya untuk mengonfirmasi pendaftaran Anda. Kursi Anda baru dihitung setelah konfirmasi.`,
      },
    ]);
    const [row] = await rows(event);
    expect(row).toMatchObject({
      email,
      whatsapp: '+6281234567890',
      affiliation: 'Universitas Padjadjaran',
      answers: { asal: 'Kampus', harapan: 'Bertemu penulisnya' },
      status: 'unconfirmed',
      ticket_code_hash: null,
    });
    expect(await confirmedCount(event)).toBe(0);

    const confirmation = await t.mailbox.waitFor(email, (mail) => mail.subject.startsWith('Konfirmasi pendaftaran'));
    expect(confirmation.subject).toBe('Konfirmasi pendaftaran: Peluncuran Buku "Senja di Pelabuhan"');
    expect(confirmation.text).toMatch(/Waktu: \d{1,2} \w+ \d{4}, 09\.00 WIB – 12\.00 WIB/);
    expect(confirmation.text).toContain('Tempat: Aula Perpustakaan Kota, Jl. Merdeka No. 1, Bandung');
    // The title is people's text: escaped in the HTML.
    expect(confirmation.html).toContain('Peluncuran Buku &#34;Senja di Pelabuhan&#34;');
    const manage = tokenIn(confirmation, 'acara/batal');

    const confirmed = await post<EventConfirmation>('confirm', tokenIn(confirmation, 'acara/konfirmasi'));
    expect([confirmed.status, confirmed.body.status, confirmed.body.message]).toEqual([
      200,
      'confirmed',
      'Pendaftaran Anda terkonfirmasi. Tiket dengan kode QR sudah kami kirim ke email Anda.',
    ]);
    expect(await confirmedCount(event)).toBe(1);
    // The confirm page links to the ticket with the token the emails carry.
    expect(confirmed.body.ticketToken).toBe(manage);

    const ticket = await post<EventTicket>('ticket', manage);
    expect(ticket.status).toBe(200);
    expect(ticket.body).toMatchObject({
      holderName: 'Siti Nurhaliza',
      status: 'confirmed',
      waitlistPosition: null,
      checkedInAt: null,
      joinUrl: null,
      event: {
        title: 'Peluncuran Buku "Senja di Pelabuhan"',
        timeZone: 'Asia/Jakarta',
        venueName: 'Aula Perpustakaan Kota',
      },
    });
    const code = ticket.body.ticketCode ?? '';
    expect(codes.ticketSignedFor(event, code)).toBe(true);
    // The page draws the symbol of this very code from the api's path: a 43-character code is
    // a 29- or 33-module symbol (the encoder packs digit runs tighter), its finder pattern's
    // corner the first dark square.
    expect(ticket.body.ticketQr).toEqual(ticketQrPath(code));
    expect([29, 33]).toContain(ticket.body.ticketQr?.size);
    expect(ticket.body.ticketQr?.path).toMatch(/^M0 0h1v1h-1zM1 0h1v1h-1z/);
    // Only the code's hash is kept.
    const [stored] = await rows(event);
    expect((stored.ticket_code_hash ?? Buffer.alloc(0)).equals(createHash('sha256').update(code).digest())).toBe(true);

    const mail = await t.mailbox.waitFor(email, (m) => m.subject.startsWith('Tiket Anda'));
    expect(mail.text).toContain('Tunjukkan kode QR di bawah ini');
    expect(tokenIn(mail, 'acara/tiket')).toBe(manage);
    expect(tokenIn(mail, 'acara/batal')).toBe(manage);
    // The image is the QR code of the ticket's code, shown inline (the parser resolves its cid into the HTML).
    const png = await ticketQrPng(code);
    const qr = mail.attachments.find((file) => file.contentType === 'image/png');
    expect(qr?.cid).toBeTruthy();
    expect(qr?.content.equals(png)).toBe(true);
    expect(mail.html).toContain(`<img src="data:image/png;base64,${png.toString('base64')}" alt="Kode QR tiket Anda"`);
    const calendar = mail.attachments.find((file) => file.contentType.startsWith('text/calendar'));
    const ics = calendar?.content.toString() ?? '';
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Peluncuran Buku "Senja di Pelabuhan"');
    expect(ics).toContain('LOCATION:Aula Perpustakaan Kota\\, Jl. Merdeka No. 1\\, Bandung');
    expect(ics).not.toContain(email);

    // Opening the confirmation link again changes nothing.
    const again = await post<EventRegistrationResult>('confirm', tokenIn(confirmation, 'acara/konfirmasi'));
    expect([again.status, again.body.status]).toEqual([200, 'confirmed']);
    expect(await confirmedCount(event)).toBe(1);
  });

  it('refuses a second registration of the same email, resending the confirmation while it is unconfirmed', async () => {
    const event = await insertEvent(t.db);
    const email = newGuest();
    expect((await register(event, { email })).status).toBe(201);
    const first = await t.mailbox.waitFor(email);
    const twice = await register(event, { email: email.toUpperCase(), name: 'Orang Lain' });
    expect([twice.status, twice.body.code]).toEqual([409, 'eventRegistration.duplicateResent']);
    expect(twice.body.message).toMatch(/^Email ini sudah terdaftar untuk acara ini\. Kami mengirim ulang/);
    const resent = await t.mailbox.waitFor(email, (mail) => mail !== first);
    expect(tokenIn(resent, 'acara/batal')).toBe(tokenIn(first, 'acara/batal'));
    expect(await rows(event)).toHaveLength(1);
    expect((await rows(event))[0]).toMatchObject({ name: 'Siti Nurhaliza' });

    await post('confirm', tokenIn(resent, 'acara/konfirmasi'));
    const confirmedTwice = await register(event, { email });
    expect([confirmedTwice.status, confirmedTwice.body.message]).toEqual([
      409,
      'Email ini sudah terdaftar untuk acara ini.',
    ]);
    expect(await rows(event)).toHaveLength(1);

    // Once cancelled, the same email may register again.
    await post('cancel', tokenIn(resent, 'acara/batal'));
    expect((await register(event, { email })).status).toBe(201);
    expect((await rows(event)).map((row) => row.status)).toEqual(['cancelled', 'unconfirmed']);
  });

  it('says when registration is not open, and keeps nothing', async () => {
    const hour = 3600_000;
    const cases: [InsertEventOptions, number, string][] = [
      [{ registrationOpensAt: new Date(Date.now() + 48 * hour) }, 409, 'eventRegistration.notOpenYet'],
      [{ registrationClosesAt: new Date(Date.now() - hour) }, 409, 'eventRegistration.closed'],
      [{ status: 'cancelled' }, 409, 'eventRegistration.eventCancelled'],
      [
        { days: [{ startsAt: new Date(Date.now() - 5 * hour), endsAt: new Date(Date.now() - hour) }] },
        409,
        'eventRegistration.ended',
      ],
      [{ status: 'draft' }, 404, 'event.notFound'],
    ];
    for (const [options, status, code] of cases) {
      const event = await insertEvent(t.db, options);
      const refused = await register(event, {});
      expect({ options, status: refused.status, code: refused.body.code }).toEqual({ options, status, code });
      expect(await rows(event)).toEqual([]);
    }
    const notYet = await register(
      await insertEvent(t.db, { registrationOpensAt: new Date('2026-12-20T01:00:00Z') }),
      {},
    );
    expect(notYet.body.message).toBe(
      'Pendaftaran acara ini belum dibuka. Pendaftaran dibuka 20 Desember 2026, 08.00 WIB.',
    );
  });

  it("checks the answers against the event's questions", async () => {
    const event = await insertEvent(t.db, { questions: QUESTIONS });
    const missing = await register(event, { answers: { harapan: 'Ada' } });
    expect([missing.status, missing.body.message]).toEqual([400, 'Pertanyaan "Anda datang dari" wajib dijawab.']);
    const wrong = await register(event, { answers: { asal: 'Pasar' } });
    expect([wrong.status, wrong.body.message]).toEqual([
      400,
      'Jawaban untuk "Anda datang dari" harus salah satu pilihan yang tersedia.',
    ]);
    const unknown = await register(event, { answers: { asal: 'Umum', lainnya: 'x' } });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'eventRegistration.unknownQuestion']);
    const noConsent = await register(event, { consent: false, answers: { asal: 'Umum' } });
    expect(noConsent.status).toBe(400);
    expect(await rows(event)).toEqual([]);
  });

  it('answers a filled-in honeypot as if registered, and keeps and sends nothing', async () => {
    const event = await insertEvent(t.db);
    const bot = newGuest();
    const pretended = await register(event, { email: bot, website: 'http://spam.example' });
    expect([pretended.status, pretended.body.status]).toEqual([201, 'unconfirmed']);
    expect(pretended.body.message).toContain(bot);
    expect(await rows(event)).toEqual([]);
    // A person registering after the bot gets their mail; the bot got none.
    const person = newGuest();
    await register(event, { email: person });
    await t.mailbox.waitFor(person);
    expect(t.mailbox.messages.filter((mail) => mail.to.includes(bot))).toEqual([]);
  });

  it('stops a burst of registrations from one address with a clear message', async () => {
    const event = await insertEvent(t.db);
    const address = '203.0.113.77';
    for (let i = 0; i < PER_HOUR; i++) expect((await register(event, {}, address)).status).toBe(201);
    const stopped = await register(event, {}, address);
    expect([stopped.status, stopped.body.code]).toEqual([429, 'eventRegistration.tooMany']);
    expect(stopped.body.message).toMatch(
      /^Terlalu banyak pendaftaran dari jaringan ini dalam satu jam\. Coba lagi dalam \d+ menit\.$/,
    );
    expect(Number(stopped.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await rows(event)).toHaveLength(PER_HOUR);
    // Another address, or another event, is not held back.
    expect((await register(event, {})).status).toBe(201);
    expect((await register(await insertEvent(t.db), {}, address)).status).toBe(201);
  });

  it('refuses an altered, misused or expired link and changes nothing', async () => {
    const event = await insertEvent(t.db, { capacity: 5 });
    const email = newGuest();
    await register(event, { email });
    const mail = await t.mailbox.waitFor(email);
    const confirm = tokenIn(mail, 'acara/konfirmasi');
    const manage = tokenIn(mail, 'acara/batal');
    const altered = `${confirm.slice(0, -2)}${confirm.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const [path, token] of [
      ['confirm', altered],
      ['confirm', manage],
      ['ticket', confirm],
      ['cancel', confirm],
      ['erase', confirm],
    ]) {
      const refused = await post(path, token);
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({
        path,
        status: 400,
        code: 'eventRegistration.linkInvalid',
      });
    }
    const [{ id }] = await rows(event);
    const expired = codes.linkToken('confirm', id, new Date(Date.now() - 60_000));
    const late = await post('confirm', expired);
    expect([late.status, late.body.code]).toEqual([410, 'eventRegistration.confirmExpired']);
    expect(late.body.message).toContain('Daftar lagi dengan email yang sama');
    const malformed = await post('confirm', 'bukan token!');
    expect(malformed.status).toBe(400);
    expect((await rows(event))[0]).toMatchObject({ status: 'unconfirmed', anonymised_at: null });
    expect(await confirmedCount(event)).toBe(0);
  });

  it("erases a guest's data on request, freeing the seat for the next in line", async () => {
    const event = await insertEvent(t.db, { capacity: 1 });
    const [first, second] = [newGuest(), newGuest()];
    for (const email of [first, second]) await register(event, { email, whatsapp: '081234567890' });
    const firstMail = await t.mailbox.waitFor(first);
    const secondMail = await t.mailbox.waitFor(second);
    await post('confirm', tokenIn(firstMail, 'acara/konfirmasi'));
    const waiting = await post<EventRegistrationResult>('confirm', tokenIn(secondMail, 'acara/konfirmasi'));
    expect(waiting.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const manage = tokenIn(firstMail, 'acara/batal');
    const erased = await post('erase', manage);
    expect(erased.status).toBe(204);
    const [gone, promoted] = await rows(event);
    expect(gone).toMatchObject({
      name: 'Dihapus atas permintaan',
      email: null,
      whatsapp: null,
      affiliation: null,
      answers: {},
      status: 'cancelled',
    });
    expect(gone.anonymised_at).toBeInstanceOf(Date);
    expect(promoted).toMatchObject({ status: 'confirmed' });
    expect(await confirmedCount(event)).toBe(1);
    await t.mailbox.waitFor(second, (mail) => mail.subject.startsWith('Kursi Anda tersedia'));

    expect((await post('erase', manage)).status).toBe(204);
    expect((await post('ticket', manage)).status).toBe(404);
    expect((await post('cancel', manage)).status).toBe(404);
    expect(await confirmedCount(event)).toBe(1);
  });
});
