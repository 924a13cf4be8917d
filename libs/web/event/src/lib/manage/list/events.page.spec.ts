import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventSummary, Page } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { eventSummary, manageTranslocoTesting, settle } from '../testing/manage-testing';
import { ManageEventsPage } from './events.page';

const pageOf = (items: EventSummary[]): Page<EventSummary> => ({ items, total: items.length, page: 1, pageSize: 20 });

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

  it('lists events with kind, status, seats and the date in each event’s own zone, linked to their pages', async () => {
    const { http, render, element } = await open(true);
    http.expectOne('/api/events?page=1&pageSize=20').flush(
      pageOf([
        eventSummary(),
        eventSummary({
          id: 'e2',
          title: 'Klub Membaca Jayapura',
          kind: 'reading-club',
          status: 'published',
          timeZone: 'Asia/Jayapura',
          seatsLeft: null,
        }),
      ]),
    );
    await render();
    const cards = [...element.querySelectorAll('.card-list li')].map((card) => card.textContent ?? '');
    expect(cards[0]).toContain('Peluncuran Buku "Senja di Losari"');
    expect(cards[0]).toContain('Draf · Peluncuran buku · Tatap muka');
    expect(cards[0]).toContain('Sabtu, 19 Desember 2026, 09.00 WITA');
    expect(cards[0]).toContain('Sisa 12 kursi');
    // The same instant in Jayapura is an hour later.
    expect(cards[1]).toContain('Sabtu, 19 Desember 2026, 10.00 WIT');
    expect(cards[1]).toContain('Tanpa batas kursi');
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
