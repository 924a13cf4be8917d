import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventRegistration, Page } from '@bina-pustaka/shared-contracts';
import { EVENT_ID, eventDetail, fakeModalDialogs, manageTranslocoTesting, settle } from '../testing/manage-testing';
import { EventRegistrationsPage } from './registrations.page';

const LIST = `/api/events/${EVENT_ID}/registrations`;

function registration(changes: Partial<EventRegistration> = {}): EventRegistration {
  return {
    id: 'r1',
    status: 'confirmed',
    name: 'Sari Wulandari',
    email: 'sari@contoh.id',
    whatsapp: '+6281234567890',
    affiliation: 'Universitas Hasanuddin',
    userId: null,
    answers: {},
    registeredAt: '2026-12-10T02:15:00.000Z',
    confirmedAt: '2026-12-10T02:20:00.000Z',
    waitlistPosition: null,
    checkedInAt: null,
    checkInMethod: null,
    onlineMinutes: null,
    ...changes,
  };
}

const pageOf = (items: EventRegistration[]): Page<EventRegistration> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('EventRegistrationsPage', () => {
  beforeAll(fakeModalDialogs);

  async function open() {
    TestBed.configureTestingModule({
      imports: [manageTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/acara/:eventId/pendaftar', component: EventRegistrationsPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(`/kelola/acara/${EVENT_ID}/pendaftar`);
    const render = () => settle(harness.fixture);
    await render();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(eventDetail());
    const element = () => harness.routeNativeElement as HTMLElement;
    const press = async (text: string) => {
      const button = [...element().querySelectorAll<HTMLButtonElement>('button')].find((each) =>
        each.textContent?.trim().startsWith(text),
      );
      if (!button) throw new Error(`no button ${text}`);
      button.click();
      await render();
    };
    return { http, render, element, press };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists who registered with contact, status and times in the event’s zone', async () => {
    const { http, render, element } = await open();
    http
      .expectOne(`${LIST}?page=1&pageSize=20`)
      .flush(
        pageOf([
          registration({ checkedInAt: '2026-12-19T01:12:00.000Z', answers: { q1: 'Guru', old: 'lama' } }),
          registration({ id: 'r2', name: 'Budi', status: 'waitlisted', waitlistPosition: 3, whatsapp: null }),
        ]),
      );
    await render();
    expect(element().querySelector('.lead')?.textContent).toContain('Senja di Losari');
    const cards = [...element().querySelectorAll('.card-list li')].map((card) => card.textContent ?? '');
    expect(cards[0]).toContain('Sari Wulandari');
    expect(cards[0]).toContain('sari@contoh.id · +6281234567890 · Universitas Hasanuddin');
    // Answers under the event's own question labels; one to a removed question is left out.
    expect(cards[0]).toContain('Pekerjaan: Guru');
    expect(cards[0]).not.toContain('lama');
    expect(cards[0]).toContain('Kamis, 10 Desember 2026, 10.15 WITA');
    expect(cards[0]).toContain('Hadir: Sabtu, 19 Desember 2026, 09.12 WITA');
    expect(cards[1]).toContain('Daftar tunggu · urutan ke-3');
  });

  it('filters by status and words, and cancels one only after asking', async () => {
    const { http, render, element, press } = await open();
    http.expectOne(`${LIST}?page=1&pageSize=20`).flush(pageOf([registration()]));
    await render();

    (element().querySelector('#registrations-status') as HTMLSelectElement).value = 'confirmed';
    (element().querySelector('#registrations-q') as HTMLInputElement).value = ' sari ';
    element().querySelector<HTMLButtonElement>('form.filters button[type="submit"]')?.click();
    await render();
    http.expectOne(`${LIST}?status=confirmed&q=sari&page=1&pageSize=20`).flush(pageOf([registration()]));
    await render();

    await press('Batalkan pendaftaran Sari Wulandari');
    const dialog = element().querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Pendaftaran Sari Wulandari dibatalkan');
    await press('Ya, batalkan pendaftaran');
    const cancel = http.expectOne(`${LIST}/r1/cancel`);
    expect(cancel.request.method).toBe('POST');
    cancel.flush({ status: 'cancelled', waitlistPosition: null, message: 'Pendaftaran dibatalkan.' });
    await render();
    expect(dialog.open).toBe(false);
    expect(element().querySelector('[role="status"].alert')?.textContent).toContain('Pendaftaran dibatalkan.');
    // The list is read again: the seat went to the next in line.
    http.expectOne(`${LIST}?status=confirmed&q=sari&page=1&pageSize=20`).flush(pageOf([]));
  });

  it('downloads the attendance export, and says why when it is refused', async () => {
    const { http, render, element, press } = await open();
    http.expectOne(`${LIST}?page=1&pageSize=20`).flush(pageOf([]));
    await render();
    const createObjectURL = jest.fn(() => 'blob:presensi');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    // jsdom cannot follow the download link the browser would.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await press('Unduh semua pendaftar (CSV)');
    http
      .expectOne(`/api/events/${EVENT_ID}/attendance.csv?all=true`)
      .flush(new Blob(['nama']), { headers: { 'Content-Disposition': 'attachment; filename="presensi.csv"' } });
    await render();
    expect(createObjectURL).toHaveBeenCalled();

    await press('Unduh semua pendaftar (XLSX)');
    const body = JSON.stringify({ statusCode: 404, code: 'event.notFound', message: 'Acara tidak ditemukan.' });
    http
      .expectOne(`/api/events/${EVENT_ID}/attendance.xlsx?all=true`)
      .flush(new Blob([body], { type: 'application/json' }), { status: 404, statusText: 'Not Found' });
    await render();
    await render();
    expect(element().querySelector('bp-failure-alert')?.textContent).toContain('Acara tidak ditemukan.');
  });
});
