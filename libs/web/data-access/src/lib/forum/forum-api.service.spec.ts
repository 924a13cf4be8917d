import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ForumPost, PostThanks } from '@bina-pustaka/shared-contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { ForumApi } from './forum-api.service';

const FORUM = '6f1d2c1e-2222-4c3a-9b1a-000000000001';
const THREAD = '6f1d2c1e-2222-4c3a-9b1a-000000000002';
const POST = '6f1d2c1e-2222-4c3a-9b1a-000000000003';

describe('ForumApi', () => {
  let http: HttpTestingController;
  let api: ForumApi;

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    api = TestBed.inject(ForumApi);
  });

  afterEach(() => http.verify());

  /** Subscribes, checks the one request it makes (with the Bearer token) and answers it. */
  async function expectCall(
    call: Observable<unknown>,
    method: string,
    url: string,
    body: unknown,
    answer: object | null = null,
  ): Promise<unknown> {
    const done = firstValueFrom(call, { defaultValue: undefined });
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    if (method !== 'GET' && method !== 'DELETE') expect(request.request.body).toEqual(body);
    request.flush(answer, { status: answer === null && method !== 'GET' ? 204 : 200, statusText: 'OK' });
    return done;
  }

  it('reads forums, threads and thread pages where the contract puts them', async () => {
    await expectCall(api.home(), 'GET', '/api/forums', null, { community: [], courses: [] });
    await expectCall(api.forum(FORUM), 'GET', `/api/forums/${FORUM}`, null, {});
    await expectCall(api.courseForum('c 1'), 'GET', '/api/forums/course/c%201', null, {});
    await expectCall(
      api.threads(FORUM, { page: 2, pageSize: 20, unanswered: true }),
      'GET',
      `/api/forums/${FORUM}/threads?page=2&pageSize=20&unanswered=true`,
      null,
      { items: [], total: 0, page: 2, pageSize: 20 },
    );
    // The filter off is left out, not sent as "false".
    await expectCall(
      api.threads(FORUM, { page: 1, pageSize: 20, unanswered: false }),
      'GET',
      `/api/forums/${FORUM}/threads?page=1&pageSize=20`,
      null,
      { items: [], total: 0, page: 1, pageSize: 20 },
    );
    await expectCall(api.thread(THREAD), 'GET', `/api/forum-threads/${THREAD}`, null, {});
    await expectCall(api.thread(THREAD, 3), 'GET', `/api/forum-threads/${THREAD}?page=3`, null, {});
  });

  it('writes threads, replies, edits, answers and read places', async () => {
    await expectCall(
      api.createThread(FORUM, { kind: 'question', title: 'Cara menyiangi koleksi', bodyMarkdown: 'Bagaimana?' }),
      'POST',
      `/api/forums/${FORUM}/threads`,
      { kind: 'question', title: 'Cara menyiangi koleksi', bodyMarkdown: 'Bagaimana?' },
      {},
    );
    await expectCall(api.renameThread(THREAD, 'Judul baru'), 'PATCH', `/api/forum-threads/${THREAD}`, {
      title: 'Judul baru',
    });
    const post = { id: POST } as ForumPost;
    expect(
      await expectCall(
        api.reply(THREAD, { bodyMarkdown: 'Setuju', quotePostId: POST }),
        'POST',
        `/api/forum-threads/${THREAD}/posts`,
        { bodyMarkdown: 'Setuju', quotePostId: POST },
        post,
      ),
    ).toEqual(post);
    await expectCall(api.markAnswer(THREAD, POST), 'PUT', `/api/forum-threads/${THREAD}/answer`, { postId: POST });
    await expectCall(api.markAnswer(THREAD, null), 'DELETE', `/api/forum-threads/${THREAD}/answer`, null);
    await expectCall(api.markRead(THREAD, 57), 'POST', `/api/forum-threads/${THREAD}/read`, { upToSeq: 57 });
    await expectCall(api.editPost(POST, 'Diperbaiki'), 'PATCH', `/api/forum-posts/${POST}`, {
      bodyMarkdown: 'Diperbaiki',
    });
    await expectCall(api.deletePost(POST, 'Promosi dagang'), 'POST', `/api/forum-posts/${POST}/delete`, {
      reason: 'Promosi dagang',
    });
    await expectCall(api.deletePost(POST), 'POST', `/api/forum-posts/${POST}/delete`, {});
    await expectCall(api.revisions(POST), 'GET', `/api/forum-posts/${POST}/revisions`, null, []);
  });

  it('watches and unwatches, thanks and takes thanks back', async () => {
    await expectCall(api.watchForum(FORUM, true), 'PUT', `/api/forums/${FORUM}/watch`, null);
    await expectCall(api.watchForum(FORUM, false), 'DELETE', `/api/forums/${FORUM}/watch`, null);
    await expectCall(api.watchThread(THREAD, true), 'PUT', `/api/forum-threads/${THREAD}/watch`, null);
    await expectCall(api.watchThread(THREAD, false), 'DELETE', `/api/forum-threads/${THREAD}/watch`, null);
    const thanks: PostThanks = { count: 1, byMe: true, names: ['Dewi'] };
    expect(await expectCall(api.thank(POST, true), 'PUT', `/api/forum-posts/${POST}/thanks`, null, thanks)).toEqual(
      thanks,
    );
    await expectCall(api.thank(POST, false), 'DELETE', `/api/forum-posts/${POST}/thanks`, null, {
      count: 0,
      byMe: false,
      names: [],
    });
  });

  it('searches with only the filters given, and finds people to mention', async () => {
    await expectCall(
      api.search({ q: 'pengelolaan', forumId: FORUM, authorId: undefined, from: '', page: 1 }),
      'GET',
      `/api/forum-search?q=pengelolaan&forumId=${FORUM}&page=1`,
      null,
      { items: [], total: 0, page: 1, pageSize: 20 },
    );
    await expectCall(api.people(FORUM, 'Sit'), 'GET', `/api/forums/${FORUM}/people?q=Sit`, null, []);
  });

  it('hands the server’s sentence over when a reply is refused', async () => {
    const done = firstValueFrom(api.reply(THREAD, { bodyMarkdown: 'x' })).catch((error: unknown) => error);
    const message = 'Topik ini dikunci. Balasan baru tidak dapat ditambahkan.';
    http
      .expectOne(`/api/forum-threads/${THREAD}/posts`)
      .flush({ statusCode: 409, code: 'forum.threadLocked', message }, { status: 409, statusText: 'Conflict' });
    expect(toApiFailure(await done)).toMatchObject({ status: 409, message });
  });
});
