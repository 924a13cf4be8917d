import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type {
  ApiErrorBody,
  ForumHome,
  ForumModerationLogEntry,
  ForumModerationQueueItem,
  ForumSearchHit,
  ForumSummary,
  ForumSuspension,
  ModeratedForum,
  Page,
  ThreadSummary,
} from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';

describe('forum moderation: reports, the queue, hiding, locks, moves, suspensions and the log', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainerA: SignedInUser;
  let trainerB: SignedInUser;
  let learner: SignedInUser;
  let classmate: SignedInUser;
  let otherLearner: SignedInUser;
  let forumA: ForumSummary;
  let forumB: ForumSummary;
  let community: ForumHome['community'];

  const { as, reply, page, ...requests } = forumRequests(() => t);
  const newThread = (who: SignedInUser, forumId: string, title?: string) =>
    requests.newThread(who, forumId, title ? { title } : {});
  const report = (who: SignedInUser, postId: string, body: Record<string, unknown>) =>
    t.api.post<ApiErrorBody>(`/api/forum-posts/${postId}/report`, body, as(who));
  const queue = async (who: SignedInUser) =>
    (await t.api.get<ForumModerationQueueItem[]>('/api/forum-moderation/queue', as(who))).body;
  const log = async (who: SignedInUser) =>
    (await t.api.get<Page<ForumModerationLogEntry>>('/api/forum-moderation/log', as(who))).body.items;

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'], fullName: 'Sri Wahyuni' }));
    trainerA = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    trainerB = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Bambang Hadi' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    classmate = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi Santoso' }));
    otherLearner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Ayu Pratiwi' }));
    const courseA = await publishedCourse(t.api, trainerA.token, { title: 'Katalogisasi dengan RDA' });
    const cohortA = await runningCohort(t.api, coordinator.token, courseA.id);
    await t.api.post(`/api/cohorts/${cohortA.id}/enrolments`, { userIds: [learner.id, classmate.id] }, as(coordinator));
    const courseB = await publishedCourse(t.api, trainerB.token, { title: 'Literasi Digital' });
    const cohortB = await runningCohort(t.api, coordinator.token, courseB.id);
    await t.api.post(`/api/cohorts/${cohortB.id}/enrolments`, { userIds: [otherLearner.id] }, as(coordinator));
    forumA = (await t.api.get<ForumSummary>(`/api/forums/course/${courseA.id}`, as(learner))).body;
    forumB = (await t.api.get<ForumSummary>(`/api/forums/course/${courseB.id}`, as(otherLearner))).body;
    community = (await t.api.get<ForumHome>('/api/forums', as(learner))).body.community;
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.app.get<AppConfig>(APP_CONFIG).redis.prefix}:rl:forum-write*`);
    if (keys.length) await redis.del(...keys);
  });

  it('takes one open report per person and post, with a reason from the list, and refuses bad ones clearly', async () => {
    const thread = await newThread(learner, forumA.id);
    const post = thread.posts.items[0];
    const first = await report(classmate, post.id, { reason: 'spam' });
    expect(first.status).toBe(201);
    expect((await report(classmate, post.id, { reason: 'offensive' })).body).toMatchObject({
      code: 'forum.alreadyReported',
    });
    expect((await report(classmate, post.id, { reason: 'offensive' })).status).toBe(409);
    expect((await report(learner, post.id, { reason: 'spam' })).status).toBe(422);
    expect((await report(trainerA, post.id, { reason: 'rude' })).status).toBe(400);
    const other = await report(trainerA, post.id, { reason: 'other' });
    expect(other.status).toBe(400);
    expect(other.body.issues?.[0]).toMatchObject({ field: 'details' });
    expect(other.body.issues?.[0].message).toMatch(/alasan laporan/);
    // Someone from another course does not see the post at all.
    expect((await report(otherLearner, post.id, { reason: 'spam' })).status).toBe(404);

    const deletedReply = await reply(classmate, thread.thread.id, 'Salah kirim, maaf.');
    await t.api.post(`/api/forum-posts/${deletedReply.id}/delete`, {}, as(classmate));
    const gone = await report(learner, deletedReply.id, { reason: 'spam' });
    expect(gone.status).toBe(409);
    expect(gone.body.code).toBe('forum.postDeleted');
  });

  it("shows each moderator the queue of their own forums only: course A's trainer sees nothing of course B", async () => {
    const inA = await newThread(learner, forumA.id, 'Ruas 264 atau 260 untuk terbitan baru?');
    const inB = await newThread(otherLearner, forumB.id, 'Cara mengajar literasi digital untuk lansia');
    const bReply = await reply(
      trainerB,
      inB.thread.id,
      'Mulailah dari kebutuhan sehari-hari <script>alert(1)</script>',
    );
    await report(classmate, inA.posts.items[0].id, { reason: 'off-topic' });
    await report(trainerA, inA.posts.items[0].id, { reason: 'other', details: 'Ini iklan terselubung.' });
    await report(otherLearner, bReply.id, { reason: 'personal-info' });

    const forA = await queue(trainerA);
    expect(forA.map((item) => item.thread.id)).toContain(inA.thread.id);
    expect(forA.some((item) => item.forum.id === forumB.id)).toBe(false);
    const item = forA.find((each) => each.post.id === inA.posts.items[0].id) as ForumModerationQueueItem;
    expect(item).toMatchObject({
      reportCount: 2,
      forum: { id: forumA.id, title: 'Katalogisasi dengan RDA' },
      post: { author: { fullName: 'Dewi Lestari' }, hidden: false },
    });
    expect(item.reasons).toEqual(
      expect.arrayContaining([
        { reason: 'off-topic', count: 1 },
        { reason: 'other', count: 1 },
      ]),
    );
    expect(item.details[0]).toMatchObject({ reason: 'other', text: 'Ini iklan terselubung.' });

    const forB = await queue(trainerB);
    expect(forB.map((each) => each.post.id)).toEqual([bReply.id]);
    expect(forB[0].post.bodyHtml).not.toContain('<script');
    // The coordinator moderates every forum; newest report first.
    expect((await queue(coordinator)).slice(0, 2).map((each) => each.post.id)).toEqual([
      bReply.id,
      inA.posts.items[0].id,
    ]);
    const member = await t.api.get<ApiErrorBody>('/api/forum-moderation/queue', as(learner));
    expect(member.status).toBe(403);
    expect(
      (await t.api.get<ModeratedForum[]>('/api/forum-moderation/forums', as(trainerA))).body.map((f) => f.id),
    ).toEqual([forumA.id]);
  });

  it('hides a post from members (like a deleted one) and from search; moderators read it with the reason', async () => {
    const thread = await newThread(learner, forumA.id, 'Pengolahan koleksi langka');
    const rude = await reply(classmate, thread.thread.id, 'Pertanyaan bodoh, mengelola koleksi itu gampang.');
    await report(learner, rude.id, { reason: 'offensive' });

    expect(
      (await t.api.post(`/api/forum-moderation/posts/${rude.id}/hide`, { reason: 'Ok' }, as(trainerA))).status,
    ).toBe(400);
    expect(
      (await t.api.post(`/api/forum-moderation/posts/${rude.id}/hide`, { reason: 'Bahasa kasar' }, as(learner))).status,
    ).toBe(403);
    expect(
      (await t.api.post(`/api/forum-moderation/posts/${rude.id}/hide`, { reason: 'Bahasa kasar' }, as(trainerB)))
        .status,
    ).toBe(404);
    const hide = await t.api.post(
      `/api/forum-moderation/posts/${rude.id}/hide`,
      { reason: 'Bahasa kasar' },
      as(trainerA),
    );
    expect(hide.status).toBe(204);
    expect(
      (await t.api.post(`/api/forum-moderation/posts/${rude.id}/hide`, { reason: 'Bahasa kasar' }, as(trainerA)))
        .status,
    ).toBe(409);

    const seenByMember = (await page(learner, thread.thread.id)).posts.items[1];
    expect(seenByMember).toMatchObject({ bodyHtml: '', hidden: { reason: null }, mayEdit: false });
    const seenByAuthor = (await page(classmate, thread.thread.id)).posts.items[1];
    expect(seenByAuthor).toMatchObject({ bodyHtml: '', bodyMarkdown: null, mayEdit: false });
    const seenByModerator = (await page(trainerA, thread.thread.id)).posts.items[1];
    expect(seenByModerator.hidden?.reason).toBe('Bahasa kasar');
    expect(seenByModerator.bodyHtml).toContain('gampang');
    const hits = await t.api.get<Page<ForumSearchHit>>('/api/forum-search?q=gampang', as(learner));
    expect(hits.body.items.map((hit) => hit.postId)).not.toContain(rude.id);
    // Hiding resolved the post's open reports.
    expect((await queue(trainerA)).map((each) => each.post.id)).not.toContain(rude.id);

    const restored = await t.api.post(
      `/api/forum-moderation/posts/${rude.id}/restore`,
      { reason: 'Penulis sudah meminta maaf' },
      as(trainerA),
    );
    expect(restored.status).toBe(204);
    expect((await page(learner, thread.thread.id)).posts.items[1]).toMatchObject({ hidden: null });
    expect((await page(learner, thread.thread.id)).posts.items[1].bodyHtml).toContain('gampang');
  });

  it('resolves or dismisses the reports of a post', async () => {
    const thread = await newThread(classmate, forumA.id, 'Jadwal stock opname tahunan');
    await report(learner, thread.posts.items[0].id, { reason: 'spam' });
    const url = `/api/forum-moderation/posts/${thread.posts.items[0].id}/close-reports`;
    expect((await t.api.post(url, { outcome: 'ignored' }, as(trainerA))).status).toBe(400);
    expect((await t.api.post(url, { outcome: 'dismissed' }, as(classmate))).status).toBe(403);
    expect((await t.api.post(url, { outcome: 'dismissed', note: 'Bukan spam' }, as(trainerA))).status).toBe(204);
    expect((await t.api.post(url, { outcome: 'dismissed' }, as(trainerA))).status).toBe(409);
    // Closed: the same person may report it again.
    expect((await report(learner, thread.posts.items[0].id, { reason: 'spam' })).status).toBe(201);
  });

  it('locks, pins and moves threads only within forums the moderator moderates', async () => {
    const thread = await newThread(learner, forumA.id, 'Tanya soal tajuk subjek');
    const url = `/api/forum-moderation/threads/${thread.thread.id}`;
    expect((await t.api.patch(url, {}, as(trainerA))).status).toBe(400);
    expect((await t.api.patch(url, { locked: true }, as(learner))).status).toBe(403);
    expect((await t.api.patch(url, { locked: true, pinned: true }, as(trainerA))).status).toBe(204);
    const locked = await page(learner, thread.thread.id);
    expect(locked.thread).toMatchObject({ locked: true, pinned: true, mayReply: false });
    const refused = await t.api.post(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: 'Boleh saya tambahkan?' },
      as(classmate),
    );
    expect(refused.status).toBe(423);
    const board = await t.api.get<Page<ThreadSummary>>(`/api/forums/${forumA.id}/threads`, as(learner));
    expect(board.body.items[0]).toMatchObject({ id: thread.thread.id, pinned: true });

    // Course A's trainer moderates no community category and nothing of course B.
    const umum = community.find((forum) => forum.title === 'Umum') as ForumSummary;
    expect((await t.api.patch(url, { forumId: umum.id, reason: 'Lebih cocok di Umum' }, as(trainerA))).status).toBe(
      403,
    );
    expect((await t.api.patch(url, { forumId: forumB.id, reason: 'Lebih cocok di sana' }, as(trainerA))).status).toBe(
      404,
    );
    expect((await t.api.patch(url, { forumId: umum.id }, as(coordinator))).status).toBe(400);
    const moved = await t.api.patch(url, { forumId: umum.id, reason: 'Lebih cocok di Umum' }, as(coordinator));
    expect(moved.status).toBe(204);
    expect((await page(coordinator, thread.thread.id)).thread.forum).toMatchObject({ id: umum.id });
    expect((await t.api.patch(url, { forumId: umum.id, reason: 'Sekali lagi' }, as(coordinator))).status).toBe(422);
  });

  it('suspends a member: every write is refused with the end date, moderators lift it', async () => {
    const thread = await newThread(learner, forumA.id, 'Berbagi contoh kebijakan pengembangan koleksi');
    const body = { userId: classmate.id, forumId: forumA.id, days: 3, reason: 'Berulang kali menulis kasar' };
    expect((await t.api.post('/api/forum-moderation/suspensions', body, as(trainerB))).status).toBe(404);
    expect((await t.api.post('/api/forum-moderation/suspensions', { ...body, days: 0 }, as(trainerA))).status).toBe(
      400,
    );
    expect(
      (await t.api.post('/api/forum-moderation/suspensions', { ...body, userId: otherLearner.id }, as(trainerA)))
        .status,
    ).toBe(404);
    const created = await t.api.post<ForumSuspension>('/api/forum-moderation/suspensions', body, as(trainerA));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ member: { fullName: 'Budi Santoso' }, forum: { id: forumA.id } });

    const refused = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: 'Saya ingin membalas' },
      as(classmate),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forum.suspended');
    expect(refused.body.message).toMatch(/sampai \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}\.\d{2} WIB/);
    expect(
      (
        await t.api.post(
          `/api/forums/${forumA.id}/threads`,
          { title: 'Topik baru saya', bodyMarkdown: 'Isi' },
          as(classmate),
        )
      ).status,
    ).toBe(403);
    expect(
      (await t.api.put(`/api/forum-posts/${thread.posts.items[0].id}/thanks`, undefined, as(classmate))).status,
    ).toBe(403);
    // The community forum is not touched by a course suspension.
    const umum = community.find((forum) => forum.title === 'Umum') as ForumSummary;
    await newThread(classmate, umum.id, 'Salam kenal dari Yogyakarta');

    const listed = await t.api.get<ForumSuspension[]>('/api/forum-moderation/suspensions', as(trainerA));
    expect(listed.body.map((each) => each.id)).toContain(created.body.id);
    expect((await t.api.delete(`/api/forum-moderation/suspensions/${created.body.id}`, as(trainerB))).status).toBe(404);
    expect((await t.api.delete(`/api/forum-moderation/suspensions/${created.body.id}`, as(trainerA))).status).toBe(204);
    await reply(classmate, thread.thread.id, 'Terima kasih, saya akan lebih santun.');

    // A community-wide suspension is the coordinators' to give.
    const wide = { userId: classmate.id, forumId: null, days: 1, reason: 'Mengirim iklan ke semua kategori' };
    expect((await t.api.post('/api/forum-moderation/suspensions', wide, as(trainerA))).status).toBe(403);
    expect((await t.api.post('/api/forum-moderation/suspensions', wide, as(coordinator))).status).toBe(201);
    const blocked = await t.api.post<ApiErrorBody>(
      `/api/forums/${umum.id}/threads`,
      { title: 'Promo buku murah', bodyMarkdown: 'Beli di sini' },
      as(classmate),
    );
    expect(blocked.status).toBe(403);
  });

  it('gives the moderator role the community forum, and nothing of the course forums', async () => {
    const moderator = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['learner', 'moderator'], fullName: 'Nur Aini' }),
    );
    const umum = community.find((forum) => forum.title === 'Umum') as ForumSummary;
    const thread = await newThread(learner, umum.id, 'Jual buku bekas murah sekali');
    await report(classmate, thread.posts.items[0].id, { reason: 'spam' });
    const forums = (await t.api.get<ModeratedForum[]>('/api/forum-moderation/forums', as(moderator))).body;
    expect(forums).toHaveLength(5);
    expect(forums.every((forum) => forum.kind === 'community')).toBe(true);
    expect((await queue(moderator)).map((item) => item.post.id)).toEqual([thread.posts.items[0].id]);
    const hide = await t.api.post(
      `/api/forum-moderation/posts/${thread.posts.items[0].id}/hide`,
      { reason: 'Iklan dagang' },
      as(moderator),
    );
    expect(hide.status).toBe(204);
    expect((await t.api.get(`/api/forums/${forumA.id}`, as(moderator))).status).toBe(404);
  });

  it('writes every action to the log, which moderators read for their own forums only', async () => {
    const forA = await log(trainerA);
    const actions = new Set(forA.map((entry) => entry.action));
    for (const action of ['post-hidden', 'post-restored', 'reports-dismissed', 'thread-locked', 'thread-pinned']) {
      expect(actions).toContain(action);
    }
    expect(actions).toContain('member-suspended');
    expect(forA.every((entry) => entry.forum?.id === forumA.id)).toBe(true);
    const hidden = forA.find((entry) => entry.action === 'post-hidden') as ForumModerationLogEntry;
    expect(hidden).toMatchObject({
      actor: { fullName: 'Siti Rahma' },
      subject: { fullName: 'Budi Santoso' },
      reason: 'Bahasa kasar',
      thread: { title: 'Pengolahan koleksi langka' },
    });
    expect((await log(trainerB)).some((entry) => entry.forum?.id === forumA.id)).toBe(false);
    const all = await log(coordinator);
    expect(all.map((entry) => entry.action)).toEqual(expect.arrayContaining(['thread-moved', 'member-suspended']));
    expect(all.find((entry) => entry.action === 'thread-moved')?.detail).toBe('Katalogisasi dengan RDA → Umum');
    expect((await t.api.get('/api/forum-moderation/log', as(learner))).status).toBe(403);
  });
});
