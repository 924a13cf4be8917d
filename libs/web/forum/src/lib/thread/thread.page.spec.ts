import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumPost, ForumThread, ForumThreadPage } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { FORUM_LIVE_RUNTIME } from '@bina-pustaka/web-data-access/forum';
import { forumPost, forumTranslocoTesting, settle, answerNoThreadLinks } from '../testing';
import { ThreadPage } from './thread.page';

const THREAD_ID = '6f1d2c1e-4444-4c3a-9b1a-000000000001';
const FORUM_ID = '6f1d2c1e-4444-4c3a-9b1a-000000000002';
const ME = { id: 'u-siti', fullName: 'Siti Rahma' };
const BUDI = { id: 'u-budi', fullName: 'Budi Santoso' };
const ANDI = { id: 'u-andi', fullName: 'Andi Wijaya' };

const post = (seq: number, changes: Partial<ForumPost> = {}): ForumPost =>
  forumPost(THREAD_ID, seq, { author: ME, ...changes });

const ANSWER = post(3, {
  author: BUDI,
  bodyHtml: '<p>Pakai metode <strong>CREW</strong>.</p>',
  isAnswer: true,
  thanks: { count: 2, byMe: false, names: ['Andi', 'Rina'] },
});

const THREAD: ForumThread = {
  id: THREAD_ID,
  forum: { id: FORUM_ID, kind: 'course', title: 'Forum Katalogisasi', courseId: 'c1', focusGroupId: null },
  kind: 'question',
  title: 'Bagaimana menyiangi koleksi referensi?',
  author: ME,
  anonymous: false,
  createdAt: '2026-11-25T07:00:00Z',
  pinned: false,
  locked: false,
  held: false,
  answer: ANSWER,
  firstUnreadSeq: 3,
  lastSeq: 4,
  watching: true,
  mayReply: true,
  mayMarkAnswer: true,
  mayModerate: false,
  mayPostAnonymously: false,
};

const PAGE_ONE: ForumThreadPage = {
  thread: THREAD,
  posts: {
    page: 1,
    pageSize: 50,
    total: 4,
    items: [
      post(1, { bodyHtml: '<p>Koleksi referensi kami sudah <em>usang</em>.</p>', mayEdit: true, bodyMarkdown: 'x' }),
      post(2, { author: ANDI, editedAt: '2026-11-25T08:00:00Z' }),
      ANSWER,
      post(4, { author: ANDI, deleted: { at: '2026-11-25T09:00:00Z', byModerator: true, reason: null }, bodyHtml: '' }),
    ],
  },
};

