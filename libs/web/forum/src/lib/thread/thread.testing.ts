import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumPost, ForumThread, ForumThreadPage } from '@bina-pustaka/shared-contracts';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { FORUM_LIVE_RUNTIME } from '@bina-pustaka/web-data-access/forum';
import { answerNoThreadLinks, forumPost, forumTranslocoTesting, settle } from '../testing';
import { ThreadPage } from './thread.page';

/*
 * The thread page's specs (reading, replying, acting on posts) share these: Siti's question
 * in a course forum, its first page of posts, and the page opened on it with the live
 * updates switched off (thread-live.testing.ts opens it with a fake socket).
 */

export const THREAD_ID = '6f1d2c1e-4444-4c3a-9b1a-000000000001';
export const FORUM_ID = '6f1d2c1e-4444-4c3a-9b1a-000000000002';
/** The reader, who asked the question. */
export const ME = { id: 'u-siti', fullName: 'Siti Rahma' };
export const BUDI = { id: 'u-budi', fullName: 'Budi Santoso' };
export const ANDI = { id: 'u-andi', fullName: 'Andi Wijaya' };

export const post = (seq: number, changes: Partial<ForumPost> = {}): ForumPost =>
  forumPost(THREAD_ID, seq, { author: ME, ...changes });

const ANSWER = post(3, {
  author: BUDI,
  bodyHtml: '<p>Pakai metode <strong>CREW</strong>.</p>',
  isAnswer: true,
  thanks: { count: 2, byMe: false, names: ['Andi', 'Rina'] },
});

export const THREAD: ForumThread = {
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

export const PAGE_ONE: ForumThreadPage = {
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

/** The thread page opened at `url` as Siti, the thread's read waiting in `threadRequest()`. */
export async function openThread(url = `/forum/topik/${THREAD_ID}`) {
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

/** Opens the thread and answers its read with `page` (page one unless given); the read mark waits. */
export async function openPageOne(page: ForumThreadPage = PAGE_ONE) {
  const opened = await openThread();
  opened.threadRequest().flush(page);
  await opened.render();
  return opened;
}

/** After each test: answers the links the page asks for and checks no request is left. */
export function verifyThreadRequests(): void {
  const http = TestBed.inject(HttpTestingController);
  answerNoThreadLinks(http);
  http.verify();
}
