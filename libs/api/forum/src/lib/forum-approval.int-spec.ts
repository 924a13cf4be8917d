import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type {
  ApiErrorBody,
  ForumHeldPost,
  ForumModerationLogEntry,
  ForumSearchHit,
  ForumSummary,
  ModeratedForum,
  Page,
  ThreadSummary,
} from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';

/**
 * First posts held for approval: a held post or thread exists only for its author and the
 * forum's moderators until approved; it never leaks through the thread, the lists and
 * their counts, search, notifications or the socket.
 */
describe('forum: first posts held for approval', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let classmate: SignedInUser;
  let newcomer: SignedInUser;
  let forum: ForumSummary;
  const sockets: Socket[] = [];

  const { as, reply, page, inbox, newThread } = forumRequests(() => t);
  const setHold = (who: SignedInUser, holdFirstPosts: unknown, forumId = forum.id) =>
    t.api.put<ModeratedForum & ApiErrorBody>(
      `/api/forum-moderation/forums/${forumId}/settings`,
      { holdFirstPosts },
      as(who),
    );
  const held = async (who: SignedInUser) =>
    (await t.api.get<ForumHeldPost[]>('/api/forum-moderation/held', as(who))).body;
  const approve = (who: SignedInUser, postId: string) =>
    t.api.post<ApiErrorBody>(`/api/forum-moderation/posts/${postId}/approve`, undefined, as(who));
  const reject = (who: SignedInUser, postId: string, body: Record<string, unknown>) =>
    t.api.post<ApiErrorBody>(`/api/forum-moderation/posts/${postId}/reject`, body, as(who));
  const threads = async (who: SignedInUser) =>
    (await t.api.get<Page<ThreadSummary>>(`/api/forums/${forum.id}/threads`, as(who))).body.items;
  const summary = async (who: SignedInUser) => (await t.api.get<ForumSummary>(`/api/forums/${forum.id}`, as(who))).body;
  const search = async (who: SignedInUser, q: string) =>
    (await t.api.get<Page<ForumSearchHit>>(`/api/forum-search?q=${q}`, as(who))).body.items;

  /** A socket following the thread, recording what it hears. */
  const follow = async (who: SignedInUser, threadId: string) => {
    const socket = io(`${await t.app.getUrl()}/forum`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: who.token },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const heard: { name: string; payload: Record<string, unknown> }[] = [];
    socket.onAny((name: string, payload: Record<string, unknown>) => heard.push({ name, payload }));
    await new Promise((resolve) => socket.once('connect', () => resolve(null)));
    const ack = await socket.timeout(10_000).emitWithAck('thread.follow', { threadId });
    return { heard, ack };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    classmate = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi Santoso' }));
    newcomer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Anggraini' }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    await t.api.post(
      `/api/cohorts/${cohort.id}/enrolments`,
      { userIds: [learner.id, classmate.id, newcomer.id] },
      as(coordinator),
    );
    forum = (await t.api.get<ForumSummary>(`/api/forums/course/${course.id}`, as(learner))).body;
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.app.get<AppConfig>(APP_CONFIG).redis.prefix}:rl:forum-write*`);
    if (keys.length) await redis.del(...keys);
  });

  it("is the forum's moderators' setting, logged; members and bad numbers are refused clearly", async () => {
    expect((await setHold(learner, 2)).status).toBe(403);
    const bad = await setHold(trainer, 99);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation.failed');
    const set = await setHold(trainer, 1);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: forum.id, holdFirstPosts: 1 });
    const forums = (await t.api.get<ModeratedForum[]>('/api/forum-moderation/forums', as(trainer))).body;
    expect(forums.find((each) => each.id === forum.id)?.holdFirstPosts).toBe(1);
    const log = (await t.api.get<Page<ForumModerationLogEntry>>('/api/forum-moderation/log', as(trainer))).body;
    expect(log.items[0]).toMatchObject({ action: 'hold-first-posts-changed', detail: '0 → 1' });
  });

  it('holds a first reply: only its author and moderators see it, nothing leaks until it is approved', async () => {
    const opened = await newThread(trainer, forum.id, { title: 'Ruas 264 atau 260?' });
    const threadId = opened.thread.id;
    const watcherBefore = (await inbox(classmate)).length;
    await t.api.put(`/api/forum-threads/${threadId}/watch`, undefined, as(classmate));
    await t.api.post(`/api/forum-threads/${threadId}/read`, { upToSeq: 1 }, as(classmate));
    const live = await follow(classmate, threadId);
    expect(live.ack).toEqual({ ok: true, data: null });

    const mention = `[@Budi Santoso](mention:${classmate.id})`;
    const post = await reply(learner, threadId, `${mention} menurut saya ruas kolofon dipakai.`);
    expect(post).toMatchObject({ held: true, seq: null });

    // The author reads it, marked; moderators read it; nobody else does.
    expect((await page(learner, threadId)).posts.items.map((each) => each.held)).toEqual([false, true]);
    expect((await page(trainer, threadId)).posts.items.map((each) => each.id)).toContain(post.id);
    const seen = await page(classmate, threadId);
    expect(seen.posts.items.map((each) => each.id)).toEqual([opened.posts.items[0].id]);
    expect(seen.posts.total).toBe(1);
    expect(seen.thread.lastSeq).toBe(1);
    expect((await threads(classmate))[0]).toMatchObject({ id: threadId, replyCount: 0, unreadCount: 0 });
    expect(await summary(classmate)).toMatchObject({ postCount: 1, unreadCount: 0 });
    expect(await search(classmate, 'kolofon')).toEqual([]);
    expect(await search(trainer, 'kolofon')).toEqual([]);
    expect((await inbox(classmate)).length).toBe(watcherBefore);
    expect((await t.api.put(`/api/forum-posts/${post.id}/thanks`, undefined, as(classmate))).status).toBe(404);
    expect((await t.api.post(`/api/forum-posts/${post.id}/report`, { reason: 'spam' }, as(classmate))).status).toBe(
      404,
    );
    const quoting = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${threadId}/posts`,
      { bodyMarkdown: 'Saya kutip.', quotePostId: post.id },
      as(trainer),
    );
    expect(quoting.body.code).toBe('forum.quoteUnknown');
    // Its author edits it: still held, still unheard of.
    expect(
      (await t.api.patch(`/api/forum-posts/${post.id}`, { bodyMarkdown: `${mention} kolofon.` }, as(learner))).status,
    ).toBe(200);
    await settle();
    expect(live.heard).toEqual([]);

    const queued = await held(trainer);
    expect(queued.map((item) => item.post.id)).toEqual([post.id]);
    expect(queued[0]).toMatchObject({ thread: { id: threadId, opening: false }, forum: { id: forum.id } });
    expect(queued[0].post.bodyHtml).toContain('@Budi Santoso');
    expect((await t.api.get('/api/forum-moderation/held', as(learner))).status).toBe(403);
    expect((await approve(learner, post.id)).status).toBe(403);

    expect((await approve(trainer, post.id)).status).toBe(204);
    expect((await approve(trainer, post.id)).body.code).toBe('forum.postNotHeld');
    const published = await page(classmate, threadId);
    expect(published.posts.items.map((each) => [each.id, each.seq, each.held])).toEqual([
      [opened.posts.items[0].id, 1, false],
      [post.id, 2, false],
    ]);
    expect((await threads(classmate))[0]).toMatchObject({ replyCount: 1, unreadCount: 1 });
    expect((await search(classmate, 'kolofon')).map((hit) => hit.postId)).toEqual([post.id]);
    expect((await inbox(classmate))[0]).toMatchObject({ kind: 'forum-mention' });
    await settle();
    // Those who did not see it get a new post; the author's page, showing it as waiting, a changed one.
    expect(live.heard).toEqual([
      { name: 'post.created', payload: { threadId, postId: post.id, seq: 2 } },
      { name: 'post.updated', payload: { threadId, postId: post.id } },
    ]);
    expect(await held(trainer)).toEqual([]);

    // One approved post: the next is published at once.
    expect(await reply(learner, threadId, 'Terima kasih, Bu.')).toMatchObject({ held: false, seq: 3 });
    const log = (await t.api.get<Page<ForumModerationLogEntry>>('/api/forum-moderation/log', as(coordinator))).body;
    expect(log.items[0]).toMatchObject({ action: 'post-approved', postId: post.id, subject: { id: learner.id } });
  });

  it('holds a new thread whole: invisible to others, rejected with a reason its author reads, then approved', async () => {
    await t.api.put(`/api/forums/${forum.id}/watch`, undefined, as(classmate));
    const before = await summary(classmate);
    const inboxBefore = (await inbox(classmate)).length;
    const first = await newThread(newcomer, forum.id, { title: 'Promosi jasa fotokopi murah' });
    expect(first.thread.held).toBe(true);
    expect(first.posts.items[0]).toMatchObject({ held: true, seq: 1 });

    const threadId = first.thread.id;
    expect((await t.api.get<ApiErrorBody>(`/api/forum-threads/${threadId}`, as(classmate))).status).toBe(404);
    expect((await threads(classmate)).map((each) => each.id)).not.toContain(threadId);
    expect((await threads(newcomer)).find((each) => each.id === threadId)?.held).toBe(true);
    expect((await threads(trainer)).find((each) => each.id === threadId)?.held).toBe(true);
    expect(await summary(classmate)).toMatchObject({
      threadCount: before.threadCount,
      postCount: before.postCount,
      unreadCount: before.unreadCount,
    });
    expect(await search(classmate, 'fotokopi')).toEqual([]);
    expect((await inbox(classmate)).length).toBe(inboxBefore);
    const outsider = await follow(classmate, threadId);
    expect(outsider.ack).toMatchObject({ ok: false, error: { code: 'forum.threadNotFound' } });

    const queued = (await held(coordinator)).find((item) => item.thread.id === threadId);
    expect(queued?.thread.opening).toBe(true);
    expect((await reject(trainer, first.posts.items[0].id, {})).status).toBe(400);
    expect((await reject(trainer, first.posts.items[0].id, { reason: 'Iklan, bukan diskusi.' })).status).toBe(204);
    const rejected = await page(newcomer, threadId);
    expect(rejected.posts.items[0]).toMatchObject({ deleted: { byModerator: true, reason: 'Iklan, bukan diskusi.' } });
    expect((await t.api.get(`/api/forum-threads/${threadId}`, as(classmate))).status).toBe(404);
    expect((await approve(trainer, first.posts.items[0].id)).body.code).toBe('forum.postDeleted');

    // A rejected post is not an approved one: the newcomer's next thread waits too.
    const second = await newThread(newcomer, forum.id, { title: 'Cara mengelola arsip foto' });
    expect(second.thread.held).toBe(true);
    const own = await follow(newcomer, second.thread.id);
    expect(own.ack).toEqual({ ok: true, data: null });
    expect((await approve(trainer, second.posts.items[0].id)).status).toBe(204);
    // The author's open page hears that its waiting opening post changed, and reads it again.
    await settle();
    expect(own.heard).toContainEqual({
      name: 'post.updated',
      payload: { threadId: second.thread.id, postId: second.posts.items[0].id },
    });
    const shown = await page(classmate, second.thread.id);
    expect(shown.thread.held).toBe(false);
    expect(shown.posts.items[0]).toMatchObject({ seq: 1, held: false });
    expect((await threads(classmate))[0].id).toBe(second.thread.id);
    expect(await summary(classmate)).toMatchObject({ threadCount: before.threadCount + 1 });
    expect((await inbox(classmate))[0]).toMatchObject({ kind: 'forum-thread' });
    const log = (await t.api.get<Page<ForumModerationLogEntry>>('/api/forum-moderation/log', as(trainer))).body;
    expect(log.items.map((entry) => entry.action).slice(0, 2)).toEqual(['post-approved', 'post-rejected']);
    expect(log.items[1]).toMatchObject({ reason: 'Iklan, bukan diskusi.', subject: { id: newcomer.id } });
  });

  it('never holds moderators, and holds nobody once the setting is 0', async () => {
    const own = await newThread(trainer, forum.id, { title: 'Pengumuman jadwal praktik' });
    expect(own.thread.held).toBe(false);
    expect((await setHold(trainer, 0)).status).toBe(200);
    const latecomer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Agus Salim' }));
    const community = (await t.api.get<{ community: ForumSummary[] }>('/api/forums', as(latecomer))).body.community;
    const free = await newThread(latecomer, community[0].id);
    expect(free.thread.held).toBe(false);
    expect((await reply(newcomer, own.thread.id, 'Baik, Bu.')).held).toBe(false);
  });
});
