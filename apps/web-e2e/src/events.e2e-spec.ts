import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiAs } from './support/api';
import { MEDIA_FLAGS, PHONE, addresses, openBrowser, screenshot, type Browser } from './support/browser';
import { linkInMail, register } from './support/events';
import { qrCodeVideo } from './support/fake-camera';
import { expectAccessible, signIn } from './support/session';

/**
 * Events (issue 15): the library shares an event's link; a guest opens it on a phone, signed
 * out, registers, confirms from the email and sees the ticket; the one seat is taken, so a
 * second guest waits and gets it when the first cancels; at the door a staff phone scans that
 * ticket through the camera (chromium's fake camera shows the QR code) and the count goes up.
 */
const COORDINATOR = 'koordinator@perpustakaan.test';
/** Unique per run, so the journey can run against a database that already has events. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const TITLE = `Peluncuran Buku "Senja di Pelabuhan" ${RUN}`;
const GUEST_A = { name: 'Rina Marlina', email: `rina.${RUN.toLowerCase()}@contoh.id` };
const GUEST_B = { name: 'Yusuf Hidayat', email: `yusuf.${RUN.toLowerCase()}@contoh.id` };

describe('events: a guest registers from the shared link, a second one waits, the door scans the ticket', () => {
  const browsers: Browser[] = [];
  let eventId: string;
  let slug: string;

  beforeAll(async () => {
    // The coordinator's screens are not what this journey is about: the event is made through the api.
    const api = await apiAs(COORDINATOR);
    const day = new Date(Date.now() + 24 * 3_600_000);
    day.setUTCHours(2, 0, 0, 0); // 09.00 WIB tomorrow
    const event = await api<{ id: string; slug: string }>('POST', '/api/events', {
      kind: 'book-launch',
      format: 'in-person',
      title: TITLE,
      summary: 'Bincang buku bersama penulisnya, terbuka untuk umum.',
      description: 'Penulis membacakan bab pertama dan menjawab pertanyaan pembaca.',
      days: [{ startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 3 * 3_600_000).toISOString() }],
      venue: { name: 'Aula Perpustakaan Kota', address: 'Jl. Merdeka No. 1' },
      capacity: 1,
      dataPurpose: 'Untuk mengirim tiket dan kabar penting tentang acara ini.',
    });
    await api('POST', `/api/events/${event.id}/publish`);
    ({ id: eventId, slug } = event);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('a guest opens the shared link signed out, registers, confirms from the email and sees the ticket', async () => {
    const guest = await openBrowser(PHONE);
    browsers.push(guest);
    const { page } = guest;
    await page.goto(`/acara/${slug}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Sisa 1 kursi').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'acara-halaman-publik');
    await register(page, GUEST_A);

    await page.goto(await linkInMail(GUEST_A.email, 'Konfirmasi pendaftaran', 'acara/konfirmasi'));
    await page.getByText('pendaftaran Anda telah terkonfirmasi').waitFor();
    await page.getByRole('link', { name: 'Lihat tiket' }).click();
    // The code is drawn in the browser once its encoder has loaded.
    await page
      .getByRole('img', { name: `Kode QR tiket atas nama ${GUEST_A.name}` })
      .locator('path')
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'acara-tiket');
  });

  it('the event is full: a second guest waits, and gets the seat when the first cancels', async () => {
    const second = await openBrowser(PHONE);
    browsers.push(second);
    await second.page.goto(`/acara/${slug}`);
    await second.page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await register(second.page, GUEST_B);
    await second.page.goto(await linkInMail(GUEST_B.email, 'Konfirmasi pendaftaran', 'acara/konfirmasi'));
    await second.page.getByText('Anda masuk daftar tunggu').waitFor();
    await second.page.getByText('Urutan Anda: ke-1.').waitFor();

    // The first guest cannot come after all and cancels from the ticket page.
    const first = browsers[0].page;
    await first.getByRole('button', { name: 'Batalkan pendaftaran' }).click();
    await first.getByRole('dialog').getByRole('button', { name: 'Ya, batalkan' }).click();
    await first.getByText('Pendaftaran Anda telah dibatalkan.').waitFor();

    await second.page.goto(await linkInMail(GUEST_B.email, 'Kursi Anda tersedia', 'acara/tiket'));
    await second.page.getByRole('img', { name: `Kode QR tiket atas nama ${GUEST_B.name}` }).waitFor();
  });

  it('at the door a staff phone scans the ticket through the camera, and the count goes up', async () => {
    // What the second guest's QR code holds, read as their ticket page reads it.
    const ticketLink = await linkInMail(GUEST_B.email, 'Kursi Anda tersedia', 'acara/tiket');
    const token = ticketLink.split('#')[1];
    const ticket = (await (
      await fetch(`${addresses().baseUrl}/api/public/event-registrations/ticket`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      })
    ).json()) as { ticketCode: string };
    const dir = mkdtempSync(join(tmpdir(), 'bp-door-'));
    try {
      const camera = qrCodeVideo(ticket.ticketCode, dir);
      const door = await openBrowser(PHONE, [...MEDIA_FLAGS, `--use-file-for-fake-video-capture=${camera}`]);
      browsers.push(door);
      const { page } = door;
      await signIn(page, COORDINATOR);
      await page.goto(`/kelola/acara/${eventId}/presensi`);
      await page.getByText('Hadir 0 dari 1 terdaftar').waitFor();
      await page.getByRole('button', { name: 'Nyalakan kamera' }).click();
      await page.getByText(`Selamat datang, ${GUEST_B.name}`).waitFor({ timeout: 30_000 });
      await page.getByText('Hadir 1 dari 1 terdaftar').waitFor();
      await page.getByText('Semua presensi sudah terkirim.').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Matikan kamera' }).click();
      await expectAccessible(page);
      await screenshot(page, 'acara-presensi-pintu');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
