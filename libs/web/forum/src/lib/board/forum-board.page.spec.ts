import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumHome, ForumSummary, ThreadSummary } from '@bina-pustaka/shared-contracts';
import { forumTranslocoTesting, settle } from '../testing';
import { ForumHomePage } from '../home/forum-home.page';
import { ForumBoardPage } from './forum-board.page';

const FORUM_ID = '6f1d2c1e-5555-4c3a-9b1a-000000000001';

const forum = (changes: Partial<ForumSummary> = {}): ForumSummary => ({
  id: FORUM_ID,
  kind: 'community',
  title: 'Layanan Referensi',
  description: 'Pertanyaan pemustaka dan cara menjawabnya.',
  courseId: null,
  focusGroupId: null,
  threadCount: 12,
  postCount: 48,
  unreadCount: 3,
  lastPostAt: '2026-11-25T07:00:00Z',
  watching: false,
  mayModerate: false,
  ...changes,
});

const thread = (id: string, changes: Partial<ThreadSummary> = {}): ThreadSummary => ({
  id,
  forumId: FORUM_ID,
  kind: 'discussion',
  title: `Topik ${id}`,
  author: { id: 'u1', fullName: 'Siti Rahma' },
  anonymous: false,
  createdAt: '2026-11-24T03:00:00Z',
  lastPostAt: '2026-11-25T07:00:00Z',
  replyCount: 4,
  unreadCount: 0,
  answered: false,
  pinned: false,
  locked: false,
  held: false,
  ...changes,
});

async function open(url: string) {
  TestBed.configureTestingModule({
    imports: [forumTranslocoTesting()],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'forum', component: ForumHomePage },
        { path: 'forum/cari', children: [] },
        { path: 'forum/:forumId', component: ForumBoardPage },
        { path: '**', children: [] },
      ]),
    ],
  });
  const harness = await RouterTestingHarness.create();
  const http = TestBed.inject(HttpTestingController);
  void harness.navigateByUrl(url);
  const render = () => settle(harness.fixture);
  await render();
  return { harness, http, render, element: () => harness.routeNativeElement as HTMLElement };
}

describe('ForumHomePage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the community’s categories, then the reader’s course forums, with what is new', async () => {
    const { http, render, element } = await open('/forum');
    const home: ForumHome = {
      community: [
        forum(),
        forum({ id: 'f2', title: 'Umum', unreadCount: 0, lastPostAt: null, threadCount: 0, postCount: 0 }),
      ],
      courses: [forum({ id: 'f3', kind: 'course', title: 'Katalogisasi Dasar', courseId: 'c1', unreadCount: 0 })],
      focusGroups: [],
    };
    http.expectOne('/api/forums').flush(home);
    http.expectOne('/api/forum-digest/setting').flush({ enabled: true, timeZone: 'Asia/Jakarta' });
    await render();
    const sections = [...element().querySelectorAll('section')];
    expect(element().querySelector('h1')?.textContent).toContain('Forum Diskusi');
    expect(sections[0].querySelector('h2')?.textContent).toContain('Kategori komunitas');
    const [reference, general] = [...sections[0].querySelectorAll('li.forum-card')].map((li) =>
      li.textContent?.replace(/\s+/g, ' '),
    );
    expect(reference).toContain('Layanan Referensi');
    expect(reference).toContain('3 baru');
    expect(reference).toContain('12 topik, 48 pesan');
    expect(reference).toContain('aktivitas terakhir 25 November 2026, 14.00 WIB');
    expect(general).toContain('belum ada pesan');
    expect(general).not.toContain('baru');
    expect(sections[1].querySelector('h2')?.textContent).toContain('Forum pelatihan Anda');
    expect(sections[1].querySelector('a')?.getAttribute('href')).toBe('/forum/f3');
  });

  it('shows the forums of the reader’s focus groups, with a way to the groups', async () => {
    const { http, render, element } = await open('/forum');
    const group = forum({ id: 'f4', kind: 'focus-group', title: 'Perpustakaan keliling', focusGroupId: 'g1' });
    http.expectOne('/api/forums').flush({ community: [], courses: [], focusGroups: [group] });
    http.expectOne('/api/forum-digest/setting').flush({ enabled: true, timeZone: 'Asia/Jakarta' });
    await render();
    const section = element().querySelectorAll('section')[2];
    expect(section.querySelector('h2')?.textContent).toContain('Diskusi fokus Anda');
    const links = [...section.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/forum/f4', '/diskusi-fokus']);
  });

  it('searches from the box', async () => {
    const { http, render, element } = await open('/forum');
    http.expectOne('/api/forums').flush({ community: [], courses: [], focusGroups: [] });
    http.expectOne('/api/forum-digest/setting').flush({ enabled: true, timeZone: 'Asia/Jakarta' });
    await render();
    expect(element().textContent).toContain('Forum pelatihan muncul di sini');
    // Someone in no focus group sees no such section: the categories, the courses, the digest.
    expect(element().querySelectorAll('section')).toHaveLength(3);
    const input = element().querySelector('#forum-home-q') as HTMLInputElement;
    input.value = 'pengelolaan koleksi';
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await render();
    expect(TestBed.inject(Router).url).toBe('/forum/cari?q=pengelolaan%20koleksi');
  });
});

