import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Page, StaffEventSummary } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { manageTranslocoTesting, settle, staffEventSummary } from '../testing/manage-testing';
import { ManageEventsPage } from './events.page';

const pageOf = (items: StaffEventSummary[]): Page<StaffEventSummary> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('ManageEventsPage', () => {
  async function open(coordinator: boolean) {
    TestBed.configureTestingModule({
      imports: [manageTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/acara', component: ManageEventsPage },
          { path: '**', children: [] },
        ]),
        { provide: AuthStore, useValue: { hasAnyRole: () => coordinator } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/kelola/acara');
    const render = () => settle(harness.fixture);
    await render();
    return { http, render, element: harness.routeNativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists events with kind, status, seats taken of the capacity, waiting and arrived, and the date in each event’s own zone, linked to their pages', async () => {
    const { http, render, element } = await open(true);
    http.expectOne('/api/events?page=1&pageSize=20').flush(
      pageOf([
        staffEventSummary(),
        staffEventSummary({
          id: 'e2',
          title: 'Klub Membaca Jayapura',
          kind: 'reading-club',
          status: 'published',
          timeZone: 'Asia/Jayapura',
          seatsLeft: null,
          capacity: null,
          counts: { confirmed: 12, unconfirmed: 0, waitlisted: 0, cancelled: 0, arrived: 9, walkIns: 2 },
        }),
      ]),
    );
    await render();
    // As a reader sees them: runs of white space are one.
    const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ');
    const cards = [...element.querySelectorAll('.card-list li')].map(text);
    expect(cards[0]).toContain('Peluncuran Buku "Senja di Losari"');
    expect(cards[0]).toContain('Draf · Peluncuran buku · Tatap muka');
    expect(cards[0]).toContain('Sabtu, 19 Desember 2026, 09.00 WITA');
    expect(cards[0]).toContain('Terisi 28 dari 40 kursi · 3 dalam daftar tunggu');
    expect(cards[0]).not.toContain('hadir');
    // The same instant in Jayapura is an hour later.
    expect(cards[1]).toContain('Sabtu, 19 Desember 2026, 10.00 WIT');
    expect(cards[1]).toContain('12 terdaftar, tanpa batas kursi · 9 hadir');
    expect(cards[1]).not.toContain('daftar tunggu');
    const links = [...element.querySelectorAll('.card-list a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/kelola/acara/7a1d2c1e-5555-4c3a-9b1a-000000000001', '/kelola/acara/e2']);
    expect(element.querySelector('.page-header a')?.getAttribute('href')).toBe('/kelola/acara/baru');
  });

  it('filters by status, kind and words, from the first page', async () => {
    const { http, render, element } = await open(false);
    http.expectOne('/api/events?page=1&pageSize=20').flush(pageOf([]));
    await render();
    expect(element.querySelector('.empty')?.textContent).toContain('Belum ada acara');
    // An organiser does not create events: no "Buat acara".
    expect(element.querySelector('.page-header a')).toBeNull();

    const pick = (selector: string, value: string) => {
      const field = element.querySelector<HTMLSelectElement | HTMLInputElement>(selector) as HTMLInputElement;
      field.value = value;
    };
    pick('#events-status', 'published');
    pick('#events-kind', 'reading-club');
    pick('#events-q', '  senja ');
    element.querySelector<HTMLButtonElement>('form.filters button[type="submit"]')?.click();
    await render();
    http.expectOne('/api/events?status=published&kind=reading-club&q=senja&page=1&pageSize=20').flush(pageOf([]));
    await render();
    expect(element.querySelector('.empty')?.textContent).toContain('Tidak ada acara yang cocok');
  });
});
