import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ActionItem, ActionItemPage } from '@bina-pustaka/shared-contracts';
import { BUDI, GROUP_ID, focusGroupTranslocoTesting, settle } from '../testing';
import { ActionItemsPage } from './action-items.page';

const item = (id: string, changes: Partial<ActionItem> = {}): ActionItem => ({
  id,
  groupId: GROUP_ID,
  groupTopic: 'Layanan perpustakaan keliling',
  findingId: null,
  what: `Tindak lanjut ${id}`,
  owner: BUDI,
  dueOn: '2026-11-30',
  status: 'in-progress',
  overdue: false,
  updatedAt: '2026-11-20T03:00:00Z',
  ...changes,
});

const pageOf = (items: ActionItem[]): ActionItemPage => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('ActionItemsPage', () => {
  async function open() {
    TestBed.configureTestingModule({
      imports: [focusGroupTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'diskusi-fokus/tindak-lanjut', component: ActionItemsPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/diskusi-fokus/tindak-lanjut');
    const render = () => settle(harness.fixture);
    await render();
    return { http, render, element: harness.routeNativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the action items of every group, each leading to its group', async () => {
    const { http, render, element } = await open();
    http
      .expectOne('/api/focus-group-actions?page=1&pageSize=20')
      .flush(pageOf([item('a1', { overdue: true, status: 'open' }), item('a2')]));
    await render();
    const cards = element.querySelectorAll('.card-list .card');
    expect(cards).toHaveLength(2);
    expect(cards[0].querySelector('.badge-overdue')?.textContent).toContain('Terlambat');
    expect(cards[0].textContent).toContain('Budi Santoso · tenggat 30 November 2026');
    expect(cards[0].textContent).toContain('Belum dimulai');
    expect(cards[1].textContent).toContain('Sedang dikerjakan');
    expect(cards[1].querySelector('a')?.getAttribute('href')).toBe(`/diskusi-fokus/${GROUP_ID}`);
  });

  it('filters by status and by being overdue, from the first page', async () => {
    const { http, render, element } = await open();
    http.expectOne('/api/focus-group-actions?page=1&pageSize=20').flush(pageOf([item('a1')]));
    await render();
    const status = element.querySelector('#fg-actions-status') as HTMLSelectElement;
    status.value = 'open';
    status.dispatchEvent(new Event('change'));
    await render();
    http.expectOne('/api/focus-group-actions?status=open&page=1&pageSize=20').flush(pageOf([item('a1')]));
    await render();
    (element.querySelector('#fg-actions-overdue') as HTMLInputElement).click();
    await render();
    http.expectOne('/api/focus-group-actions?status=open&page=1&pageSize=20&overdue=true').flush(pageOf([]));
    await render();
    expect(element.querySelector('.empty')?.textContent).toContain('Tidak ada tindak lanjut yang sesuai.');
  });
});