describe('ThreadPage', () => {
  async function open(url = `/forum/topik/${THREAD_ID}`) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { user: () => ({ ...ME, roles: ['learner'] }) } },
        // Live updates have their own spec (thread-live.page.spec.ts): here the socket never opens.
        { provide: FORUM_LIVE_RUNTIME, useValue: { connect: () => new Promise(() => undefined) } },
        provideRouter([
          { path: 'forum/topik/:threadId', component: ThreadPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl(url);
    const render = () => settle(harness.fixture);
    await render();
    const element = () => harness.routeNativeElement as HTMLElement;
    const threadRequest = (page?: number): TestRequest =>
      http.expectOne(
        (request) =>
          request.url === `/api/forum-threads/${THREAD_ID}` &&
          request.params.get('page') === (page ? String(page) : null),
      );
    const button = (text: string, within: ParentNode = element()): HTMLButtonElement => {
      const found = [...within.querySelectorAll('button')].find((each) => each.textContent?.trim().startsWith(text));
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    return { harness, http, render, element, threadRequest, button };
  }

  /** Opens page one and answers its read mark. */
  async function openPageOne(page: ForumThreadPage = PAGE_ONE) {
    const opened = await open();
    opened.threadRequest().flush(page);
    await opened.render();
    return opened;
  }

  afterEach(() => {
    const http = TestBed.inject(HttpTestingController);
    answerNoThreadLinks(http);
    http.verify();
  });

  it('shows the question, its chosen answer right under it, then the replies with a “Baru” line', async () => {
    const { element, http } = await openPageOne();
    const read = http.expectOne(`/api/forum-threads/${THREAD_ID}/read`);
    expect(read.request.body).toEqual({ upToSeq: 4 });
    read.flush(null, { status: 204, statusText: 'No Content' });

    const page = element();
    expect(page.querySelector('h1')?.textContent).toContain('Bagaimana menyiangi koleksi referensi?');
    expect(page.querySelector('.thread-badges')?.textContent).toContain('Pertanyaan');
    expect(page.querySelector('.thread-badges')?.textContent).toContain('Terjawab');

    const sections = [...page.querySelectorAll('.thread-posts > section')];
    expect(sections[0].textContent).toContain('Koleksi referensi kami sudah usang.');
    expect(sections[0].querySelector('em')?.textContent).toBe('usang');
    expect(sections[1].querySelector('h2')?.textContent).toContain('Jawaban terpilih');
    expect(sections[1].textContent).toContain('Pakai metode CREW.');
    expect(sections[1].querySelector('article')?.hasAttribute('id')).toBe(false);

    const replies = sections[2];
    expect(replies.querySelector('h2')?.textContent).toContain('Balasan (3)');
    const items = [...replies.querySelectorAll('.post-list > li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    // Post 2, the marker, the answer in its place (3), then the deleted post 4.
    expect(items[0]).toContain('Andi Wijaya');
    expect(items[0]).toContain('25 November 2026, 14.00 WIB');
    expect(items[0]).toContain('diedit');
    expect(items[1]).toContain('Baru');
    expect(items[2]).toContain('Pesan baru mulai dari sini.');
    expect(items[2]).toContain('Budi Santoso');
    expect(replies.querySelector('#post-3')).not.toBeNull();
    expect(items[3]).toContain('Pesan ini telah dihapus.');
    expect(page.querySelector('a.btn-link')?.textContent).toContain('Lompat ke yang belum dibaca');
    expect(page.querySelector('#post-3 .thanks-names')?.textContent).toContain('Terima kasih dari Andi, Rina');
  });

  it('opens the page that holds the first unread post', async () => {
    const { http, threadRequest, render, element } = await open();
    threadRequest().flush({ ...PAGE_ONE, thread: { ...THREAD, firstUnreadSeq: 57, lastSeq: 60 } });
    await render();
    const replies = Array.from({ length: 10 }, (_, i) => post(51 + i, { author: ANDI }));
    threadRequest(2).flush({
      thread: { ...THREAD, firstUnreadSeq: 57, lastSeq: 60 },
      posts: { page: 2, pageSize: 50, total: 60, items: replies },
    });
    await render();
    expect(http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).request.body).toEqual({ upToSeq: 60 });
    const marker = element().querySelector('.unread-marker');
    expect(marker?.nextElementSibling?.querySelector('#post-57')).not.toBeNull();
    expect(element().querySelector('bp-pagination')?.textContent).toContain('Halaman 2 dari 2');
  });

  it('thanks a post and takes the thanks back', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const answerInPlace = element().querySelector('#post-3') as HTMLElement;
    const thanks = button('Terima kasih', answerInPlace);
    expect(thanks.getAttribute('aria-pressed')).toBe('false');
    expect(thanks.textContent).toContain('(2)');
    thanks.click();
    const put = http.expectOne(`/api/forum-posts/p3/thanks`);
    expect(put.request.method).toBe('PUT');
    put.flush({ count: 3, byMe: true, names: ['Andi', 'Rina', 'Siti'] });
    await render();
    const again = button('Terima kasih', element().querySelector('#post-3') as HTMLElement);
    expect(again.getAttribute('aria-pressed')).toBe('true');
    expect(again.textContent).toContain('(3)');
    // The answer's copy under the question shows the same count.
    expect(element().querySelector('.chosen-answer .thanks-count')?.textContent).toContain('(3)');
    again.click();
    const remove = http.expectOne(`/api/forum-posts/p3/thanks`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush({ count: 2, byMe: false, names: ['Andi', 'Rina'] });
    await render();
    expect(button('Terima kasih', element().querySelector('#post-3') as HTMLElement).textContent).toContain('(2)');
  });

  it('quotes a post in the reply and sends it with quotePostId; the reply joins the page', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    button('Kutip', element().querySelector('#post-3') as HTMLElement).click();
    await render();
    const quote = element().querySelector('.reply-quote');
    expect(quote?.textContent).toContain('Budi Santoso menulis:');
    expect(quote?.textContent).toContain('Pakai metode CREW.');
    expect(document.activeElement?.id).toBe('reply-body');

    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Terima kasih, akan saya coba.';
    box.dispatchEvent(new Event('input'));
    button('Kirim balasan').click();
    await render();
    const sent = http.expectOne(`/api/forum-threads/${THREAD_ID}/posts`);
    expect(sent.request.body).toEqual({ bodyMarkdown: 'Terima kasih, akan saya coba.', quotePostId: 'p3' });
    sent.flush(
      post(5, {
        bodyHtml: '<p>Terima kasih, akan saya coba.</p>',
        quote: { postId: 'p3', author: BUDI, excerpt: 'Pakai metode CREW.' },
      }),
      { status: 201, statusText: 'Created' },
    );
    await render();
    expect(element().querySelector('#post-5 blockquote')?.textContent).toContain('Pakai metode CREW.');
    expect(element().querySelector('.reply-quote')).toBeNull();
    expect((element().querySelector('#reply-body') as HTMLTextAreaElement).value).toBe('');
  });

  it('offers people to mention after @ and a letter; arrows, Enter and Escape work from the box', async () => {
    const { http, render, element } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    const type = async (value: string) => {
      box.value = value;
      box.setSelectionRange(value.length, value.length);
      box.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await render();
    };
    const key = async (name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, cancelable: true });
      box.dispatchEvent(event);
      await render();
      return event;
    };

    await type('Halo @B');
    const people = http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/people`);
    expect(people.request.params.get('q')).toBe('B');
    people.flush([BUDI, { id: 'u-bayu', fullName: 'Bayu Pratama' }]);
    await render();
    const list = element().querySelector('[role="listbox"]');
    expect(list?.querySelectorAll('[role="option"]')).toHaveLength(2);
    expect(box.getAttribute('aria-controls')).toBe(list?.id);
    expect(box.getAttribute('aria-activedescendant')).toBe('mention-option-0');
    expect(element().querySelector('.reply-form [role="status"]')?.textContent).toContain('2 nama ditemukan');

    expect((await key('ArrowDown')).defaultPrevented).toBe(true);
    expect(box.getAttribute('aria-activedescendant')).toBe('mention-option-1');
    expect(element().querySelector('#mention-option-1')?.getAttribute('aria-selected')).toBe('true');
    await key('ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe('mention-option-0');
    await key('ArrowUp');
    await key('Enter');
    expect(box.value).toBe('Halo [@Bayu Pratama](mention:u-bayu) ');
    expect(element().querySelector('[role="listbox"]')).toBeNull();
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    // Escape closes the list and keeps what was typed; Enter then is an ordinary new line.
    await type(box.value + '@Bu');
    http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/people`).flush([BUDI]);
    await render();
    expect(element().querySelector('[role="listbox"]')).not.toBeNull();
    expect((await key('Escape')).defaultPrevented).toBe(true);
    expect(element().querySelector('[role="listbox"]')).toBeNull();
    expect(box.value).toBe('Halo [@Bayu Pratama](mention:u-bayu) @Bu');
    expect((await key('Enter')).defaultPrevented).toBe(false);

    // A tap picks too, without taking focus from the box.
    await type('@Bu');
    http.expectOne((request) => request.url === `/api/forums/${FORUM_ID}/people`).flush([BUDI]);
    await render();
    const option = element().querySelector('[role="option"]') as HTMLElement;
    const tap = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    option.dispatchEvent(tap);
    await render();
    expect(tap.defaultPrevented).toBe(true);
    expect(box.value).toBe('[@Budi Santoso](mention:u-budi) ');
  });

  it('keeps the reply’s text when the api refuses it, with the server’s words', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Balasan yang panjang dan penting';
    box.dispatchEvent(new Event('input'));
    button('Kirim balasan').click();
    await render();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/posts`).flush(
      {
        statusCode: 429,
        code: 'forum.rateLimited',
        message: 'Anda mengirim terlalu banyak pesan. Coba lagi dalam 1 menit.',
        issues: [{ field: 'bodyMarkdown', message: 'Pesan ini tidak dapat dikirim sekarang.' }],
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await render();
    expect(element().querySelector('.reply-form [role="alert"]')?.textContent).toContain(
      'Anda mengirim terlalu banyak pesan.',
    );
    expect(element().querySelector('#reply-body-error')?.textContent).toContain('Pesan ini tidak dapat dikirim');
    expect((element().querySelector('#reply-body') as HTMLTextAreaElement).value).toBe(
      'Balasan yang panjang dan penting',
    );
  });

  it('marks a reply as the answer and shows the thread again', async () => {
    const { http, render, element, button, threadRequest } = await openPageOne({
      ...PAGE_ONE,
      thread: { ...THREAD, answer: null, firstUnreadSeq: null },
      posts: { ...PAGE_ONE.posts, items: PAGE_ONE.posts.items.map((each) => ({ ...each, isAnswer: false })) },
    });
    expect(element().querySelector('#post-1')?.textContent).not.toContain('Tandai sebagai jawaban');
    button('Tandai sebagai jawaban', element().querySelector('#post-2') as HTMLElement).click();
    await render();
    const mark = http.expectOne(`/api/forum-threads/${THREAD_ID}/answer`);
    expect(mark.request.method).toBe('PUT');
    expect(mark.request.body).toEqual({ postId: 'p2' });
    mark.flush(null);
    await render();
    threadRequest(1).flush(PAGE_ONE);
    await render();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    expect(element().querySelector('.chosen-answer')?.textContent).toContain('Budi Santoso');
  });

  it('edits a post in place and shows it as edited', async () => {
    const { http, render, element, button } = await openPageOne({
      ...PAGE_ONE,
      thread: { ...THREAD, firstUnreadSeq: null },
    });
    const opening = () => element().querySelector('#post-1') as HTMLElement;
    button('Ubah', opening()).click();
    await render();
    const box = opening().querySelector('textarea') as HTMLTextAreaElement;
    expect(box.value).toBe('x');
    expect(opening().querySelector('label')?.textContent).toContain('Ubah pesan');
    box.value = 'Koleksi referensi kami terbitan 1980-an.';
    button('Simpan', opening()).click();
    await render();
    const edit = http.expectOne('/api/forum-posts/p1');
    expect(edit.request.method).toBe('PATCH');
    expect(edit.request.body).toEqual({ bodyMarkdown: 'Koleksi referensi kami terbitan 1980-an.' });
    edit.flush(
      post(1, {
        bodyHtml: '<p>Koleksi referensi kami terbitan 1980-an.</p>',
        editedAt: '2026-11-25T10:00:00Z',
        mayEdit: true,
        bodyMarkdown: 'Koleksi referensi kami terbitan 1980-an.',
      }),
    );
    await render();
    expect(opening().querySelector('textarea')).toBeNull();
    expect(opening().textContent).toContain('1980-an');
    expect(opening().textContent).toContain('diedit');
  });

  it('shows a moderator an edited post’s earlier versions', async () => {
    const { http, render, element, button } = await openPageOne({
      ...PAGE_ONE,
      thread: { ...THREAD, mayModerate: true, firstUnreadSeq: null },
    });
    expect(element().querySelector('#post-1')?.textContent).not.toContain('Riwayat suntingan');
    const edited = () => element().querySelector('#post-2') as HTMLElement;
    const toggle = button('Riwayat suntingan', edited());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await render();
    http
      .expectOne('/api/forum-posts/p2/revisions')
      .flush([{ bodyHtml: '<p>Versi <em>pertama</em></p>', editedAt: '2026-11-25T08:00:00Z', editor: ANDI }]);
    await render();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = edited().querySelector('.revision-list') as HTMLElement;
    expect(list.textContent).toContain('Disunting oleh Andi Wijaya, 25 November 2026, 15.00 WIB');
    expect(list.querySelector('em')?.textContent).toBe('pertama');
  });

  it('asks a moderator why before deleting someone else’s post, then shows the note', async () => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
    const moderated: ForumThreadPage = {
      thread: { ...THREAD, mayModerate: true, firstUnreadSeq: null },
      posts: { ...PAGE_ONE.posts, items: [PAGE_ONE.posts.items[0], post(2, { author: ANDI, mayDelete: true })] },
    };
    const { http, render, element, button, threadRequest } = await openPageOne(moderated);
    button('Hapus', element().querySelector('#post-2') as HTMLElement).click();
    await render();
    const dialog = element().querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    const reason = dialog.querySelector('#delete-reason') as HTMLTextAreaElement;
    expect(reason.required).toBe(true);
    reason.value = 'Promosi dagang';
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await render();
    const remove = http.expectOne('/api/forum-posts/p2/delete');
    expect(remove.request.body).toEqual({ reason: 'Promosi dagang' });
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    threadRequest(1).flush({
      ...moderated,
      posts: {
        ...moderated.posts,
        items: [
          moderated.posts.items[0],
          post(2, {
            author: ANDI,
            bodyHtml: '',
            deleted: { at: '2026-11-25T10:00:00Z', byModerator: true, reason: 'Promosi dagang' },
          }),
        ],
      },
    });
    await render();
    expect(dialog.open).toBe(false);
    const deleted = element().querySelector('#post-2')?.textContent ?? '';
    expect(deleted).toContain('Pesan ini telah dihapus.');
    expect(deleted).toContain('Alasan: Promosi dagang');
    expect(element().querySelector('#post-2 .thanks-button')).toBeNull();
  });

  it('lets a focus group’s member reply anonymously, and leads back to the group', async () => {
    const thread = {
      ...THREAD,
      forum: { ...THREAD.forum, kind: 'focus-group' as const, courseId: null, focusGroupId: 'g1' },
      mayPostAnonymously: true,
      firstUnreadSeq: null,
    };
    const { http, render, element, button } = await openPageOne({ ...PAGE_ONE, thread });
    const back = [...element().querySelectorAll('.back-link a')].map((link) => link.getAttribute('href'));
    expect(back).toEqual(['/diskusi-fokus/g1', `/forum/${FORUM_ID}`]);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Di desa kami bensin mahal.';
    box.dispatchEvent(new Event('input'));
    (element().querySelector('.reply-form input[type="checkbox"]') as HTMLInputElement).click();
    button('Kirim balasan').click();
    await render();
    const sent = http.expectOne(`/api/forum-threads/${THREAD_ID}/posts`);
    expect(sent.request.body).toEqual({ bodyMarkdown: 'Di desa kami bensin mahal.', anonymous: true });
    sent.flush(post(5, { author: null, anonymous: true }), { status: 201, statusText: 'Created' });
    await render();
    expect(element().querySelector('#post-5 .forum-post-author')?.textContent).toContain('Anggota (anonim)');
  });

  it('offers no anonymous reply where the thread does not allow it', async () => {
    const { element } = await openPageOne({ ...PAGE_ONE, thread: { ...THREAD, firstUnreadSeq: null } });
    expect(element().querySelector('.reply-form input[type="checkbox"]')).toBeNull();
    expect(element().querySelectorAll('.back-link a')).toHaveLength(1);
  });

  it('says a locked thread takes no replies, instead of the reply box', async () => {
    const { element } = await openPageOne({ ...PAGE_ONE, thread: { ...THREAD, locked: true, firstUnreadSeq: null } });
    expect(element().querySelector('#reply-body')).toBeNull();
    expect(element().querySelector('.reply-section')?.textContent).toContain('Topik ini dikunci.');
    expect(element().querySelector('.thread-badges')?.textContent).toContain('Dikunci');
  });

  it('shows a held reply to its author under the replies, marked, and says it waits for a moderator', async () => {
    const { http, render, element, button } = await openPageOne();
    http.expectOne(`/api/forum-threads/${THREAD_ID}/read`).flush(null);
    const box = element().querySelector('#reply-body') as HTMLTextAreaElement;
    box.value = 'Salam kenal, saya anggota baru.';
    box.dispatchEvent(new Event('input'));
    button('Kirim balasan').click();
    await render();
    http
      .expectOne(`/api/forum-threads/${THREAD_ID}/posts`)
      .flush(forumPost(THREAD_ID, 0, { id: 'p-held', seq: null, held: true, author: ME }), {
        status: 201,
        statusText: 'Created',
      });
    await render();
    const held = [...element().querySelectorAll('.forum-post')].at(-1) as HTMLElement;
    expect(held.id).toBe('');
    expect(held.textContent).toContain('Menunggu persetujuan moderator');
    expect(element().querySelector('.held-notice')?.textContent).toContain(
      'Balasan Anda menunggu persetujuan moderator.',
    );
  });

  it('marks a thread that waits for approval', async () => {
    const { element } = await openPageOne({ ...PAGE_ONE, thread: { ...THREAD, held: true, firstUnreadSeq: null } });
    expect(element().querySelector('.thread-badges')?.textContent).toContain('Menunggu persetujuan');
    expect(element().querySelector('.page-header')?.textContent).toContain('Topik ini menunggu persetujuan moderator.');
  });
});
