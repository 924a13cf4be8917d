import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventSummary } from '@bina-pustaka/shared-contracts';
import { eventsTranslocoTesting, settle, summary } from '../testing/public-testing';
import { EventsPage } from './events.page';

const page = (items: EventSummary[], total = items.length, pageNumber = 1) => ({
  items,
  total,
  page: pageNumber,
  pageSize: 12,
});

describe('EventsPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(url = '/acara') {
    TestBed.configureTestingModule({
      imports: [eventsTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'acara', component: EventsPage },
          { path: 'acara/:slug', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    const http = TestBed.inject(HttpTestingController);
    const element = () => harness.routeNativeElement as HTMLElement;
    return { http, render, element };
  }

  it('shows each event as a card: kind, date in its zone, place or "Daring", and seats', async () => {
    const { http, render, element } = await open();
    http.expectOne('/api/public/events?page=1&pageSize=12').flush(
      page([
        summary(),
        summary({
          id: 'e2',
          slug: 'kelas-daring-c3d4',
          format: 'online',
          venueName: null,
          city: null,
          coverUrl: null,
          registration: 'waitlist',
          seatsLeft: 0,
          timeZone: 'Asia/Jakarta',
        }),
        summary({ id: 'e3', slug: 'klub-baca-e5f6', kind: 'reading-club', registration: 'closed', seatsLeft: null }),
      ]),
    );
    await render();
    const cards = [...element().querySelectorAll('.event-card')].map((card) => card.textContent?.replace(/\s+/g, ' '));
    expect(cards[0]).toContain('Peluncuran buku');
    expect(cards[0]).toContain('Sabtu, 19 Desember 2026, 09.00–12.00 WITA');
    expect(cards[0]).toContain('Perpustakaan Kota Makassar, Makassar');
    expect(cards[0]).toContain('Sisa 12 kursi');
    expect(cards[1]).toContain('Sabtu, 19 Desember 2026, 08.00–11.00 WIB');
    expect(cards[1]).toContain('Daring');
    expect(cards[1]).toContain('Daftar tunggu');
    expect(cards[2]).toContain('Klub baca');
    expect(cards[2]).toContain('Pendaftaran ditutup');
    const link = element().querySelector('.event-card a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/acara/peluncuran-buku-laut-a1b2');
    const cover = element().querySelector('.event-card img') as HTMLImageElement;
    expect([cover.getAttribute('loading'), cover.getAttribute('width'), cover.getAttribute('height')]).toEqual([
      'lazy',
      '640',
      '360',
    ]);
  });

  it('reads the filters from a shared link, and ignores ones that are not', async () => {
    const { http, render, element } = await open('/acara?kind=reading-club&from=2026-12-01&to=zzz&page=2');
    http
      .expectOne('/api/public/events?kind=reading-club&from=2026-12-01&page=2&pageSize=12')
      .flush(page([summary()], 30, 2));
    await render();
    expect((element().querySelector('#events-kind') as HTMLSelectElement).value).toBe('reading-club');
    expect((element().querySelector('#events-from') as HTMLInputElement).value).toBe('2026-12-01');
    expect(element().querySelector('bp-pagination')?.textContent).toContain('Halaman 2 dari 3');
  });

  it('puts the chosen filters in the address bar, a range written backwards set right', async () => {
    const { http, render, element } = await open();
    http.expectOne('/api/public/events?page=1&pageSize=12').flush(page([]));
    await render();
    expect(element().textContent).toContain('Belum ada acara mendatang');
    (element().querySelector('#events-kind') as HTMLSelectElement).value = 'literacy';
    (element().querySelector('#events-from') as HTMLInputElement).value = '2026-12-31';
    (element().querySelector('#events-to') as HTMLInputElement).value = '2026-12-01';
    (element().querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await render();
    expect(TestBed.inject(Location).path()).toBe('/acara?kind=literacy&from=2026-12-01&to=2026-12-31');
    http.expectOne('/api/public/events?kind=literacy&from=2026-12-01&to=2026-12-31&page=1&pageSize=12').flush(page([]));
    await render();
    expect(element().textContent).toContain('Tidak ada acara yang sesuai');
  });
});
