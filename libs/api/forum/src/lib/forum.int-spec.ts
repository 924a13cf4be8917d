import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type {
  ApiErrorBody,
  ForumHome,
  ForumPost,
  ForumPostRevision,
  ForumSummary,
  ForumThreadPage,
  Page,
  PostThanks,
  ThreadSummary,
} from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';

describe('forum: threads, posts, answers, watches and reading', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let dewi: SignedInUser;
  let budi: SignedInUser;
  let ayu: SignedInUser;
  let rizky: SignedInUser;
  let forums: ForumHome;

  const { as, reply, page, inbox, ...requests } = forumRequests(() => t);
  const forumId = (title: string) => forums.community.find((forum) => forum.title === title)?.id as string;
  const newThread = (who: SignedInUser, forum: string, fields: Record<string, unknown> = {}) =>
    requests.newThread(who, forumId(forum), fields);
  const mention = (who: SignedInUser, name: string) => `[@${name}](mention:${who.id})`;

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'], fullName: 'Sri Wahyuni' }));
    [dewi, budi, ayu, rizky] = await Promise.all(
      ['Dewi Lestari', 'Budi Santoso', 'Ayu Pratiwi', 'Rizky Ramadhan'].map(async (fullName) =>
        signIn(t.api, await createTestUser(t.db, { fullName })),
      ),
    );
    forums = (await t.api.get<ForumHome>('/api/forums', as(dewi))).body;
  });
  afterAll(() => t.close());

  // Each test starts with a fresh writing allowance; the rate limit has its own test.
  beforeEach(async () => {
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.app.get<AppConfig>(APP_CONFIG).redis.prefix}:rl:forum-write*`);
    if (keys.length) await redis.del(...keys);
  });

  it('lists the five community categories in order, each open to every librarian', () => {
    expect(forums.community.map((forum) => forum.title)).toEqual([
      'Layanan Referensi',
      'Teknologi Informasi',
      'Pengelolaan Koleksi',
      'Literasi Informasi',
      'Umum',
    ]);
    expect(forums.community.every((forum) => forum.description.length > 10 && !forum.mayModerate)).toBe(true);
    expect(forums.courses).toEqual([]);
  });

  it('answers a question: only its author or a moderator marks a reply, and the answer is shown under it', async () => {
    const question = await newThread(dewi, 'Pengelolaan Koleksi', { kind: 'question' });
    const threadId = question.thread.id;
    expect(question.thread).toMatchObject({ kind: 'question', mayMarkAnswer: true, watching: true, lastSeq: 1 });
    const budiReply = await reply(budi, threadId, 'Pakai kriteria MUSTIE.');
    const ayuReply = await reply(ayu, threadId, 'Catat di buku induk.', budiReply.id);
    expect(ayuReply.quote).toMatchObject({ postId: budiReply.id, author: { fullName: 'Budi Santoso' } });

    const byOther = await t.api.put<ApiErrorBody>(
      `/api/forum-threads/${threadId}/answer`,
      { postId: budiReply.id },
      as(rizky),
    );
    expect(byOther.status).toBe(403);
    expect(byOther.body.code).toBe('forum.notYourThread');
    const opening = question.posts.items[0].id;
    const notAReply = await t.api.put<ApiErrorBody>(
      `/api/forum-threads/${threadId}/answer`,
      { postId: opening },
      as(dewi),
    );
    expect(notAReply.body.code).toBe('forum.answerUnknown');

    const unanswered = async () =>
      (
        await t.api.get<Page<ThreadSummary>>(
          `/api/forums/${forumId('Pengelolaan Koleksi')}/threads?unanswered=true`,
          as(rizky),
        )
      ).body.items.map((item) => item.id);
    expect(await unanswered()).toContain(threadId);
    expect((await t.api.put(`/api/forum-threads/${threadId}/answer`, { postId: budiReply.id }, as(dewi))).status).toBe(
      204,
    );
    expect(await unanswered()).not.toContain(threadId);
    const answered = await page(rizky, threadId);
    expect(answered.thread.answer).toMatchObject({ id: budiReply.id, isAnswer: true });
    expect(answered.thread.mayMarkAnswer).toBe(false);
    expect(answered.posts.items.map((post) => post.isAnswer)).toEqual([false, true, false]);
    const told = (await inbox(budi)).filter((n) => n.kind === 'forum-answer');
    expect(told).toEqual([
      expect.objectContaining({ params: { thread: 'Cara menyiangi koleksi lama', author: 'Dewi Lestari' } }),
    ]);
    expect(told[0].link).toBe(`/forum/topik/${threadId}#post-2`);

    // Its author (or a moderator) may retitle it; nobody else.
    const retitle = (who: SignedInUser) =>
      t.api.patch<ApiErrorBody>(`/api/forum-threads/${threadId}`, { title: 'Kriteria penyiangan koleksi' }, as(who));
    expect((await retitle(budi)).status).toBe(403);
    expect((await retitle(dewi)).status).toBe(200);
    // A moderator may change it; a discussion has no answer at all.
    expect((await t.api.delete(`/api/forum-threads/${threadId}/answer`, as(coordinator))).status).toBe(204);
    expect((await page(dewi, threadId)).thread.answer).toBeNull();
    const discussion = await newThread(dewi, 'Umum');
    const onDiscussion = await t.api.put<ApiErrorBody>(
      `/api/forum-threads/${discussion.thread.id}/answer`,
      { postId: opening },
      as(dewi),
    );
    expect(onDiscussion.body.code).toBe('forum.notAQuestion');
  });

  it("thanks a post, once per person, never one's own", async () => {
    const thread = await newThread(dewi, 'Umum');
    const postId = thread.posts.items[0].id;
    const thanked = await t.api.put<PostThanks>(`/api/forum-posts/${postId}/thanks`, undefined, as(budi));
    expect(thanked.body).toEqual({ count: 1, byMe: true, names: ['Budi'] });
    await t.api.put(`/api/forum-posts/${postId}/thanks`, undefined, as(budi));
    await t.api.put(`/api/forum-posts/${postId}/thanks`, undefined, as(ayu));
    expect((await page(dewi, thread.thread.id)).posts.items[0].thanks).toEqual({
      count: 2,
      byMe: false,
      names: ['Budi', 'Ayu'],
    });
    const own = await t.api.put<ApiErrorBody>(`/api/forum-posts/${postId}/thanks`, undefined, as(dewi));
    expect(own.status).toBe(422);
    expect(own.body.code).toBe('forum.thanksOwn');
    const back = await t.api.delete<PostThanks>(`/api/forum-posts/${postId}/thanks`, as(budi));
    expect(back.body).toEqual({ count: 1, byMe: false, names: ['Ayu'] });
  });

  it('mentions notify the person and show their current name; unknown people are refused', async () => {
    const thread = await newThread(dewi, 'Layanan Referensi');
    const post = await reply(budi, thread.thread.id, `Menurut saya ${mention(ayu, 'Ayu')} paling paham soal ini.`);
    expect(post.bodyHtml).toContain('<strong class="mention">@Ayu Pratiwi</strong>');
    expect((await inbox(ayu)).filter((n) => n.kind === 'forum-mention')).toEqual([
      expect.objectContaining({ params: { thread: thread.thread.title, author: 'Budi Santoso' } }),
    ]);
    await t.db.query(`UPDATE users SET full_name = 'Ayu Pratiwi, S.IP.' WHERE id = $1`, [ayu.id]);
    expect((await page(dewi, thread.thread.id)).posts.items[1].bodyHtml).toContain('@Ayu Pratiwi, S.IP.');
    await t.db.query(`UPDATE users SET full_name = 'Ayu Pratiwi' WHERE id = $1`, [ayu.id]);

    for (const target of ['0b5c3a52-6f6e-4b8e-9a43-2c1d5e7f8a90', 'ayu']) {
      const unknown = await t.api.post<ApiErrorBody>(
        `/api/forum-threads/${thread.thread.id}/posts`,
        { bodyMarkdown: `Halo [@Siapa](mention:${target})` },
        as(budi),
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('forum.mentionUnknown');
    }
  });

  it('tells watchers once per post, the mentioned only of the mention, and never the writer', async () => {
    const thread = await newThread(dewi, 'Teknologi Informasi', { title: 'Migrasi SLiMS 9' });
    const threadId = thread.thread.id;
    await reply(budi, threadId, 'Sudah kami coba bulan lalu.');
    expect((await t.api.put(`/api/forum-threads/${threadId}/watch`, undefined, as(ayu))).status).toBe(204);
    const before = await Promise.all([dewi, budi, ayu].map(inbox));
    await reply(dewi, threadId, `Terima kasih ${mention(ayu, 'Ayu')} dan ${mention(dewi, 'saya')}!`);
    const after = await Promise.all([dewi, budi, ayu].map(inbox));
    const fresh = after.map((items, index) => items.slice(0, items.length - before[index].length).map((n) => n.kind));
    expect(fresh).toEqual([[], ['forum-reply'], ['forum-mention']]);

    // Unwatching stops replies; watching a forum brings its new threads.
    await t.api.delete(`/api/forum-threads/${threadId}/watch`, as(budi));
    await reply(ayu, threadId, 'Sama-sama.');
    expect((await inbox(budi)).length).toBe(after[1].length);
    const umum = forumId('Umum');
    expect((await t.api.put(`/api/forums/${umum}/watch`, undefined, as(rizky))).status).toBe(204);
    expect((await t.api.get<ForumSummary>(`/api/forums/${umum}`, as(rizky))).body.watching).toBe(true);
    await newThread(budi, 'Umum', { title: 'Halo semua pustakawan' });
    expect((await inbox(rizky))[0]).toMatchObject({
      kind: 'forum-thread',
      params: { thread: 'Halo semua pustakawan', author: 'Budi Santoso', forum: 'Umum' },
    });
    await t.api.delete(`/api/forums/${umum}/watch`, as(rizky));
  });

  it('tracks reading: unread counts per thread and forum, the first unread post, never backwards', async () => {
    const literasi = forumId('Literasi Informasi');
    const thread = await newThread(dewi, 'Literasi Informasi');
    const threadId = thread.thread.id;
    await reply(budi, threadId, 'Satu');
    await reply(budi, threadId, 'Dua');
    const list = (await t.api.get<Page<ThreadSummary>>(`/api/forums/${literasi}/threads`, as(rizky))).body;
    expect(list.items[0]).toMatchObject({ id: threadId, replyCount: 2, unreadCount: 3 });
    expect((await t.api.get<ForumSummary>(`/api/forums/${literasi}`, as(rizky))).body).toMatchObject({
      threadCount: 1,
      postCount: 3,
      unreadCount: 3,
    });
    expect((await page(rizky, threadId)).thread.firstUnreadSeq).toBe(1);
    const read = (upToSeq: number) => t.api.post(`/api/forum-threads/${threadId}/read`, { upToSeq }, as(rizky));
    expect((await read(2)).status).toBe(204);
    expect((await page(rizky, threadId)).thread.firstUnreadSeq).toBe(3);
    await read(1);
    expect((await page(rizky, threadId)).thread.firstUnreadSeq).toBe(3);
    await read(99);
    expect((await page(rizky, threadId)).thread).toMatchObject({ firstUnreadSeq: null, lastSeq: 3 });
    await reply(budi, threadId, 'Tiga');
    expect((await page(rizky, threadId)).thread.firstUnreadSeq).toBe(4);
    // What one writes counts as read.
    expect((await page(budi, threadId)).thread.firstUnreadSeq).toBeNull();
    expect((await page(dewi, threadId)).thread.firstUnreadSeq).toBe(2);
    expect((await t.api.get<ForumSummary>(`/api/forums/${literasi}`, as(rizky))).body.unreadCount).toBe(1);
    const home = (await t.api.get<ForumHome>('/api/forums', as(rizky))).body;
    expect(home.community.find((forum) => forum.id === literasi)?.unreadCount).toBe(1);
  });

  it('pages a long thread 50 posts at a time in order, with the same total on every page and past the end', async () => {
    const opened = await newThread(coordinator, 'Umum', { title: 'Ronde tanya jawab panjang' });
    const threadId = opened.thread.id;
    // A moderator is not rate limited: 51 replies make 52 posts, two pages.
    for (let n = 2; n <= 52; n += 1) await reply(coordinator, threadId, `Balasan nomor ${n}`);
    const at = async (n: number) =>
      (await t.api.get<ForumThreadPage>(`/api/forum-threads/${threadId}?page=${n}`, as(dewi))).body.posts;
    const [first, second, past] = [await at(1), await at(2), await at(3)];
    expect(first).toMatchObject({ total: 52, page: 1, pageSize: 50 });
    expect(first.items.map((post) => post.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(second).toMatchObject({ total: 52, page: 2 });
    expect(second.items.map((post) => [post.seq, post.bodyHtml.trim()])).toEqual([
      [51, '<p>Balasan nomor 51</p>'],
      [52, '<p>Balasan nomor 52</p>'],
    ]);
    expect(second.items[1]).toMatchObject({ author: { fullName: 'Sri Wahyuni' }, deleted: null, held: false });
    expect(Date.parse(second.items[1].createdAt)).toBeGreaterThan(Date.parse(second.items[0].createdAt));
    expect(past).toEqual({ items: [], total: 52, page: 3, pageSize: 50 });
  });

  it('keeps the old text of an edited post; only moderators read the history', async () => {
    const thread = await newThread(dewi, 'Umum');
    const post = await reply(budi, thread.thread.id, 'Versi pertama');
    expect(post).toMatchObject({ mayEdit: true, bodyMarkdown: 'Versi pertama' });
    expect((await page(dewi, thread.thread.id)).posts.items[1].bodyMarkdown).toBeNull();
    const byOther = await t.api.patch<ApiErrorBody>(`/api/forum-posts/${post.id}`, { bodyMarkdown: 'Ganti' }, as(dewi));
    expect(byOther.status).toBe(403);
    const edited = await t.api.patch<ForumPost>(
      `/api/forum-posts/${post.id}`,
      { bodyMarkdown: 'Versi **kedua**' },
      as(budi),
    );
    expect(edited.body.bodyHtml).toContain('<strong>kedua</strong>');
    expect(edited.body.editedAt).not.toBeNull();
    const history = (who: SignedInUser) =>
      t.api.get<ForumPostRevision[]>(`/api/forum-posts/${post.id}/revisions`, as(who));
    expect((await history(budi)).status).toBe(403);
    const revisions = (await history(coordinator)).body;
    expect(revisions).toEqual([
      expect.objectContaining({
        bodyHtml: '<p>Versi pertama</p>\n',
        editor: { id: budi.id, fullName: 'Budi Santoso' },
      }),
    ]);
  });

  it('lets authors delete within the window, moderators any time with a reason', async () => {
    const thread = await newThread(dewi, 'Umum');
    const fresh = await reply(budi, thread.thread.id, 'Salah kirim');
    const deleted = await t.api.post<ForumPost>(`/api/forum-posts/${fresh.id}/delete`, {}, as(budi));
    expect(deleted.body).toMatchObject({
      bodyHtml: '',
      bodyMarkdown: null,
      deleted: { byModerator: false, reason: null },
    });

    const old = await reply(budi, thread.thread.id, 'Tulisan lama');
    await t.db.query(`UPDATE forum_posts SET created_at = now() - interval '31 minutes' WHERE id = $1`, [old.id]);
    const late = await t.api.post<ApiErrorBody>(`/api/forum-posts/${old.id}/delete`, {}, as(budi));
    expect(late.status).toBe(403);
    expect(late.body.code).toBe('forum.deleteWindowPassed');
    expect(late.body.message).toContain('30 menit');
    const noReason = await t.api.post<ApiErrorBody>(`/api/forum-posts/${old.id}/delete`, {}, as(coordinator));
    expect(noReason.status).toBe(422);
    const byModerator = await t.api.post<ForumPost>(
      `/api/forum-posts/${old.id}/delete`,
      { reason: 'Berisi data pribadi pemustaka' },
      as(coordinator),
    );
    expect(byModerator.body.deleted).toMatchObject({ byModerator: true, reason: 'Berisi data pribadi pemustaka' });
  });

  it('refuses replies to a locked thread, except from moderators', async () => {
    const thread = await newThread(dewi, 'Umum');
    await t.db.query(`UPDATE forum_threads SET locked = true WHERE id = $1`, [thread.thread.id]);
    const refused = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: 'Boleh saya tambahkan?' },
      as(budi),
    );
    expect(refused.status).toBe(423);
    expect(refused.body.message).toContain('dikunci');
    expect((await page(budi, thread.thread.id)).thread.mayReply).toBe(false);
    expect((await reply(coordinator, thread.thread.id, 'Topik ini ditutup.')).seq).toBe(2);
  });

  it('limits members to six posts a minute with a clear message; moderators are not limited', async () => {
    const thread = await newThread(rizky, 'Umum');
    for (let n = 2; n <= 6; n += 1) await reply(rizky, thread.thread.id, `Balasan ${n}`);
    const tooFast = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: 'Satu lagi' },
      as(rizky),
    );
    expect(tooFast.status).toBe(429);
    expect(tooFast.body.code).toBe('forum.tooFast');
    expect(tooFast.body.message).toMatch(/tunggu \d+ detik/);
    for (let n = 0; n < 8; n += 1) await reply(coordinator, thread.thread.id, `Moderator ${n}`);
  });

  it('stores what people write as inert HTML', async () => {
    const corpus =
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))\n\n' +
      '<svg onload=alert(1)></svg>\n\n<a href="javascript:alert(1)">a</a> [ok](https://perpusnas.go.id)';
    const thread = await newThread(dewi, 'Umum', { title: '<script>alert(1)</script> judul', bodyMarkdown: corpus });
    const html = thread.posts.items[0].bodyHtml;
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<(script|img|svg)|\son\w+=|javascript:/i.test(tag))).toEqual([]);
    expect(html).toContain('<a href="https://perpusnas.go.id" rel="noopener noreferrer" target="_blank">ok</a>');
    expect(thread.thread.title).toBe('<script>alert(1)</script> judul');
  });

  it('answers bad input with clear 4xx messages', async () => {
    const forum = forumId('Umum');
    const empty = await t.api.post<ApiErrorBody>(
      `/api/forums/${forum}/threads`,
      { title: '  ', bodyMarkdown: 'Isi' },
      as(dewi),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.issues?.[0].field).toBe('title');
    const huge = await t.api.post<ApiErrorBody>(
      `/api/forums/${forum}/threads`,
      { title: 'Judul yang cukup', bodyMarkdown: 'a'.repeat(20_001) },
      as(dewi),
    );
    expect(huge.status).toBe(400);
    expect(huge.body.issues?.[0].field).toBe('bodyMarkdown');
    const unknown = await t.api.get<ApiErrorBody>('/api/forums/0b5c3a52-6f6e-4b8e-9a43-2c1d5e7f8a90', as(dewi));
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Forum tidak ditemukan.');
    const one = await newThread(dewi, 'Umum');
    const other = await newThread(dewi, 'Umum');
    const foreignQuote = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${one.thread.id}/posts`,
      { bodyMarkdown: 'Mengutip', quotePostId: other.posts.items[0].id },
      as(budi),
    );
    expect(foreignQuote.status).toBe(422);
    expect(foreignQuote.body.code).toBe('forum.quoteUnknown');
  });
});
