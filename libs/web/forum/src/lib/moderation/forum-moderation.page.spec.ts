import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  ForumModerationLogEntry,
  ForumModerationQueueItem,
  ForumSuspension,
  ModeratedForum,
  Page,
} from '@bina-pustaka/shared-contracts';
import { forumTranslocoTesting, settle } from '../testing';
import { ForumModerationPage } from './forum-moderation.page';

const FORUMS: ModeratedForum[] = [{ id: 'f-rda', kind: 'course', title: 'Katalogisasi dengan RDA', holdFirstPosts: 0 }];
const ITEM: ForumModerationQueueItem = {
  post: {
    id: 'p7',
    seq: 7,
    author: { id: 'u-budi', fullName: 'Budi Santoso' },
    bodyHtml: '<p>Pertanyaan <em>bodoh</em></p>',
    createdAt: '2026-11-25T07:00:00Z',
    hidden: false,
    deleted: false,
  },
  thread: { id: 't1', title: 'Ruas 264 atau 260?', locked: false, pinned: false },
  forum: { id: 'f-rda', title: 'Katalogisasi dengan RDA' },
  reportCount: 2,
  reasons: [
    { reason: 'offensive', count: 1 },
    { reason: 'other', count: 1 },
  ],
  details: [
    {
      reporter: { id: 'u-dewi', fullName: 'Dewi Lestari' },
      reason: 'other',
      text: '<script>alert(1)</script>',
      at: '2026-11-25T08:00:00Z',
    },
  ],
  latestReportAt: '2026-11-25T08:00:00Z',
};
const LOG: Page<ForumModerationLogEntry> = {
  items: [
    {
      id: 'l1',
      action: 'thread-locked',
      actor: { id: 'u-siti', fullName: 'Siti Rahma' },
      forum: { id: 'f-rda', title: 'Katalogisasi dengan RDA' },
      thread: { id: 't1', title: 'Ruas 264 atau 260?' },
      postId: null,
      subject: null,
      reason: 'Sudah terjawab',
      detail: null,
      at: '2026-11-25T09:00:00Z',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 30,
};

describe('ForumModerationPage', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  async function open(forums: ModeratedForum[] = FORUMS) {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'forum/moderasi', component: ForumModerationPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/forum/moderasi');
    const render = () => settle(harness.fixture);
    await render();
    http.expectOne('/api/forum-moderation/forums').flush(forums);
    await render();
    const answerRest = async (queue: ForumModerationQueueItem[] = [ITEM], suspensions: ForumSuspension[] = []) => {
      // The approvals section asks once, when the page first shows the moderator's forums.
      http.match('/api/forum-moderation/held').forEach((request) => request.flush([]));
      http.expectOne('/api/forum-moderation/queue').flush(queue);
      http.expectOne('/api/forum-moderation/suspensions').flush(suspensions);
      http.expectOne((request) => request.url === '/api/forum-moderation/log').flush(LOG);
      await render();
    };
    const element = () => harness.routeNativeElement as HTMLElement;
    const button = (text: string) => {
      const found = [...element().querySelectorAll('button')].find((each) => each.textContent?.trim().startsWith(text));
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    // The page's own dialog (the approvals section has one of its own before it).
    const actionDialog = () => [...element().querySelectorAll('dialog')].at(-1) as HTMLDialogElement;
    return { http, render, element, button, answerRest, actionDialog };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('tells someone who moderates nothing so, and asks for nothing more', async () => {
    const { element } = await open([]);
    expect(element().textContent).toContain('Anda tidak memoderasi forum mana pun.');
  });

  it('lists reported posts with reasons and counts, reporters’ words as text, and the log', async () => {
    const { element, answerRest } = await open();
    await answerRest();
    const card = element().querySelector('.report-item') as HTMLElement;
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe('/forum/topik/t1#post-7');
    expect(card.textContent).toContain('ditulis oleh Budi Santoso');
    expect(card.textContent).toContain('2 laporan');
    expect(card.textContent).toContain('Kasar atau menyinggung (1)');
    expect(card.querySelector('q')?.textContent).toBe('<script>alert(1)</script>');
    expect(card.querySelector('script')).toBeNull();
    expect(card.querySelector('.report-body em')?.textContent).toBe('bodoh');
    const log = element().querySelector('.moderation-log') as HTMLElement;
    expect(log.textContent).toContain('Siti Rahma');
    expect(log.textContent).toContain('mengunci topik');
    expect(log.textContent).toContain('Alasan: Sudah terjawab');
  });

  it('hides a post with the reason written in the dialog, then reloads the queue', async () => {
    const { http, render, element, button, answerRest, actionDialog } = await open();
    await answerRest();
    button('Sembunyikan').click();
    await render();
    const dialog = actionDialog();
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toContain('Sembunyikan pesan');
    const reason = dialog.querySelector('textarea') as HTMLTextAreaElement;
    expect(reason.required).toBe(true);
    reason.value = 'Bahasa kasar';
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const hide = http.expectOne('/api/forum-moderation/posts/p7/hide');
    expect(hide.request.body).toEqual({ reason: 'Bahasa kasar' });
    hide.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    http.expectOne('/api/forum-moderation/forums').flush(FORUMS);
    await render();
    await answerRest([]);
    expect(dialog.open).toBe(false);
    expect(element().textContent).toContain('Tidak ada laporan terbuka.');
  });

  it('suspends the author of a reported post for some days, and shows a refusal in the dialog', async () => {
    const { http, render, button, answerRest, actionDialog } = await open();
    await answerRest();
    button('Tangguhkan penulis').click();
    await render();
    const dialog = actionDialog();
    const days = dialog.querySelector('#suspend-days') as HTMLInputElement;
    expect(days.value).toBe('7');
    days.value = '3';
    days.dispatchEvent(new Event('input'));
    (dialog.querySelector('textarea') as HTMLTextAreaElement).value = 'Berulang kali kasar';
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const suspend = http.expectOne('/api/forum-moderation/suspensions');
    expect(suspend.request.body).toEqual({
      userId: 'u-budi',
      forumId: 'f-rda',
      days: 3,
      reason: 'Berulang kali kasar',
    });
    suspend.flush(
      { statusCode: 404, code: 'forum.memberUnknown', message: 'Anggota tersebut tidak ditemukan.', error: 'x' },
      { status: 404, statusText: 'Not Found' },
    );
    await render();
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Anggota tersebut tidak ditemukan.');
  });
});
