import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumLiveAck, ForumPost, ForumThread, ForumThreadPage } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { FORUM_LIVE_RUNTIME, type ForumLiveSocket } from '@bina-pustaka/web-data-access/forum';
import { forumPost, forumTranslocoTesting, settle, answerNoThreadLinks } from '../testing';
import { ThreadPage } from './thread.page';

const THREAD_ID = '6f1d2c1e-4444-4c3a-9b1a-000000000001';
const ANDI = { id: 'u-andi', fullName: 'Andi Wijaya' };
/** The reader: not the author of the posts, so they may thank them. */
const SITI = { id: 'u-siti', fullName: 'Siti Rahma' };

/** A socket.io client socket as the page sees it: the test connects it, drops it and pushes events. */
class FakeSocket implements ForumLiveSocket {
  active = true;
  readonly sent: { event: string; payload: unknown }[] = [];
  disconnected = false;
  private readonly listeners = new Map<string, ((...args: never[]) => void)[]>();

  on(event: string, listener: (...args: never[]) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string, payload: unknown, ack: (answer: ForumLiveAck) => void): void {
    this.sent.push({ event, payload });
    ack({ ok: true, data: null });
  }
  connect(): void {
    this.push('connect');
  }
  disconnect(): void {
    this.disconnected = true;
  }
  push(event: string, payload?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (payload: unknown) => void)(payload);
  }
}

const post = (seq: number, changes: Partial<ForumPost> = {}): ForumPost =>
  forumPost(THREAD_ID, seq, { author: ANDI, ...changes });

const THREAD: ForumThread = {
  id: THREAD_ID,
  forum: { id: 'f1', kind: 'course', title: 'Forum Katalogisasi', courseId: 'c1', focusGroupId: null },
  kind: 'question',
  title: 'Ruas 264 atau 260?',
  author: ANDI,
  anonymous: false,
  createdAt: '2026-11-25T07:00:00Z',
  pinned: false,
  locked: false,
  held: false,
  answer: null,
  firstUnreadSeq: null,
  lastSeq: 2,
  watching: true,
  mayReply: true,
  mayMarkAnswer: true,
  mayModerate: false,
  mayPostAnonymously: false,
};

const pageOf = (items: ForumPost[], page = 1, total = items.length, thread = THREAD): ForumThreadPage => ({
  thread: { ...thread, lastSeq: Math.max(...items.map((each) => each.seq ?? 0)) },
  posts: { page, pageSize: 50, total, items },
});

describe('ThreadPage live updates', () => {
  async function open(url = `/forum/topik/${THREAD_ID}`) {
    const socket = new FakeSocket();
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { user: () => SITI, accessToken: () => 'token-siti' } },
        { provide: FORUM_LIVE_RUNTIME, useValue: { connect: async () => socket } },
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
    const answerThread = (view: ForumThreadPage, page?: number) =>
      http
        .expectOne(
          (request) =>
            request.url === `/api/forum-threads/${THREAD_ID}` &&
            request.params.get('page') === (page ? String(page) : null),
        )
        .flush(view);
    const element = () => harness.routeNativeElement as HTMLElement;
    return { socket, harness, http, render, answerThread, element };
  }

  afterEach(() => {
    const http = TestBed.inject(HttpTestingController);
    answerNoThreadLinks(http);
    http.verify();
  });

  it('follows its thread once connected, and shows a new reply at the end of the last page', async () => {
    const { socket, render, answerThread, element } = await open();
    answerThread(pageOf([post(1), post(2)]));
    socket.connect();
    await render();
    expect(socket.sent).toEqual([{ event: 'thread.follow', payload: { threadId: THREAD_ID } }]);

    socket.push('post.created', { threadId: THREAD_ID, postId: 'p3', seq: 3 });
    await render();
    // The reply as this reader may see it comes from the api.
    answerThread(pageOf([post(1), post(2), post(3, { bodyHtml: '<p>Balasan langsung</p>' })]), 1);
    await render();
    expect(element().querySelector('#post-3')?.textContent).toContain('Balasan langsung');
    expect(element().querySelector('.replies-heading')?.textContent).toContain('Balasan (2)');
  });

  it('counts replies that land on a later page: “1 balasan baru — tampilkan” opens it', async () => {
    const { socket, harness, render, answerThread, element } = await open(`/forum/topik/${THREAD_ID}?page=1`);
    const full = Array.from({ length: 50 }, (_, i) => post(i + 1));
    answerThread(pageOf(full, 1, 50), 1);
    socket.connect();
    await render();

    socket.push('post.created', { threadId: THREAD_ID, postId: 'p51', seq: 51 });
    await render();
    const button = element().querySelector('.new-replies button') as HTMLButtonElement;
    expect(button.textContent).toContain('1 balasan baru — tampilkan');
    button.click();
    await render();
    answerThread(pageOf([post(51)], 2, 51), 2);
    await render();
    expect(harness.routeNativeElement?.querySelector('#post-51')).not.toBeNull();
    expect(element().querySelector('.new-replies')).toBeNull();
  });

  it('updates a thanks count in place, and reads the page again for an answer, an edit or a delete', async () => {
    const { socket, render, answerThread, element } = await open();
    answerThread(pageOf([post(1), post(2, { thanks: { count: 1, byMe: true, names: ['Siti'] } })]));
    socket.connect();
    await render();

    socket.push('thanks.changed', { threadId: THREAD_ID, postId: 'p2', count: 4 });
    await render();
    const thanks = element().querySelector('#post-2 .thanks-button') as HTMLElement;
    expect(thanks.textContent).toContain('(4)');
    // Whether this reader thanked it is theirs: unchanged.
    expect(thanks.getAttribute('aria-pressed')).toBe('true');

    socket.push('answer.changed', { threadId: THREAD_ID, postId: 'p2' });
    await render();
    answerThread({ ...pageOf([post(1), post(2, { isAnswer: true })]), thread: { ...THREAD, answer: post(2) } }, 1);
    await render();
    expect(element().querySelector('.chosen-answer')?.textContent).toContain('Pesan ke-2');

    socket.push('post.deleted', { threadId: THREAD_ID, postId: 'p2' });
    await render();
    answerThread(
      pageOf([post(1), post(2, { deleted: { at: '2026-11-25T09:00:00Z', byModerator: true, reason: null } })]),
      1,
    );
    await render();
    expect(element().querySelector('#post-2')?.textContent).toContain('Pesan ini telah dihapus.');
  });

  it('reads the page again once after the socket reconnects, and closes the socket when the page goes', async () => {
    const { socket, harness, render, answerThread, http } = await open();
    answerThread(pageOf([post(1)]));
    socket.connect();
    await render();
    // A network drop: socket.io reconnects by itself; what was said meanwhile is fetched.
    socket.connect();
    await render();
    answerThread(pageOf([post(1), post(2)]), 1);
    await render();
    expect(socket.sent).toHaveLength(2);
    answerNoThreadLinks(http);
    http.expectNone(() => true);

    await harness.navigateByUrl('/elsewhere');
    expect(socket.disconnected).toBe(true);
  });
});
