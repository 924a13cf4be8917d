import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Page, SurveySummary } from '@bina-pustaka/shared-contracts';
import { settle, surveySummary, surveyTranslocoTesting } from '../build-testing';
import { SurveysPage } from './surveys.page';

const pageOf = (items: SurveySummary[]): Page<SurveySummary> => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('SurveysPage', () => {
  async function open() {
    TestBed.configureTestingModule({
      imports: [surveyTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/survei', component: SurveysPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/kelola/survei');
    const render = () => settle(harness.fixture);
    await render();
    return { http, render, element: harness.routeNativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the surveys (not the templates) with status, respondents and closing time, and links each to its builder', async () => {
    const { http, render, element } = await open();
    http
      .expectOne('/api/surveys?page=1&pageSize=20&templates=false')
      .flush(
        pageOf([
          surveySummary({ id: 'sv1', status: 'published', responseCount: 12, closesAt: '2026-11-30T16:59:00Z' }),
          surveySummary({ id: 'sv2', title: 'SKM Perpustakaan Kota', audience: 'public' }),
        ]),
      );
    await render();
    const cards = [...element.querySelectorAll('.card-list li')].map((card) => card.textContent ?? '');
    expect(cards[0]).toContain('Evaluasi Pelatihan Katalogisasi');
    expect(cards[0]).toContain('Terbit');
    expect(cards[0]).toContain('12 responden');
    expect(cards[0]).toContain('30 November 2026, 23.59 WIB');
    expect(cards[1]).toContain('Publik tanpa akun');
    expect(cards[1]).toContain('Tanpa batas');
    const links = [...element.querySelectorAll('.card-list a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/kelola/survei/sv1', '/kelola/survei/sv2']);
    expect(element.querySelector('.page-header a')?.getAttribute('href')).toBe('/kelola/survei/baru');
  });

  it('filters by status, shows the templates on their tab, and searches by title', async () => {
    const { http, render, element } = await open();
    http.expectOne('/api/surveys?page=1&pageSize=20&templates=false').flush(pageOf([]));
    await render();
    expect(element.querySelector('.empty')?.textContent).toContain('Buat survei dari templat');

    const tab = (label: string) =>
      [...element.querySelectorAll<HTMLButtonElement>('.section-tabs button')].find(
        (button) => button.textContent?.trim() === label,
      ) as HTMLButtonElement;
    tab('Draf').click();
    await render();
    http.expectOne('/api/surveys?status=draft&page=1&pageSize=20&templates=false').flush(pageOf([]));
    await render();
    expect(tab('Draf').getAttribute('aria-pressed')).toBe('true');

    tab('Templat').click();
    await render();
    http
      .expectOne('/api/surveys?page=1&pageSize=20&templates=true')
      .flush(pageOf([surveySummary({ isTemplate: true, templateKey: 'survei-kepuasan', title: 'Survei Kepuasan' })]));
    await render();
    expect(element.querySelector('.card-list li .badge')?.textContent).toContain('Templat');

    const search = element.querySelector<HTMLInputElement>('#survey-q') as HTMLInputElement;
    search.value = '  kepuasan ';
    element.querySelector<HTMLFormElement>('form[role="search"]')?.dispatchEvent(new Event('submit'));
    await render();
    http.expectOne('/api/surveys?q=kepuasan&page=1&pageSize=20&templates=true').flush(pageOf([]));
    await render();
    expect(element.querySelector('.empty')?.textContent).toContain('Tidak ada survei dengan judul itu');
  });
});
