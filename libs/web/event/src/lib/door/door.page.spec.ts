import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import axe from 'axe-core';
import type { EventCheckInOutcome } from '@bina-pustaka/shared-contracts';
import { EVENT_LIVE_RUNTIME } from '@bina-pustaka/web-data-access/events';
import { DoorPage } from './door.page';
import { DoorStore } from './door.store';
import {
  BUDI_CODE,
  EVENT,
  EVENT_ID,
  FakeLiveSocket,
  SITI,
  SITI_CODE,
  counts,
  doorTranslocoTesting,
  roster,
  settle,
} from './testing/door-testing';

const UNKNOWN_CODE = 'dGlrZXQtYmFydQ_ghi-789';
const QUEUE_KEY = `bp.event-door.queue.${EVENT_ID}`;
const CHECK_INS = `/api/events/${EVENT_ID}/check-ins`;

describe('DoorPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let socket: FakeLiveSocket;
  const vibrate = jest.fn();

  beforeAll(() => Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true }));
  beforeEach(() => {
    localStorage.clear();
    vibrate.mockClear();
  });
  afterEach(() => {
    http.verify();
    TestBed.resetTestingModule();
    setNetwork(true);
  });

  function setNetwork(online: boolean) {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  }

  /** Opens the door; the event and roster downloads are answered, or fail as a lost network. */
  async function open(network: 'ok' | 'lost' = 'ok') {
    socket = new FakeLiveSocket();
    TestBed.configureTestingModule({
      imports: [doorTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/acara/:eventId/presensi', component: DoorPage },
          { path: '**', children: [] },
        ]),
        { provide: EVENT_LIVE_RUNTIME, useValue: { connect: async () => socket } },
      ],
    });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/kelola/acara/${EVENT_ID}/presensi`);
    await settle(harness.fixture);
    const event = http.expectOne(`/api/events/${EVENT_ID}`);
    const list = http.expectOne(`/api/events/${EVENT_ID}/roster`);
    if (network === 'ok') {
      event.flush(EVENT);
      list.flush(roster());
    } else {
      event.error(new ProgressEvent('error'));
      list.error(new ProgressEvent('error'));
    }
    await settle(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  const store = () => harness.fixture.debugElement.query(By.directive(DoorPage)).injector.get(DoorStore);
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const lastCard = (page: HTMLElement) => text(page.querySelector('.door-result-big'));
  const earlier = (page: HTMLElement) => Array.from(page.querySelectorAll('.door-earlier .door-headline')).map(text);
  const buttonNamed = (page: HTMLElement, name: string) =>
    Array.from(page.querySelectorAll('button')).find((button) => text(button) === name) as HTMLButtonElement;

  async function scan(code: string) {
    await store().scan(code);
    await settle(harness.fixture);
  }

  it('answers a scan offline from the kept roster by the code’s hash, and loses nothing on a reload', async () => {
    let page = await open();
    expect(text(page.querySelector('h1'))).toBe('Peluncuran Buku Cerita Rakyat NTT');
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 41 dari 120 terdaftar');
    setNetwork(false);
    await settle(harness.fixture);

    await scan(SITI_CODE);
    expect(lastCard(page)).toContain('Selamat datang, Siti Rahmawati');
    expect(page.querySelector('.door-result-big')?.classList).toContain('door-green');
    expect(vibrate).toHaveBeenLastCalledWith([80]);
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 42 dari 120 terdaftar');

    await scan(BUDI_CODE);
    expect(lastCard(page)).toContain('Sudah masuk pukul 09.05 WITA');
    expect(page.querySelector('.door-result-big')?.classList).toContain('door-amber');

    await scan(UNKNOWN_CODE);
    expect(lastCard(page)).toContain('Tiket tidak dikenal');
    expect(vibrate).toHaveBeenLastCalledWith([300]);
    expect(text(page.querySelector('.door-queue'))).toContain('2 pindaian menunggu dikirim');
    expect(text(page.querySelector('.door-offline'))).toContain('Tanpa sambungan internet');
    http.expectNone(CHECK_INS);

    // Reloaded on a line that is down (the phone believes it is online): the roster, the
    // arrivals and the queue are still there, and the failed send keeps them.
    TestBed.resetTestingModule();
    page = await open('lost');
    const resend = http.expectOne(CHECK_INS);
    expect(resend.request.body.checkIns).toHaveLength(2);
    resend.error(new ProgressEvent('error'));
    await settle(harness.fixture);
    expect(text(page.querySelector('h1'))).toBe('Peluncuran Buku Cerita Rakyat NTT');
    expect(text(page.querySelector('.door-queue'))).toContain('2 pindaian menunggu dikirim');
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 42 dari 120 terdaftar');
    await scan(SITI_CODE);
    expect(lastCard(page)).toContain('Sudah masuk pukul');
    expect(Object.keys(JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '{}'))).toHaveLength(2);
  });

  it('sends the queue in one batch once back online, and the server’s outcome corrects the screen', async () => {
    const page = await open();
    setNetwork(false);
    await scan(UNKNOWN_CODE);
    await scan(SITI_CODE);

    setNetwork(true);
    await settle(harness.fixture);
    const batch = http.expectOne(CHECK_INS);
    const sent = batch.request.body.checkIns as { scanId: string; ticketCode: string; at: string }[];
    expect(sent.map((each) => each.ticketCode)).toEqual([UNKNOWN_CODE, SITI_CODE]);
    const outcome = (scanId: string, changes: Partial<EventCheckInOutcome>): EventCheckInOutcome => ({
      scanId,
      outcome: 'checked-in',
      registrationId: null,
      name: null,
      firstCheckedInAt: null,
      firstCheckedInBy: null,
      ...changes,
    });
    batch.flush({
      outcomes: [
        // Confirmed after this phone downloaded its roster: the server knows the ticket.
        outcome(sent[0].scanId, { registrationId: '6f1d2c1e-9999-4c3a-9b1a-0000000000a3', name: 'Yohanes Bria' }),
        // Another phone checked Siti in first.
        outcome(sent[1].scanId, {
          outcome: 'already-checked-in',
          registrationId: SITI,
          name: 'Siti Rahmawati',
          firstCheckedInAt: '2026-12-19T01:12:00.000Z',
          firstCheckedInBy: 'Rina Panitia',
        }),
      ],
      counts: counts({ arrived: 43 }),
    });
    await settle(harness.fixture);

    expect(lastCard(page)).toContain('Sudah masuk pukul 09.12 WITA');
    expect(lastCard(page)).toContain('Dicatat oleh Rina Panitia');
    expect(earlier(page)).toEqual(['Selamat datang, Yohanes Bria']);
    expect(text(page.querySelector('.door-queue'))).toBe('Semua presensi sudah terkirim.');
    expect(localStorage.getItem(QUEUE_KEY)).toBeNull();
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 43 dari 120 terdaftar');

    // Other phones' arrivals come over the socket.
    socket.push('connect');
    expect(socket.watched).toEqual([{ event: 'event.watch', payload: { eventId: EVENT_ID } }]);
    socket.push('event.counts', { eventId: EVENT_ID, counts: counts({ arrived: 50 }) });
    await settle(harness.fixture);
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 50 dari 120 terdaftar');
  });

  it('keeps the scans through a lost network and sends them on “Kirim sekarang”', async () => {
    const page = await open();
    await scan(SITI_CODE);
    http.expectOne(CHECK_INS).error(new ProgressEvent('error'));
    await settle(harness.fixture);
    expect(text(page.querySelector('.door-queue'))).toContain('1 pindaian menunggu dikirim');
    expect(page.querySelector('bp-failure-alert')).toBeNull();

    buttonNamed(page, 'Kirim sekarang').click();
    await settle(harness.fixture);
    const retry = http.expectOne(CHECK_INS);
    const [only] = retry.request.body.checkIns;
    retry.flush({
      outcomes: [
        {
          scanId: only.scanId,
          outcome: 'checked-in',
          registrationId: SITI,
          name: 'Siti Rahmawati',
          firstCheckedInAt: null,
          firstCheckedInBy: null,
        },
      ],
      counts: counts({ arrived: 42 }),
    });
    await settle(harness.fixture);
    expect(text(page.querySelector('.door-queue'))).toBe('Semua presensi sudah terkirim.');
    expect(lastCard(page)).toContain('Tercatat di server');
  });

  it('finds a guest by name on the phone and checks them in by registration', async () => {
    const page = await open();
    const search = page.querySelector('#door-search') as HTMLInputElement;
    search.value = 'rahma';
    search.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    const rows = Array.from(page.querySelectorAll('.door-matches li'));
    expect(rows.map(text)).toEqual(['Siti Rahmawati SMA Negeri 3 Kupang Catat hadir']);

    search.value = 'a';
    search.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    expect(page.querySelector('.door-matches')).toBeNull();
    search.value = 'budi';
    search.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    expect(text(page.querySelector('.door-matches li'))).toBe('Budi Santoso Hadir pukul 09.05 WITA');

    search.value = 'siti';
    search.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    (page.querySelector('[aria-label="Catat hadir: Siti Rahmawati"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(lastCard(page)).toContain('Selamat datang, Siti Rahmawati');
    expect(text(page.querySelector('.door-matches li'))).toContain('Hadir pukul');
    const batch = http.expectOne(CHECK_INS);
    expect(batch.request.body.checkIns).toEqual([
      { scanId: expect.any(String), registrationId: SITI, at: expect.any(String) },
    ]);
    batch.flush({ outcomes: [], counts: counts({ arrived: 42 }) });
    await settle(harness.fixture);
  });

  it('welcomes a walk-in at once, sends it, and says so when the api refuses it', async () => {
    const page = await open();
    buttonNamed(page, 'Daftarkan dan catat hadir').click();
    await settle(harness.fixture);
    expect(text(page.querySelector('#walk-in-name-error'))).toBe('Wajib diisi.');
    http.expectNone(`/api/events/${EVENT_ID}/walk-ins`);

    const type = (id: string, value: string) => {
      const input = page.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('walk-in-name', 'Maria Goreti');
    type('walk-in-email', ' Maria@Contoh.ID ');
    buttonNamed(page, 'Daftarkan dan catat hadir').click();
    await settle(harness.fixture);
    expect(lastCard(page)).toContain('Selamat datang, Maria Goreti');
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 42 dari 120 terdaftar');

    const request = http.expectOne(`/api/events/${EVENT_ID}/walk-ins`);
    expect(request.request.body).toEqual({
      name: 'Maria Goreti',
      email: 'maria@contoh.id',
      scanId: expect.any(String),
      at: expect.any(String),
    });
    request.flush(
      { statusCode: 409, code: 'conflict', message: 'Email ini sudah terdaftar untuk acara ini.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(harness.fixture);
    expect(lastCard(page)).toContain('Peserta tanpa pendaftaran tidak tercatat');
    expect(lastCard(page)).toContain('Email ini sudah terdaftar untuk acara ini.');
    expect(text(page.querySelector('.door-queue'))).toBe('Semua presensi sudah terkirim.');
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 41 dari 120 terdaftar');
  });

  it('says so when the roster cannot be downloaded and none is kept, and tries again when asked', async () => {
    const page = await open('lost');
    expect(text(page)).toContain('Daftar peserta belum dapat diunduh');
    expect(page.querySelector('#door-search')).toBeNull();
    buttonNamed(page, 'Coba lagi').click();
    await settle(harness.fixture);
    http.expectOne(`/api/events/${EVENT_ID}`).flush(EVENT);
    http.expectOne(`/api/events/${EVENT_ID}/roster`).flush(roster());
    await settle(harness.fixture);
    expect(text(page.querySelector('.door-count'))).toBe('Hadir 41 dari 120 terdaftar');
    expect(page.querySelector('#door-search')).not.toBeNull();
  });

  it('keeps the scans when the api refuses the batch, and says why', async () => {
    const page = await open();
    await scan(SITI_CODE);
    http
      .expectOne(CHECK_INS)
      .flush(
        { statusCode: 404, code: 'notFound', message: 'Acara tidak ditemukan.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(harness.fixture);
    expect(text(page.querySelector('.door-status bp-failure-alert'))).toContain('Acara tidak ditemukan.');
    expect(text(page.querySelector('.door-queue'))).toContain('1 pindaian menunggu dikirim');
  });

  it('has no serious accessibility violations (axe)', async () => {
    const page = await open();
    await scan(SITI_CODE);
    http.expectOne(CHECK_INS).flush({ outcomes: [], counts: counts() });
    await settle(harness.fixture);
    const result = await axe.run(page, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
