import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import axe from 'axe-core';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PublicEvent } from '@bina-pustaka/shared-contracts';
import {
  EVENT_ID,
  authAs,
  eventsTranslocoTesting,
  fakeModalDialogs,
  publicEvent,
  settle,
  ticket,
} from '../testing/public-testing';
import { EventPage } from './event.page';

const URL = '/api/public/events/peluncuran-buku-laut-a1b2';

describe('EventPage', () => {
  beforeAll(fakeModalDialogs);
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(event: PublicEvent = publicEvent(), signedIn = false) {
    TestBed.configureTestingModule({
      imports: [eventsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'acara/:slug', component: EventPage },
          { path: '**', children: [] },
        ]),
        authAs(signedIn),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/acara/peluncuran-buku-laut-a1b2');
    const render = () => settle(harness.fixture);
    await render();
    http.expectOne(URL).flush(event);
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    const input = (id: string) => element().querySelector(`#${id}`) as HTMLInputElement;
    const type = (id: string, value: string) => {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (element().querySelector('.event-form button[type="submit"]') as HTMLButtonElement).click();
      await render();
    };
    /** A filled-in form that passes every check. */
    const fill = () => {
      type('event-name', 'Siti Rahma');
      type('event-email', 'siti@contoh.id');
      type('event-answer-asal', 'SMA Negeri 1 Makassar');
      input('event-consent').click();
    };
    return { http, render, element, input, type, submit, fill };
  }

  it("shows the event in its own zone, the venue's map link and the description without scripts", async () => {
    // Were anything unsafe to slip past the api, Angular strips it again (and says so).
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { element } = await open(
      publicEvent({ descriptionHtml: '<p>Diskusi <strong>terbuka</strong>.</p><script>alert(1)</script>' }),
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sanitizing HTML stripped'));
    warn.mockRestore();
    const text = element().textContent ?? '';
    expect(element().querySelector('h1')?.textContent).toBe('Peluncuran buku "Laut Bercerita"');
    expect(text).toContain('Sabtu, 19 Desember 2026, 09.00–12.00 WITA');
    expect(text).toContain('Jl. Kajaolalido No. 5, Makassar');
    const map = element().querySelector('a[href*="openstreetmap"]') as HTMLAnchorElement;
    expect(map.href).toBe('https://www.openstreetmap.org/?mlat=-5.1343&mlon=119.4108#map=17/-5.1343/119.4108');
    expect(map.rel).toContain('noopener');
    const description = element().querySelector('.rich-text') as HTMLElement;
    expect(description.innerHTML).toContain('<strong>terbuka</strong>');
    expect(description.querySelector('script')).toBeNull();
    expect(text).toContain('Pembukaan');
    expect(text).toContain('Rahmawati Lestari');
    expect(text).toContain('Sisa 12 kursi');
    const calendar = element().querySelector('a[download]') as HTMLAnchorElement;
    expect(calendar.getAttribute('href')).toBe(`${URL}/calendar.ics`);
    // Sized before it loads (no layout shift); the cover is the first screen's image, so not lazy.
    const cover = element().querySelector('.event-cover img') as HTMLImageElement;
    expect([cover.getAttribute('width'), cover.getAttribute('height'), cover.getAttribute('loading')]).toEqual([
      '1280',
      '720',
      null,
    ]);
    const logo = element().querySelector('.event-partners img') as HTMLImageElement;
    expect([logo.alt, logo.getAttribute('loading'), logo.getAttribute('width')]).toEqual([
      'Komunitas Baca Pesisir',
      'lazy',
      '160',
    ]);
  });

  it('leaves the map link out without coordinates and says "Daring" for an online event', async () => {
    const { element } = await open(publicEvent({ format: 'online', venue: null, venueName: null }));
    expect(element().querySelector('a[href*="openstreetmap"]')).toBeNull();
    expect(element().textContent).toContain('Daring');
  });

  it('has a honeypot people never reach', async () => {
    const { element } = await open();
    const trap = element().querySelector('#event-website') as HTMLInputElement;
    expect(trap.closest('[aria-hidden="true"]')?.classList).toContain('event-honeypot');
    expect([trap.getAttribute('tabindex'), trap.getAttribute('autocomplete'), trap.name]).toEqual([
      '-1',
      'off',
      'website',
    ]);
  });

  it('sends nothing until the required fields, a valid WhatsApp number and the consent are there', async () => {
    const { http, element, type, input, submit } = await open();
    await submit();
    const errors = () => [...element().querySelectorAll('.field-error')].map((error) => error.textContent?.trim());
    expect(errors()).toEqual([
      'Wajib diisi.',
      'Wajib diisi.',
      'Wajib diisi.',
      'Centang persetujuan ini untuk mendaftar.',
    ]);
    expect(document.activeElement).toBe(input('event-name'));
    type('event-name', 'Siti Rahma');
    type('event-email', 'siti@contoh.id');
    type('event-answer-asal', 'SMA 1');
    type('event-whatsapp', '0212345');
    await submit();
    expect(errors()).toEqual([
      'Masukkan nomor telepon Indonesia yang diawali 0 atau +62.',
      'Centang persetujuan ini untuk mendaftar.',
    ]);
    expect(input('event-consent').getAttribute('aria-describedby')).toBe('event-consent-error');
    http.expectNone(`${URL}/registrations`);
    // The purpose and how long the data is kept are shown beside the checkbox.
    expect(element().textContent).toContain('Untuk mengirim tiket dan kabar acara ini.');
    expect(element().textContent).toContain('paling lama 180 hari');
  });

  it('registers a guest and sends them to their inbox', async () => {
    const { http, element, type, fill, submit, render } = await open();
    fill();
    type('event-whatsapp', '0812-3456-7890');
    const choice = [...element().querySelectorAll('.event-choice label')].find(
      (l) => l.textContent?.trim() === 'Teman',
    );
    (choice?.querySelector('input') as HTMLInputElement).click();
    await submit();
    const sent = http.expectOne(`${URL}/registrations`);
    expect(sent.request.body).toEqual({
      name: 'Siti Rahma',
      email: 'siti@contoh.id',
      whatsapp: '0812-3456-7890',
      answers: { asal: 'SMA Negeri 1 Makassar', tahu: 'Teman' },
      consent: true,
      website: '',
    });
    sent.flush({ status: 'unconfirmed', waitlistPosition: null, message: 'Periksa email Anda.' });
    await render();
    expect(element().querySelector('form')).toBeNull();
    const done = element().querySelector('#event-registered') as HTMLElement;
    expect(done.textContent).toContain('Periksa email Anda untuk mengonfirmasi');
    expect(element().textContent).toContain('siti@contoh.id');
    expect(document.activeElement).toBe(done);
  });

  it('sends what a script typed into the honeypot, for the api to judge', async () => {
    const { http, type, fill, submit } = await open();
    fill();
    type('event-website', 'https://spam.example');
    await submit();
    expect(http.expectOne(`${URL}/registrations`).request.body.website).toBe('https://spam.example');
  });

  it("shows the api's refusal in the form: a duplicate, too many tries, a closed registration", async () => {
    const { http, element, fill, submit, render } = await open();
    fill();
    for (const [status, message] of [
      [409, 'Email ini sudah terdaftar untuk acara ini.'],
      [429, 'Terlalu banyak pendaftaran dari alamat ini. Coba lagi dalam 1 jam.'],
      [409, 'Pendaftaran untuk acara ini sudah ditutup.'],
    ] as const) {
      await submit();
      http
        .expectOne(`${URL}/registrations`)
        .flush({ statusCode: status, message, code: 'event.refused' }, { status, statusText: 'Refused' });
      await render();
      expect(element().querySelector('.event-form [role="alert"]')?.textContent).toContain(message);
      expect(element().querySelector('form')).not.toBeNull();
    }
  });

  it('offers a signed-in member one click, and then shows their registration', async () => {
    const { http, element, render } = await open(publicEvent({ questions: [] }), true);
    expect(element().querySelector('.event-form')).toBeNull();
    http
      .expectOne(`/api/events/${EVENT_ID}/registration`)
      .flush({ statusCode: 404, message: 'Tidak ada.', code: 'notFound' }, { status: 404, statusText: 'Not Found' });
    await render();
    const button = [...element().querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Daftar dengan akun saya'),
    );
    button?.click();
    const post = http.expectOne({ method: 'POST', url: `/api/events/${EVENT_ID}/registration` });
    post.flush({ status: 'confirmed', waitlistPosition: null, message: 'Anda terdaftar.' });
    await render();
    http.expectOne({ method: 'GET', url: `/api/events/${EVENT_ID}/registration` }).flush(ticket());
    await render();
    expect(element().textContent).toContain('Anda terdaftar');
    expect(element().textContent).toContain('Status pendaftaran Anda: Terdaftar');
    // An in-person event's ticket has no room to join.
    expect(element().querySelector('a[href*="/webinar/"]')).toBeNull();
  });

  it('gives a confirmed member of an online event the way into its webinar room', async () => {
    const { http, element, render } = await open(publicEvent({ format: 'online' }), true);
    const joinUrl = 'https://bina-pustaka.contoh.id/webinar/6c1b3a52-8f0e-4d7a-9a43-2f5d0c1e7b90';
    http.expectOne(`/api/events/${EVENT_ID}/registration`).flush(ticket({ joinUrl }));
    await render();
    const join = element().querySelector<HTMLAnchorElement>(`a[href="${joinUrl}"]`);
    expect(join?.textContent?.trim()).toBe('Masuk ke ruang acara daring');
  });

  it("asks a signed-in member the organiser's questions before the click, with the guest's fields", async () => {
    const { http, element, render, type, submit } = await open(publicEvent(), true);
    http
      .expectOne(`/api/events/${EVENT_ID}/registration`)
      .flush({ statusCode: 404, message: 'Tidak ada.', code: 'notFound' }, { status: 404, statusText: 'Not Found' });
    await render();
    // The questions' form loads by a dynamic import.
    await new Promise((resolve) => setTimeout(resolve));
    await render();
    expect(element().textContent).toContain('Asal sekolah atau kampus');
    expect(element().querySelectorAll('input[type="radio"]')).toHaveLength(2);
    // The required question left empty: nothing is sent.
    await submit();
    http.expectNone({ method: 'POST', url: `/api/events/${EVENT_ID}/registration` });
    expect(element().textContent).toContain('Wajib diisi.');

    type('event-answer-asal', ' SMA Negeri 1 Makassar ');
    (element().querySelector('#event-answer-tahu-1') as HTMLInputElement).click();
    await submit();
    const post = http.expectOne({ method: 'POST', url: `/api/events/${EVENT_ID}/registration` });
    expect(post.request.body).toEqual({ answers: { asal: 'SMA Negeri 1 Makassar', tahu: 'Teman' } });
    post.flush({ status: 'confirmed', waitlistPosition: null, message: 'Anda terdaftar.' });
    await render();
    http.expectOne({ method: 'GET', url: `/api/events/${EVENT_ID}/registration` }).flush(ticket());
    await render();
    expect(element().textContent).toContain('Status pendaftaran Anda: Terdaftar');
  });

  it('has no serious accessibility violations, form and honeypot included (axe)', async () => {
    const { element, submit } = await open();
    await submit();
    const result = await axe.run(element(), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });

  it("sets the tab's title to the event's, as a shared link's tab shows it", async () => {
    await open();
    expect(TestBed.inject(Title).getTitle()).toBe('Peluncuran buku "Laut Bercerita" · Bina Pustaka');
  });

  it('lets a member cancel their registration after confirming', async () => {
    const { http, element, render } = await open(publicEvent(), true);
    http.expectOne(`/api/events/${EVENT_ID}/registration`).flush(ticket());
    await render();
    const cancel = [...element().querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Batalkan pendaftaran',
    );
    cancel?.click();
    await render();
    expect(element().querySelector('dialog')?.open).toBe(true);
    http.expectNone({ method: 'DELETE', url: `/api/events/${EVENT_ID}/registration` });
    const yes = [...element().querySelectorAll('dialog button')].find((b) => b.textContent?.trim() === 'Ya, batalkan');
    (yes as HTMLButtonElement).click();
    http
      .expectOne({ method: 'DELETE', url: `/api/events/${EVENT_ID}/registration` })
      .flush({ status: 'cancelled', waitlistPosition: null, message: 'Dibatalkan.' });
    await render();
    http
      .expectOne({ method: 'GET', url: `/api/events/${EVENT_ID}/registration` })
      .flush(ticket({ status: 'cancelled', ticketCode: null, ticketQr: null }));
    await render();
    // Cancelled: they may register again.
    expect(element().textContent).toContain('Daftar dengan akun saya');
  });

  it('says why registration is not possible instead of the form', async () => {
    const { element } = await open(publicEvent({ registration: 'closed', seatsLeft: 0 }));
    expect(element().querySelector('.event-form')).toBeNull();
    expect(element().querySelector('.event-register')?.textContent).toContain('Pendaftaran ditutup');
  });
});
