import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventDetail } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { EVENT_LIVE_RUNTIME, type EventBody } from '@bina-pustaka/web-data-access/events';
import { FakeLiveSocket } from '../../door/testing/door-testing';
import { EVENT_ID, eventDetail, fakeModalDialogs, manageTranslocoTesting, settle } from '../testing/manage-testing';
import { DEFAULT_DATA_PURPOSE } from './event-form.model';
import { EventFormPage } from './event-form.page';

const INSTITUTIONS = [
  { id: 'inst-1', name: 'Universitas Hasanuddin', kind: 'university' },
  { id: 'inst-2', name: 'Komunitas Literasi Losari', kind: 'community' },
];

describe('EventFormPage', () => {
  beforeAll(fakeModalDialogs);
  let socket: FakeLiveSocket;

  async function open(url: string, event?: EventDetail) {
    socket = new FakeLiveSocket();
    TestBed.configureTestingModule({
      imports: [manageTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/acara/baru', component: EventFormPage },
          { path: 'kelola/acara/:eventId', component: EventFormPage },
          { path: '**', children: [] },
        ]),
        { provide: AuthStore, useValue: { hasAnyRole: () => true, accessToken: () => 'token' } },
        { provide: EVENT_LIVE_RUNTIME, useValue: { connect: async () => socket } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    if (event) http.expectOne(`/api/events/${event.id}`).flush(event);
    http.expectOne('/api/institutions').flush(INSTITUTIONS);
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    const field = <T extends HTMLElement = HTMLInputElement>(selector: string) =>
      element().querySelector<T>(selector) as T;
    const fill = async (selector: string, value: string, event = 'input') => {
      const input = field<HTMLInputElement>(selector);
      if (!input) throw new Error(`no field ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event(event));
      await render();
    };
    const buttons = (text: string) =>
      [...element().querySelectorAll<HTMLButtonElement>('button')].filter((each) =>
        each.textContent?.trim().startsWith(text),
      );
    const press = async (text: string) => {
      const button = buttons(text)[0];
      if (!button) throw new Error(`no button ${text}`);
      button.click();
      await render();
    };
    /** The harness's page is not in the document, where jsdom would submit the form on a click. */
    const save = async () => {
      element().querySelector('form.form-grid')?.dispatchEvent(new Event('submit'));
      await render();
    };
    return { http, render, element, field, fill, press, buttons, save };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('builds a new event’s whole body: days typed in WITA become the right instants', async () => {
    const { http, render, field, fill, press, save } = await open('/kelola/acara/baru');
    expect(field<HTMLTextAreaElement>('#event-data-purpose').value).toBe(DEFAULT_DATA_PURPOSE);
    expect(field<HTMLInputElement>('#event-retention').value).toBe('365');

    await fill('#event-title', 'Peluncuran Buku Senja di Losari');
    await fill('#event-zone', 'Asia/Makassar', 'change');
    await fill('#event-day-0', '2026-12-19');
    await fill('#event-day-0-start', '09:00');
    await fill('#event-day-0-end', '12:00');
    // A second day follows the first, at the same hours.
    await press('Tambah hari');
    expect(field('#event-day-1').value).toBe('2026-12-20');
    await fill('#event-day-1-end', '11:00');
    await fill('#event-venue-name', 'Perpustakaan Kota Makassar');
    await fill('#event-venue-address', 'Jl. Penghibur No. 1');
    await fill('#event-capacity', '120');
    await fill('#event-closes-date', '2026-12-18');
    await fill('#event-closes-time', '17:00');

    await press('Tambah baris susunan acara');
    await fill('#event-programme-0-day', '1: 1', 'change');
    await fill('#event-programme-0-start', '10:00');
    await fill('#event-programme-0-title', 'Diskusi buku');

    await press('Tambah pertanyaan');
    await fill('#event-question-0-label', 'Status Anda');
    await fill('#event-question-0-kind', 'single-choice', 'change');
    await fill('#event-question-0-options', 'Mahasiswa\n Umum \n\n');
    field('#event-question-0-label')
      .closest('fieldset')
      ?.querySelector<HTMLInputElement>('input[type=checkbox]')
      ?.click();

    await press('Tambah orang');
    await fill('#event-person-0-role', 'facilitator', 'change');
    await fill('#event-person-0-hours', '2');
    await fill('#event-person-0-member', 'rahma');
    await press('Cari');
    http
      .expectOne('/api/users?q=rahma&status=active&page=1&pageSize=8')
      .flush({ items: [{ id: 'u-rahma', fullName: 'Rahmawati, S.IP.' }], total: 1, page: 1, pageSize: 8 });
    await render();
    await press('Rahmawati, S.IP.');
    expect(field('#event-person-0-name').value).toBe('Rahmawati, S.IP.');

    const partner = [...document.querySelectorAll<HTMLLabelElement>('label.checkbox')].find((label) =>
      label.textContent?.includes('Universitas Hasanuddin'),
    );
    partner?.querySelector('input')?.click();
    await render();

    await save();
    const request = http.expectOne('/api/events');
    expect(request.request.method).toBe('POST');
    const body = request.request.body as EventBody;
    expect(body).toEqual({
      kind: 'book-launch',
      format: 'in-person',
      title: 'Peluncuran Buku Senja di Losari',
      summary: '',
      description: '',
      timeZone: 'Asia/Makassar',
      days: [
        { startsAt: '2026-12-19T09:00:00+08:00', endsAt: '2026-12-19T12:00:00+08:00' },
        { startsAt: '2026-12-20T09:00:00+08:00', endsAt: '2026-12-20T11:00:00+08:00' },
      ],
      venue: {
        name: 'Perpustakaan Kota Makassar',
        address: 'Jl. Penghibur No. 1',
        city: null,
        latitude: null,
        longitude: null,
      },
      programme: [{ day: 1, startsAt: '10:00', endsAt: null, title: 'Diskusi buku', by: null }],
      people: [
        { role: 'facilitator', userId: 'u-rahma', name: 'Rahmawati, S.IP.', affiliation: null, creditedHours: 2 },
      ],
      partnerIds: ['inst-1'],
      organiserIds: [],
      capacity: 120,
      registrationOpensAt: null,
      registrationClosesAt: '2026-12-18T17:00:00+08:00',
      questions: [
        { id: 'q1', kind: 'single-choice', label: 'Status Anda', required: true, options: ['Mahasiswa', 'Umum'] },
      ],
      dataPurpose: DEFAULT_DATA_PURPOSE,
      guestDataRetentionDays: 365,
      seriesId: null,
      webinarSessionId: null,
      book: null,
    });
    // 09.00 WITA is 01.00 UTC.
    expect(new Date(body.days[0].startsAt).toISOString()).toBe('2026-12-19T01:00:00.000Z');

    request.flush(eventDetail({ id: 'e-new' }));
    await render();
    expect(TestBed.inject(Router).url).toBe('/kelola/acara/e-new');
    // The new page reads its event (the harness routes it to a fresh page).
    http
      .match(() => true)
      .forEach((each) => each.flush(each.request.url.endsWith('institutions') ? [] : eventDetail()));
  });

  it('names a day without a date before sending, and shows the api’s refusals under their fields', async () => {
    const { http, field, fill, save, element } = await open('/kelola/acara/baru');
    await fill('#event-title', 'Kelas Literasi Informasi');
    await save();
    http.expectNone('/api/events');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Periksa isian yang ditandai.');
    expect(field('#event-day-0-error').textContent).toContain('Isi tanggal dan jam yang lengkap.');
    expect(field('#event-day-0').getAttribute('aria-invalid')).toBe('true');

    await fill('#event-day-0', '2026-12-19');
    await fill('#event-day-0-end', '08:00');
    await save();
    http.expectOne('/api/events').flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'Periksa kembali isian Anda.',
        issues: [
          { field: 'days.0.endsAt', message: 'Jam selesai harus setelah jam mulai.' },
          { field: 'venue.name', message: 'Nama tempat wajib diisi.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fill('#event-title', 'Kelas Literasi Informasi');
    expect(element().querySelector('bp-failure-alert')?.textContent).toContain('Periksa kembali isian Anda.');
    expect(field('#event-day-0-end-error').textContent).toContain('Jam selesai harus setelah jam mulai.');
    expect(field('#event-venue-name-error').textContent).toContain('Nama tempat wajib diisi.');
    expect(field('#event-venue-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('opens a saved event with its times in its zone, and sends a change as the whole form', async () => {
    const { http, field, fill, save } = await open(`/kelola/acara/${EVENT_ID}`, eventDetail());
    expect(field('h1').textContent).toContain('Senja di Losari');
    expect(field<HTMLSelectElement>('#event-zone').value).toBe('Asia/Makassar');
    expect(field('#event-day-0').value).toBe('2026-12-19');
    expect(field('#event-day-0-start').value).toBe('09:00');
    expect(field('#event-day-0-end').value).toBe('12:00');
    expect(field('#event-programme-0-title').value).toBe('Pembukaan');
    expect(field('#event-person-0-name').value).toBe('Andi Sri Wahyuni');

    await fill('#event-capacity', '150');
    await save();
    const request = http.expectOne(`/api/events/${EVENT_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({
      capacity: 150,
      days: [{ startsAt: '2026-12-19T09:00:00+08:00', endsAt: '2026-12-19T12:00:00+08:00' }],
      partnerIds: ['inst-1'],
      questions: [{ id: 'q1', kind: 'short-text', label: 'Pekerjaan', required: false, options: [] }],
      people: [
        {
          role: 'author',
          userId: null,
          name: 'Andi Sri Wahyuni',
          affiliation: 'Komunitas Penulis Losari',
          creditedHours: null,
        },
      ],
    });
    // A meeting's book is not in the detail: untouched, it is not sent (and so not erased).
    expect(request.request.body).not.toHaveProperty('book');
    request.flush(eventDetail({ capacity: 150 }));
  });

  it("attaches a reading club's meeting to a series picked from the list, its own series kept", async () => {
    const meeting = eventDetail({ kind: 'reading-club', series: { id: 's-old', title: 'Klub Baca Lama' } });
    const { http, render, field, fill, save } = await open(`/kelola/acara/${EVENT_ID}`, meeting);
    http.expectOne('/api/event-series').flush([
      {
        id: 's1',
        title: 'Klub Baca Sabtu Kedua',
        description: '',
        schedule: null,
        meetings: [],
        members: 0,
        attendance: [],
      },
    ]);
    await render();
    const picker = field<HTMLSelectElement>('#event-series');
    expect([...picker.options].map((option) => option.textContent?.trim())).toEqual([
      'Bukan bagian dari seri',
      'Klub Baca Sabtu Kedua',
      'Klub Baca Lama',
    ]);
    expect(picker.selectedOptions[0].textContent?.trim()).toBe('Klub Baca Lama');

    picker.selectedIndex = 1;
    picker.dispatchEvent(new Event('change'));
    await render();
    await save();
    const request = http.expectOne(`/api/events/${EVENT_ID}`);
    expect(request.request.body).toMatchObject({ seriesId: 's1' });
    request.flush(eventDetail({ kind: 'reading-club', series: { id: 's1', title: 'Klub Baca Sabtu Kedua' } }));
    await render();

    // Another kind has no series to pick.
    await fill('#event-kind', 'book-launch', 'change');
    expect(field('#event-series')).toBeNull();
  });

  it('gives an online event a room: made at publishing, or a session the organiser hosts; in person, none', async () => {
    const online = eventDetail({ format: 'online', webinarSessionId: 'w-made' });
    const { http, render, element, field, save } = await open(`/kelola/acara/${EVENT_ID}`, online);
    http
      .expectOne((request) => request.url === '/api/webinars' && request.params.get('mine') === 'true')
      .flush({
        items: [
          {
            id: 'w-host',
            title: 'Kelas Literasi Daring',
            startsAt: '2026-12-20T02:00:00Z',
            timeZone: 'Asia/Jakarta',
            myRole: 'host',
          },
          {
            id: 'w-talk',
            title: 'Sesi sebagai narasumber',
            startsAt: '2026-12-21T02:00:00Z',
            timeZone: 'Asia/Jakarta',
            myRole: 'presenter',
          },
        ],
        total: 2,
        page: 1,
        pageSize: 50,
      });
    await render();
    const picker = field<HTMLSelectElement>('#event-room');
    const labels = [...picker.options].map((option) => option.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels[0]).toBe('Dibuat otomatis saat acara diterbitkan');
    expect(labels[1]).toContain('Kelas Literasi Daring');
    // Only sessions they host, and the room the event already has.
    expect(labels.slice(2)).toEqual(['Ruang webinar acara ini']);
    expect(picker.selectedOptions[0].textContent?.trim()).toBe('Ruang webinar acara ini');

    picker.selectedIndex = 1;
    picker.dispatchEvent(new Event('change'));
    await render();
    await save();
    const request = http.expectOne(`/api/events/${EVENT_ID}`);
    expect(request.request.body).toMatchObject({ format: 'online', webinarSessionId: 'w-host' });
    request.flush(eventDetail({ format: 'online', webinarSessionId: 'w-host' }));
    await render();

    // In person: no room to pick, and none is sent.
    // The radios follow EVENT_FORMATS: in person first.
    element().querySelector<HTMLInputElement>('input[name="event-format"]')?.click();
    await render();
    expect(field('#event-room')).toBeNull();
    await save();
    const inPerson = http.expectOne(`/api/events/${EVENT_ID}`);
    expect(inPerson.request.body).toMatchObject({ format: 'in-person', webinarSessionId: null });
    inPerson.flush(eventDetail());
    await render();
  });

  it("moves a saved event's counts live as people register and arrive, leaving what is typed alone", async () => {
    const { http, render, element, field, fill } = await open(`/kelola/acara/${EVENT_ID}`, eventDetail());
    await fill('#event-title', 'Judul yang sedang diketik');
    socket.push('connect');
    expect(socket.watched).toEqual([{ event: 'event.watch', payload: { eventId: EVENT_ID } }]);
    const counts = { confirmed: 31, unconfirmed: 4, waitlisted: 2, cancelled: 1, arrived: 17, walkIns: 3 };
    socket.push('event.counts', { eventId: EVENT_ID, counts });
    // Another event's news is not this page's.
    socket.push('event.counts', { eventId: 'another', counts: { ...counts, confirmed: 99 } });
    await render();
    const facts = element().querySelector('.facts')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(facts).toContain('31 dari');
    expect(facts).toContain('2 daftar tunggu');
    expect(facts).toContain('17 hadir, termasuk 3 pendaftar di tempat');
    expect(facts).not.toContain('99');
    expect(field('#event-title').value).toBe('Judul yang sedang diketik');

    // Back after a drop: the counts are asked for once, the form untouched.
    socket.push('connect');
    http.expectOne(`/api/events/${EVENT_ID}`).flush(eventDetail({ counts: { ...counts, arrived: 20 } }));
    await render();
    expect(element().querySelector('.facts')?.textContent).toContain('20 hadir');
    expect(field('#event-title').value).toBe('Judul yang sedang diketik');
  });

  it('publishes and cancels only after a confirmation, and shows the event as it then is', async () => {
    const { http, render, field, press, element } = await open(`/kelola/acara/${EVENT_ID}`, eventDetail());
    const actions = () => element().querySelector('bp-event-actions') as HTMLElement;
    expect(actions().querySelector('.event-counts')?.textContent).toContain('108 dari 120 kursi terkonfirmasi');
    const links = () => [...actions().querySelectorAll('a')].map((link) => link.textContent?.trim());
    expect(links()).not.toContain('Buka halaman publik');

    await press('Terbitkan');
    const dialog = field<HTMLDialogElement>('dialog');
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Terbitkan acara ini?');
    await press('Kembali');
    expect(dialog.open).toBe(false);
    http.expectNone(`/api/events/${EVENT_ID}/publish`);

    await press('Terbitkan');
    await press('Ya, terbitkan');
    http.expectOne(`/api/events/${EVENT_ID}/publish`).flush(eventDetail({ status: 'published' }));
    await render();
    expect(dialog.open).toBe(false);
    expect(actions().querySelector('.badge')?.textContent).toContain('Terbit');
    expect(actions().textContent).toContain('Acara sudah terbit');
    expect(links()).toContain('Buka halaman publik');

    await press('Batalkan acara');
    expect(dialog.textContent).toContain('115 pendaftar dikabari lewat email');
    await press('Ya, batalkan acara');
    const cancel = http.expectOne(`/api/events/${EVENT_ID}/cancel`);
    expect(cancel.request.method).toBe('POST');
    cancel.flush(eventDetail({ status: 'cancelled' }));
    await render();
    expect(actions().querySelector('.badge')?.textContent).toContain('Dibatalkan');
    expect(actions().textContent).toContain('Semua pendaftar dikabari');
  });

  it('shows a refused publication’s sentence, and an event one may not change as read-only', async () => {
    const { http, render, field, press, element } = await open(
      `/kelola/acara/${EVENT_ID}`,
      eventDetail({ may: { edit: false, publish: true, cancel: false, checkIn: true, issueCertificates: false } }),
    );
    expect(field('#event-title').disabled).toBe(true);
    expect(element().querySelector('.event-save')).toBeNull();
    expect(element().querySelector<HTMLFieldSetElement>('fieldset.event-form-fields')?.disabled).toBe(true);
    await press('Terbitkan');
    await press('Ya, terbitkan');
    http
      .expectOne(`/api/events/${EVENT_ID}/publish`)
      .flush(
        { statusCode: 409, code: 'event.noDays', message: 'Acara belum memiliki hari pelaksanaan.' },
        { status: 409, statusText: 'Conflict' },
      );
    await render();
    expect(element().querySelector('bp-event-actions [role="alert"]')?.textContent).toContain(
      'Acara belum memiliki hari pelaksanaan.',
    );
  });
});
