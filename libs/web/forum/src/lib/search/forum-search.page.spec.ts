import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumSearchHit, ForumSummary } from '@bina-pustaka/shared-contracts';
import { forumTranslocoTesting, settle } from '../testing';
import { ForumSearchPage } from './forum-search.page';

const FORUM_ID = '6f1d2c1e-6666-4c3a-9b1a-000000000001';

const HIT: ForumSearchHit = {
  threadId: 't1',
  threadTitle: 'Menyiangi koleksi referensi',
  forumId: FORUM_ID,
  forumTitle: 'Pengelolaan Koleksi',
  postId: 'p57',
  seq: 57,
  author: { id: 'u1', fullName: 'Budi Santoso' },
  createdAt: '2026-11-25T07:00:00Z',
  snippetHtml: 'cara &lt;b&gt;kami&lt;/b&gt; <mark>mengelola</mark> koleksi lama',
};

describe('ForumSearchPage', () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'forum/cari', component: ForumSearchPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    http
      .expectOne('/api/forums')
      .flush({ community: [{ id: FORUM_ID, title: 'Pengelolaan Koleksi' } as ForumSummary], courses: [] });
    await render();
    return { http, render, element: () => harness.routeNativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('searches what the address asks and links each hit to its post, marks kept and markup escaped', async () => {
    const { http, render, element } = await open('/forum/cari?q=pengelolaan');
    const search = http.expectOne((request) => request.url === '/api/forum-search');
    expect(search.request.params.get('q')).toBe('pengelolaan');
    expect(search.request.params.get('page')).toBe('1');
    expect(search.request.params.has('forumId')).toBe(false);
    search.flush({ items: [HIT], total: 1, page: 1, pageSize: 20 });
    await render();

    expect((element().querySelector('#forum-search-q') as HTMLInputElement).value).toBe('pengelolaan');
    expect(element().textContent).toContain('1 hasil untuk “pengelolaan”');
    const hit = element().querySelector('.search-hit') as HTMLElement;
    expect(hit.querySelector('a')?.getAttribute('href')).toBe('/forum/topik/t1?page=2#post-57');
    expect(hit.textContent).toContain('Pengelolaan Koleksi');
    expect(hit.textContent).toContain('Budi Santoso');
    expect(hit.textContent).toContain('25 November 2026, 14.00 WIB');
    const snippet = hit.querySelector('.search-hit-snippet') as HTMLElement;
    expect(snippet.querySelector('mark')?.textContent).toBe('mengelola');
    expect(snippet.querySelector('b')).toBeNull();
    expect(snippet.textContent).toContain('<b>kami</b>');
  });

  it('narrows to one forum from the form, and says when nothing matches', async () => {
    const { http, render, element } = await open('/forum/cari');
    expect(element().textContent).toContain('Ketik sedikitnya 2 huruf.');
    (element().querySelector('#forum-search-q') as HTMLInputElement).value = 'literasi digital';
    (element().querySelector('#forum-search-forum') as HTMLSelectElement).value = FORUM_ID;
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await render();
    expect(TestBed.inject(Router).url).toBe(`/forum/cari?q=literasi%20digital&forum=${FORUM_ID}`);
    const search = http.expectOne((request) => request.url === '/api/forum-search');
    expect(search.request.params.get('forumId')).toBe(FORUM_ID);
    search.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await render();
    expect(element().textContent).toContain('Tidak ada pesan yang cocok.');
  });
});
