import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumLiveAck, ForumPost, ForumThread, ForumThreadPage } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { FORUM_LIVE_RUNTIME, type ForumLiveSocket } from '@bina-pustaka/web-data-access/forum';
import { forumPost, forumTranslocoTesting, settle } from '../testing';
import { ThreadPage } from './thread.page';
import { ANDI, ME as SITI, THREAD_ID } from './thread.testing';

export { THREAD_ID };

/*
 * The thread page's live specs share these: a thread, its posts, a fake socket and the page
 * opened on it. The reader is Siti, not the author of the posts, so she may thank them.
 */

/** A socket.io client socket as the page sees it: the test connects it, drops it and pushes events. */
export class FakeSocket implements ForumLiveSocket {
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

/** A post of the thread by Andi; `changes` says what differs. */
export const livePost = (seq: number, changes: Partial<ForumPost> = {}): ForumPost =>
  forumPost(THREAD_ID, seq, { author: ANDI, ...changes });

/** A question in a course forum, open for replies, read by Siti. */
export const LIVE_THREAD: ForumThread = {
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

/** The api's answer for one page of the thread holding `items`. */
export const livePage = (
  items: ForumPost[],
  page = 1,
  total = items.length,
  thread = LIVE_THREAD,
): ForumThreadPage => ({
  thread: { ...thread, lastSeq: Math.max(...items.map((each) => each.seq ?? 0)) },
  posts: { page, pageSize: 50, total, items },
});

/** The thread page opened at `url` as Siti, its socket the fake one; `answerThread` answers its next read. */
export async function openLiveThread(url = `/forum/topik/${THREAD_ID}`) {
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
  const threadRead = (page?: number) =>
    http.expectOne(
      (request) =>
        request.url === `/api/forum-threads/${THREAD_ID}` &&
        request.params.get('page') === (page ? String(page) : null),
    );
  const answerThread = (view: ForumThreadPage, page?: number) => threadRead(page).flush(view);
  const element = () => harness.routeNativeElement as HTMLElement;
  return { socket, harness, http, render, threadRead, answerThread, element };
}
