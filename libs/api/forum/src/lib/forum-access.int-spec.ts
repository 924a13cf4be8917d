import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type {
  ApiErrorBody,
  ForumHome,
  ForumPost,
  ForumSearchHit,
  ForumSummary,
  NotificationInbox,
  Page,
  UserRef,
} from '@bina-pustaka/shared-contracts';

describe('forum: course forums, search and who may see what', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let classmate: SignedInUser;
  let stranger: SignedInUser;
  let courseForum: ForumSummary;
  let community: ForumHome['community'];

  const { as, newThread } = forumRequests(() => t);
  const search = async (who: SignedInUser, query: string) =>
    (await t.api.get<Page<ForumSearchHit>>(`/api/forum-search?${query}`, as(who))).body;

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    classmate = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi Santoso' }));
    stranger = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewanto Asing' }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    const enrolled = await t.api.post(
      `/api/cohorts/${cohort.id}/enrolments`,
      { userIds: [learner.id, classmate.id] },
      as(coordinator),
    );
    expect(enrolled.status).toBeLessThan(300);
    // The stranger learns in another course: its forum is theirs, this one is not.
    const other = await publishedCourse(t.api, trainer.token, { title: 'Literasi Digital' });
    const otherCohort = await runningCohort(t.api, coordinator.token, other.id);
    await t.api.post(`/api/cohorts/${otherCohort.id}/enrolments`, { userIds: [stranger.id] }, as(coordinator));
    courseForum = (await t.api.get<ForumSummary>(`/api/forums/course/${course.id}`, as(learner))).body;
    community = (await t.api.get<ForumHome>('/api/forums', as(learner))).body.community;
  });
  afterAll(() => t.close());

  it('makes a course’s forum when the course is published, before anyone opens it', async () => {
    const course = await publishedCourse(t.api, trainer.token, { title: 'Pelestarian Naskah Kuno' });
    // Nobody has read any forum since: the row is there because publishing made it.
    expect(await t.db.query(`SELECT kind FROM forums WHERE course_id = $1`, [course.id])).toEqual([{ kind: 'course' }]);
    const home = (await t.api.get<ForumHome>('/api/forums', as(trainer))).body;
    expect(home.courses.find((forum) => forum.courseId === course.id)).toMatchObject({
      title: 'Pelestarian Naskah Kuno',
      mayModerate: true,
    });
    const forStranger = (await t.api.get<ForumHome>('/api/forums', as(stranger))).body;
    expect(forStranger.courses.map((forum) => forum.courseId)).not.toContain(course.id);
  });

  it('opens a course forum to its learners and trainers only; the trainer moderates', async () => {
    expect(courseForum).toMatchObject({ kind: 'course', title: 'Katalogisasi dengan RDA', mayModerate: false });
    const byTrainer = await t.api.get<ForumSummary>(`/api/forums/${courseForum.id}`, as(trainer));
    expect(byTrainer.body).toMatchObject({ id: courseForum.id, mayModerate: true });
    expect((await t.api.get<ForumHome>('/api/forums', as(learner))).body.courses.map((f) => f.id)).toEqual([
      courseForum.id,
    ]);
    expect((await t.api.get<ForumHome>('/api/forums', as(stranger))).body.courses.map((f) => f.title)).toEqual([
      'Literasi Digital',
    ]);

    const thread = await newThread(learner, courseForum.id, {
      kind: 'question',
      title: 'Ruas 264 atau 260?',
      bodyMarkdown: 'Untuk buku terbitan 2024, ruas mana yang dipakai?',
    });
    const answer = (
      await t.api.post<ForumPost>(
        `/api/forum-threads/${thread.thread.id}/posts`,
        { bodyMarkdown: 'Gunakan 264 dengan indikator kedua 1.' },
        as(trainer),
      )
    ).body;
    for (const [path, method] of [
      [`/api/forums/${courseForum.id}`, 'GET'],
      [`/api/forums/${courseForum.id}/threads`, 'GET'],
      [`/api/forum-threads/${thread.thread.id}`, 'GET'],
      [`/api/forum-threads/${thread.thread.id}/posts`, 'POST'],
      [`/api/forum-posts/${answer.id}/thanks`, 'PUT'],
    ]) {
      const body = method === 'POST' ? { bodyMarkdown: 'Ikut bertanya' } : undefined;
      const response = await t.api.request<ApiErrorBody>(method, path, body, as(stranger));
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    const other = await t.api.get<ApiErrorBody>(`/api/forums/course/${courseForum.courseId}`, as(stranger));
    expect(other.status).toBe(404);

    // The trainer moderates: marks the answer of a learner's question, reads edit history.
    expect(
      (await t.api.put(`/api/forum-threads/${thread.thread.id}/answer`, { postId: answer.id }, as(trainer))).status,
    ).toBe(204);
    const edited = await t.api.patch<ForumPost>(
      `/api/forum-posts/${thread.posts.items[0].id}`,
      { bodyMarkdown: 'Untuk buku terbitan 2024 (cetakan kedua), ruas mana?' },
      as(learner),
    );
    expect(edited.status).toBe(200);
    const history = await t.api.get(`/api/forum-posts/${thread.posts.items[0].id}/revisions`, as(trainer));
    expect(history.status).toBe(200);
    // The asker watches their question: the trainer's reply reached them.
    expect((await t.api.get<NotificationInbox>('/api/me/notifications', as(learner))).body.items[0]).toMatchObject({
      kind: 'forum-reply',
      params: { thread: 'Ruas 264 atau 260?', author: 'Siti Rahma' },
    });
  });

  it('mentions and suggests only people who may read the forum', async () => {
    const people = async (forumId: string, q: string) =>
      (await t.api.get<UserRef[]>(`/api/forums/${forumId}/people?q=${q}`, as(learner))).body.map((p) => p.fullName);
    expect(await people(courseForum.id, 'De')).toEqual(['Dewi Lestari']);
    expect(await people(courseForum.id, 'a')).toEqual(['Budi Santoso', 'Dewi Lestari', 'Siti Rahma']);
    expect(await people(community[0].id, 'De')).toEqual(['Dewanto Asing', 'Dewi Lestari']);

    const thread = await newThread(learner, courseForum.id, {
      title: 'Latihan modul dua',
      bodyMarkdown: 'Siapa yang sudah?',
    });
    const refused = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: `Coba tanya [@Dewanto](mention:${stranger.id})` },
      as(learner),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('forum.mentionUnknown');
    const ok = await t.api.post<ForumPost>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: `Coba tanya [@Budi](mention:${classmate.id})` },
      as(learner),
    );
    expect(ok.status).toBe(201);
  });

  it('searches in Indonesian with stemming, in readable forums only, never deleted posts', async () => {
    const koleksi = community.find((forum) => forum.title === 'Pengelolaan Koleksi') as ForumSummary;
    const thread = await newThread(learner, koleksi.id, {
      title: 'Koleksi langka di perpustakaan daerah',
      bodyMarkdown: 'Kami sedang **mengelola** naskah kuno & peta lama, x<y.',
    });
    const stemmed = await search(stranger, 'q=pengelolaan');
    expect(stemmed.items).toEqual([
      expect.objectContaining({
        postId: thread.posts.items[0].id,
        threadTitle: 'Koleksi langka di perpustakaan daerah',
        forumTitle: 'Pengelolaan Koleksi',
        author: { id: learner.id, fullName: 'Dewi Lestari' },
      }),
    ]);
    expect(stemmed.items[0].snippetHtml).toContain('<mark>mengelola</mark>');
    expect(stemmed.items[0].snippetHtml).toContain('naskah kuno &amp; peta lama');
    // A title matches too, shown as its opening post.
    expect((await search(stranger, 'q=langka')).items.map((hit) => hit.seq)).toEqual([1]);

    const secret = await newThread(classmate, courseForum.id, {
      title: 'Pengolahan arsip angkatan',
      bodyMarkdown: 'Daftar arsip inventaris milik angkatan kita.',
    });
    expect((await search(stranger, 'q=inventaris')).total).toBe(0);
    expect((await search(learner, 'q=inventaris')).items.map((hit) => hit.threadId)).toEqual([secret.thread.id]);
    expect((await search(learner, `q=inventaris&forumId=${koleksi.id}`)).total).toBe(0);
    expect((await search(learner, `q=inventaris&authorId=${learner.id}`)).total).toBe(0);
    expect((await search(learner, 'q=inventaris&to=2020-01-01')).total).toBe(0);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await search(learner, `q=inventaris&from=${today}&to=${today}`)).total).toBe(1);

    await t.api.post(`/api/forum-posts/${secret.posts.items[0].id}/delete`, {}, as(classmate));
    expect((await search(learner, 'q=inventaris')).total).toBe(0);
    const bad = await t.api.get<ApiErrorBody>('/api/forum-search?q=a', as(learner));
    expect(bad.status).toBe(400);
  });

  it('tells nobody who may no longer read the forum', async () => {
    const thread = await newThread(learner, courseForum.id, {
      title: 'Jadwal praktik',
      bodyMarkdown: 'Kapan praktik?',
    });
    await t.api.put(`/api/forum-threads/${thread.thread.id}/watch`, undefined, as(classmate));
    const before = (await t.api.get<NotificationInbox>('/api/me/notifications', as(classmate))).body.items.length;
    await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE user_id = $1`, [classmate.id]);
    await t.api.post(`/api/forum-threads/${thread.thread.id}/posts`, { bodyMarkdown: 'Kamis pagi.' }, as(trainer));
    const after = (await t.api.get<NotificationInbox>('/api/me/notifications', as(classmate))).body.items.length;
    expect(after).toBe(before);
    expect((await t.api.get(`/api/forum-threads/${thread.thread.id}`, as(classmate))).status).toBe(404);
  });
});