describe('ForumBoardPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the forum, its threads with their badges and unread counts, and follows it', async () => {
    const { http, render, element } = await open(`/forum/${FORUM_ID}`);
    const list = http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/threads`);
    expect(list.request.params.get('page')).toBe('1');
    expect(list.request.params.has('unanswered')).toBe(false);
    list.flush({
      items: [
        thread('t1', { pinned: true, locked: true }),
        thread('t2', { kind: 'question', answered: true, unreadCount: 2 }),
        thread('t3', { kind: 'question' }),
      ],
      total: 3,
      page: 1,
      pageSize: 20,
    });
    http.expectOne(`/api/forums/${FORUM_ID}`).flush(forum());
    await render();

    expect(element().querySelector('h1')?.textContent).toContain('Layanan Referensi');
    const rows = [...element().querySelectorAll('.thread-row')].map((row) => row.textContent?.replace(/\s+/g, ' '));
    expect(rows[0]).toContain('Disematkan');
    expect(rows[0]).toContain('Dikunci');
    expect(rows[1]).toContain('Pertanyaan');
    expect(rows[1]).toContain('Terjawab');
    expect(rows[1]).toContain('2 baru');
    expect(rows[2]).toContain('Pertanyaan');
    expect(rows[2]).not.toContain('Terjawab');
    expect(rows[2]).toContain('Dimulai oleh Siti Rahma');
    expect(rows[2]).toContain('4 balasan');
    expect(element().querySelector('.thread-row a')?.getAttribute('href')).toBe('/forum/topik/t1');
    expect(element().querySelector('a.btn-primary')?.getAttribute('href')).toBe(`/forum/${FORUM_ID}/topik-baru`);

    const follow = [...element().querySelectorAll('button')].find((b) => b.textContent?.includes('Ikuti forum'));
    follow?.click();
    await render();
    const watch = http.expectOne(`/api/forums/${FORUM_ID}/watch`);
    expect(watch.request.method).toBe('PUT');
    watch.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    expect(element().textContent).toContain('Berhenti mengikuti forum');
  });

  it('narrows to unanswered questions and pages through the list', async () => {
    const { http, render, element } = await open(`/forum/${FORUM_ID}`);
    http
      .expectOne((request) => request.url === `/api/forums/${FORUM_ID}/threads`)
      .flush({ items: [thread('t1')], total: 45, page: 1, pageSize: 20 });
    http.expectOne(`/api/forums/${FORUM_ID}`).flush(forum());
    await render();

    [...element().querySelectorAll('bp-pagination button')].at(-1)?.dispatchEvent(new Event('click'));
    await render();
    const second = http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/threads`);
    expect(second.request.params.get('page')).toBe('2');
    second.flush({ items: [thread('t21')], total: 45, page: 2, pageSize: 20 });
    await render();

    const checkbox = element().querySelector('input[type="checkbox"]') as HTMLInputElement;
    checkbox.checked = true;
    checkbox.dispatchEvent(new Event('change'));
    await render();
    const onlyOpen = http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/threads`);
    expect(onlyOpen.request.params.get('unanswered')).toBe('true');
    expect(onlyOpen.request.params.get('page')).toBe('1');
    onlyOpen.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await render();
    expect(element().textContent).toContain('Semua pertanyaan di forum ini sudah terjawab.');
  });
});
