import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FocusGroupSummary, Page } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { BUDI, SITI, focusGroupTranslocoTesting, settle } from '../testing';
import { FocusGroupsPage } from './focus-groups.page';

const summary = (id: string, changes: Partial<FocusGroupSummary> = {}): FocusGroupSummary => ({
  id,
  topic: `Diskusi ${id}`,
  status: 'active',
  facilitators: [SITI, BUDI],
  memberCount: 8,
  nextSessionAt: '2026-11-25T07:00:00Z',
  openActionCount: 2,
  myRole: 'member',
  createdAt: '2026-11-20T03:00:00Z',
  ...changes,
});

const pageOf = (items: FocusGroupSummary[]): Page<FocusGroupSummary> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('FocusGroupsPage', () => {
  async function open(coordinator: boolean) {
    TestBed.configureTestingModule({
      imports: [focusGroupTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'diskusi-fokus', component: FocusGroupsPage },
          { path: '**', children: [] },
        ]),
        { provide: AuthStore, useValue: { hasAnyRole: () => coordinator } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/diskusi-fokus');
    const render = () => settle(harness.fixture);
    await render();
    return { http, render, element: harness.routeNativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows a member their active groups with the next session and open action items', async () => {
    const { http, render, element } = await open(false);
    http.expectOne('/api/focus-groups?status=active&page=1&pageSize=20').flush(pageOf([summary('g1')]));
    await render();
    const card = element.querySelector('.fg-card') as HTMLElement;
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/diskusi-fokus/g1');
    expect(card.textContent).toContain('Anggota');
    expect(card.textContent).toContain('Fasilitator: Siti Rahma, Budi Santoso');
    expect(card.textContent).toContain('Sesi berikutnya 25 November 2026, 14.00 WIB');
    expect(card.textContent).toContain('2 tindak lanjut terbuka');
    expect(element.textContent).not.toContain('Buat diskusi fokus');
  });

  it('tells a member without groups who invites them', async () => {
    const { http, render, element } = await open(false);
    http.expectOne('/api/focus-groups?status=active&page=1&pageSize=20').flush(pageOf([]));
    await render();
    expect(element.querySelector('.empty')?.textContent).toContain('Koordinator akan mengundang Anda');
  });

  it('gives coordinators "Buat diskusi fokus", the action items, and the closed groups', async () => {
    const { http, render, element } = await open(true);
    http
      .expectOne('/api/focus-groups?status=active&page=1&pageSize=20')
      .flush(pageOf([summary('g1', { myRole: null })]));
    await render();
    const links = [...element.querySelectorAll('.page-header a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/diskusi-fokus/baru', '/diskusi-fokus/tindak-lanjut']);
    const closed = [...element.querySelectorAll<HTMLButtonElement>('.section-tabs button')][1];
    closed.click();
    await render();
    http.expectOne('/api/focus-groups?status=closed&page=1&pageSize=20').flush(pageOf([]));
    await render();
    expect(closed.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('.empty')?.textContent).toContain('Silakan buat yang pertama');
  });
});
