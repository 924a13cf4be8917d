import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import axe from 'axe-core';
import { TOKEN, eventsTranslocoTesting, fakeModalDialogs, settle, ticket } from '../testing/public-testing';
import { CancelPage } from './cancel.page';
import { ConfirmPage } from './confirm.page';
import { TicketPage } from './ticket.page';

const API = '/api/public/event-registrations';

describe("a guest's pages from the email links", () => {
  beforeAll(fakeModalDialogs);
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(url: string) {
    TestBed.configureTestingModule({
      imports: [eventsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'acara/konfirmasi', component: ConfirmPage },
          { path: 'acara/tiket', component: TicketPage },
          { path: 'acara/batal', component: CancelPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    const http = TestBed.inject(HttpTestingController);
    const element = () => harness.routeNativeElement as HTMLElement;
    const button = (text: string, within: ParentNode = element()) =>
      [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
    return { http, render, element, button, location: TestBed.inject(Location) };
  }

  describe('confirm', () => {
    it('takes the token from the fragment, clears the address bar and posts it', async () => {
      const { http, render, element, location } = await open(`/acara/konfirmasi#${TOKEN}`);
      expect(location.path(true)).toBe('/acara/konfirmasi');
      expect(window.location.hash).toBe('');
      const sent = http.expectOne(`${API}/confirm`);
      expect(sent.request.body).toEqual({ token: TOKEN });
      sent.flush({
        status: 'confirmed',
        waitlistPosition: null,
        message: 'Terkonfirmasi.',
        ticketToken: 'manage-token',
      });
      await render();
      expect(element().textContent).toContain('pendaftaran Anda telah terkonfirmasi');
      expect(element().textContent).toContain('Tiket dengan kode QR telah kami kirim');
      const ticketLink = element().querySelector<HTMLAnchorElement>('a.btn-primary');
      expect([ticketLink?.textContent?.trim(), ticketLink?.getAttribute('href')]).toEqual([
        'Lihat tiket',
        '/acara/tiket#manage-token',
      ]);
    });

    it('reads a `#token=` fragment too, and gives a waitlisted guest their place', async () => {
      const { http, render, element } = await open(`/acara/konfirmasi#token=${TOKEN}`);
      http.expectOne(`${API}/confirm`).flush({ status: 'waitlisted', waitlistPosition: 3, message: 'Daftar tunggu.' });
      await render();
      expect(element().textContent).toContain('Anda masuk daftar tunggu');
      expect(element().textContent).toContain('Urutan Anda: ke-3.');
    });

    it("says so when the link expired, in the api's words", async () => {
      const { http, render, element } = await open(`/acara/konfirmasi#${TOKEN}`);
      http
        .expectOne(`${API}/confirm`)
        .flush(
          { statusCode: 410, message: 'Tautan konfirmasi ini sudah kedaluwarsa.', code: 'event.linkExpired' },
          { status: 410, statusText: 'Gone' },
        );
      await render();
      const alert = element().querySelector('[role="alert"]')?.textContent;
      expect(alert).toContain('Tautan konfirmasi ini sudah kedaluwarsa.');
      expect(alert).toContain('silakan daftar kembali');
    });

    it('posts nothing for a link without a usable token', async () => {
      const { http, render, element, location } = await open('/acara/konfirmasi#bukan%20token');
      await render();
      http.expectNone(`${API}/confirm`);
      expect(location.path(true)).toBe('/acara/konfirmasi');
      expect(element().textContent).toContain('Tautan ini tidak lengkap');
    });
  });

  describe('ticket', () => {
    it('shows the ticket with the QR code the api drew, the token gone from the address bar', async () => {
      const { http, render, element, location } = await open(`/acara/tiket#${TOKEN}`);
      expect(location.path(true)).toBe('/acara/tiket');
      const sent = http.expectOne(`${API}/ticket`);
      expect(sent.request.body).toEqual({ token: TOKEN });
      sent.flush(ticket());
      await render();
      await render();
      const text = element().textContent ?? '';
      expect(text).toContain('Siti Rahma');
      expect(text).toContain('Terdaftar');
      expect(text).toContain('Sabtu, 19 Desember 2026, 09.00–12.00 WITA');
      const qr = element().querySelector('svg.ticket-qr') as SVGElement;
      expect(qr.getAttribute('aria-label')).toBe('Kode QR tiket atas nama Siti Rahma');
      // A 33-module symbol; four more each side are the quiet zone.
      expect(qr.getAttribute('viewBox')).toBe('-4 -4 41 41');
      expect(qr.querySelector('path')?.getAttribute('d')).toBe(ticket().ticketQr?.path);
      const calendar = element().querySelector('a[download]') as HTMLAnchorElement;
      expect(calendar.getAttribute('href')).toBe('/api/public/events/peluncuran-buku-laut-a1b2/calendar.ics');
    });

    it('has no serious accessibility violations (axe)', async () => {
      const { http, render, element } = await open(`/acara/tiket#${TOKEN}`);
      http.expectOne(`${API}/ticket`).flush(ticket());
      await render();
      const result = await axe.run(element(), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        rules: { 'color-contrast': { enabled: false } },
      });
      const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
      expect(serious.map((item) => item.id)).toEqual([]);
    });

    it('shows when the guest was checked in, instead of the QR code', async () => {
      const { http, render, element } = await open(`/acara/tiket#${TOKEN}`);
      http.expectOne(`${API}/ticket`).flush(ticket({ checkedInAt: '2026-12-19T01:12:00Z' }));
      await render();
      expect(element().textContent).toContain('Anda sudah tercatat hadir: Sabtu, 19 Desember 2026, 09.12 WITA.');
      expect(element().querySelector('svg.ticket-qr')).toBeNull();
    });

    it('cancels only after the guest confirms, then shows the ticket as cancelled', async () => {
      const { http, render, element, button } = await open(`/acara/tiket#${TOKEN}`);
      http.expectOne(`${API}/ticket`).flush(ticket());
      await render();
      button('Batalkan pendaftaran').click();
      await render();
      const dialog = element().querySelectorAll('dialog')[0];
      expect(dialog.open).toBe(true);
      button('Tidak, kembali', dialog).click();
      await render();
      http.expectNone(`${API}/cancel`);
      button('Batalkan pendaftaran').click();
      button('Ya, batalkan', dialog).click();
      const cancel = http.expectOne(`${API}/cancel`);
      expect(cancel.request.body).toEqual({ token: TOKEN });
      cancel.flush({ status: 'cancelled', waitlistPosition: null, message: 'Dibatalkan.' });
      await render();
      http.expectOne(`${API}/ticket`).flush(ticket({ status: 'cancelled', ticketCode: null, ticketQr: null }));
      await render();
      expect(element().textContent).toContain('Pendaftaran Anda telah dibatalkan.');
      expect(button('Batalkan pendaftaran')).toBeUndefined();
    });

    it("erases the guest's data after they confirm, and forgets the ticket", async () => {
      const { http, render, element, button } = await open(`/acara/tiket#${TOKEN}`);
      http.expectOne(`${API}/ticket`).flush(ticket());
      await render();
      button('Hapus data saya').click();
      const dialog = element().querySelectorAll('dialog')[1];
      expect(dialog.open).toBe(true);
      button('Ya, hapus data saya', dialog).click();
      const erase = http.expectOne(`${API}/erase`);
      expect(erase.request.body).toEqual({ token: TOKEN });
      erase.flush(null, { status: 204, statusText: 'No Content' });
      await render();
      expect(element().textContent).toContain('Data Anda telah dihapus');
      expect(element().textContent).not.toContain('Siti Rahma');
    });

    it("shows the api's sentence for a link that is not valid", async () => {
      const { http, render, element } = await open(`/acara/tiket#${TOKEN}`);
      http
        .expectOne(`${API}/ticket`)
        .flush(
          { statusCode: 400, message: 'Tautan ini tidak valid.', code: 'event.linkInvalid' },
          { status: 400, statusText: 'Bad Request' },
        );
      await render();
      expect(element().querySelector('[role="alert"]')?.textContent).toContain('Tautan ini tidak valid.');
    });
  });

  describe('cancel', () => {
    it('shows the registration and cancels it only when asked', async () => {
      const { http, render, element, button, location } = await open(`/acara/batal#${TOKEN}`);
      expect(location.path(true)).toBe('/acara/batal');
      http.expectOne(`${API}/ticket`).flush(ticket());
      await render();
      expect(element().textContent).toContain('Atas nama Siti Rahma');
      http.expectNone(`${API}/cancel`);
      button('Ya, batalkan').click();
      const cancel = http.expectOne(`${API}/cancel`);
      expect(cancel.request.body).toEqual({ token: TOKEN });
      cancel.flush({ status: 'cancelled', waitlistPosition: null, message: 'Dibatalkan.' });
      await render();
      expect(element().textContent).toContain('Pendaftaran Anda telah dibatalkan.');
      expect(button('Ya, batalkan')).toBeUndefined();
    });

    it('says a registration was already cancelled', async () => {
      const { http, render, element, button } = await open(`/acara/batal#${TOKEN}`);
      http.expectOne(`${API}/ticket`).flush(ticket({ status: 'cancelled', ticketCode: null, ticketQr: null }));
      await render();
      expect(element().textContent).toContain('sudah dibatalkan sebelumnya');
      expect(button('Ya, batalkan')).toBeUndefined();
    });
  });
});
