import { Client } from 'pg';
import { PHONE, addresses, openBrowser, screenshot, type Browser } from './support/browser';
import { linkInMail, register } from './support/events';
import { waitForMail } from './support/mailbox';
import { expectAccessible, signIn } from './support/session';

/**
 * Events (issue 15), the coordinator's side on a phone: a book launch made in the event form
 * with a partner organisation, published, opened signed out from the shared link (the partner
 * is on the page); a guest registers and is checked in at the door by name; after the event
 * the coordinator issues the participants' certificates and the guest's, sent by email,
 * verifies on the public page.
 */
const COORDINATOR = 'koordinator@perpustakaan.test';
/** A partner organisation of the demo library (seeded with it). */
const PARTNER = 'Universitas Sukamaju';
const TEMPLATE = 'Sertifikat acara';
/** Unique per run, so the journey can run against a database that already has events. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const TITLE = `Peluncuran Buku "Jejak Rempah Nusantara" ${RUN}`;
const GUEST = { name: 'Sari Wulandari', email: `sari.${RUN.toLowerCase()}@contoh.id` };

/** Tomorrow's date in Jakarta, as a date field takes it (2026-12-08). */
const tomorrow = () => new Date(Date.now() + 24 * 3_600_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

/**
 * The clock moves on: the event's day is put two days back, so it ended yesterday. Nothing a
 * person does makes an event end sooner; the journey cannot wait for tomorrow.
 */
async function endEvent(eventId: string): Promise<void> {
  const db = new Client({ connectionString: addresses().databaseUrl });
  await db.connect();
  try {
    const twoDays = "interval '2 days'";
    await db.query(
      `UPDATE events SET starts_at = starts_at - ${twoDays}, ends_at = ends_at - ${twoDays} WHERE id = $1`,
      [eventId],
    );
    await db.query(
      `UPDATE event_days SET starts_at = starts_at - ${twoDays}, ends_at = ends_at - ${twoDays} WHERE event_id = $1`,
      [eventId],
    );
  } finally {
    await db.end();
  }
}

describe('events: a coordinator runs a book launch with a partner, from the form to certificates that verify', () => {
  const browsers: Browser[] = [];
  let coordinator: Browser;
  let guest: Browser;
  let eventId: string;

  beforeAll(async () => {
    [coordinator, guest] = await Promise.all([openBrowser(PHONE), openBrowser(PHONE)]);
    browsers.push(coordinator, guest);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('the coordinator creates a book launch with a partner in the event form and publishes it', async () => {
    const { page } = coordinator;
    await signIn(page, COORDINATOR);
    await page.goto('/kelola/acara');
    await page.getByRole('link', { name: 'Buat acara' }).click();
    await page.getByRole('heading', { name: 'Acara baru', level: 1 }).waitFor();

    await page.getByLabel('Jenis acara').selectOption({ label: 'Peluncuran buku' });
    await page.getByRole('radio', { name: 'Tatap muka' }).check();
    await page.getByLabel('Judul', { exact: true }).fill(TITLE);
    await page.getByLabel('Ringkasan').fill('Bincang buku bersama penulisnya, terbuka untuk umum.');
    const day = page.getByRole('group', { name: 'Hari ke-1' });
    await day.getByLabel('Tanggal').fill(tomorrow());
    await day.getByLabel('Mulai').fill('09:00');
    await day.getByLabel('Selesai').fill('12:00');
    await page.getByLabel('Nama tempat').fill('Aula Perpustakaan Kota');
    await page.getByLabel('Alamat', { exact: true }).fill('Jl. Merdeka No. 1');
    await page.getByLabel('Jumlah kursi').fill('40');
    await page.getByRole('checkbox', { name: PARTNER }).check();
    await expectAccessible(page);
    await screenshot(page, 'acara-kelola-formulir');

    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    // The saved event's heading can show a moment before the address moves to its id.
    await page.waitForURL(/\/kelola\/acara\/[0-9a-f-]{36}$/);
    eventId = new URL(page.url()).pathname.split('/').pop() as string;
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByText('Acara sudah terbit dan dapat dibuka siapa saja lewat tautannya.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'acara-kelola-terbit');
  });

  it('signed out, the shared link shows the event with its partner; a guest registers and confirms', async () => {
    const { page } = guest;
    await page.goto('/acara');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Mitra' }).getByText(PARTNER).waitFor();
    // The registration form loads once the page has shown.
    await page.getByRole('form', { name: 'Formulir pendaftaran' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'acara-halaman-mitra');

    await register(page, GUEST);
    await page.goto(await linkInMail(GUEST.email, 'Konfirmasi pendaftaran', 'acara/konfirmasi'));
    await page.getByText('pendaftaran Anda telah terkonfirmasi').waitFor();
  });

  it('at the door the guest is checked in by name', async () => {
    const { page } = coordinator;
    await page.getByRole('link', { name: 'Presensi di pintu masuk' }).click();
    await page.getByText('Hadir 0 dari 1 terdaftar').waitFor();
    await page.getByLabel('Nama peserta').fill('Sari');
    await page.getByRole('button', { name: `Catat hadir: ${GUEST.name}` }).click();
    await page.getByText(`Selamat datang, ${GUEST.name}`).waitFor();
    await page.getByText('Hadir 1 dari 1 terdaftar').waitFor();
    await page.getByText('Semua presensi sudah terkirim.').waitFor({ timeout: 30_000 });
  });

  it('after the event the coordinator issues the participants’ certificates, and the guest’s verifies', async () => {
    await endEvent(eventId);
    const { page } = coordinator;
    await page.getByRole('link', { name: 'Kembali ke acara' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.locator('summary', { hasText: 'Terbitkan sertifikat' }).click();
    // The templates are read once the section opens.
    await page.getByLabel('Templat sertifikat').locator('option', { hasText: TEMPLATE }).waitFor({ state: 'attached' });
    await page.getByLabel('Templat sertifikat').selectOption({ label: TEMPLATE });
    await page.getByRole('button', { name: 'Terbitkan sertifikat', exact: true }).click();
    await page.getByText('1 sertifikat sedang diterbitkan dan dikirim; 0 orang sudah memilikinya.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'acara-kelola-sertifikat');

    // A guest has no account: the certificate comes by email, with the link to check it.
    const mail = await waitForMail(GUEST.email, (each) => each.subject === 'Sertifikat Anda sudah terbit', 30_000);
    const verify = /https?:\/\/\S+\/verifikasi\/[0-9A-Z]+/.exec(mail.text);
    if (!verify) throw new Error('No /verifikasi link in the certificate mail');
    await guest.page.goto(verify[0]);
    await guest.page.getByRole('heading', { name: 'Sertifikat sah', level: 2 }).waitFor();
    await guest.page.getByText(GUEST.name, { exact: true }).waitFor();
    await guest.page.getByText(TITLE, { exact: true }).waitFor();
    await expectAccessible(guest.page);
    await screenshot(guest.page, 'acara-verifikasi-sertifikat');
  });
});
