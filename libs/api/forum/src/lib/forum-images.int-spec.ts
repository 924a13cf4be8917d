import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort, SAMPLE_PNG, upload } from '@bina-pustaka/api-learning/testing';
import { APP_CONFIG, REDIS, UrlSignerService, type AppConfig } from '@bina-pustaka/api-platform';
import type { ApiErrorBody, ForumSummary, StoredFile } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';

/**
 * Images in posts: uploaded through the forum by someone who may write there, shown as
 * links signed per viewer, and readable only by those who may read a post showing them.
 */
describe('forum: images in posts', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let classmate: SignedInUser;
  let stranger: SignedInUser;
  let forum: ForumSummary;

  const { as, reply, page, newThread } = forumRequests(() => t);
  const uploadImage = (who: SignedInUser, fields: Record<string, string>, bytes: Uint8Array = SAMPLE_PNG) =>
    t.api.upload<StoredFile & ApiErrorBody>('/api/forum-images', fields, { name: 'peta.png', bytes }, as(who));
  /** The file's address as the server would sign it for this person (what a leaked link would be). */
  const signedFor = (fileId: string, who: SignedInUser) =>
    `/api/files/${fileId}/content?${t.app.get(UrlSignerService).signedQuery(fileId, who.id)}`;
  const imageSource = (html: string) => /<img src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    classmate = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi Santoso' }));
    stranger = await signIn(t.api, await createTestUser(t.db, { fullName: 'Ayu Pratiwi' }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [learner.id, classmate.id] }, as(coordinator));
    forum = (await t.api.get<ForumSummary>(`/api/forums/course/${course.id}`, as(learner))).body;
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.app.get<AppConfig>(APP_CONFIG).redis.prefix}:rl:forum-write*`);
    if (keys.length) await redis.del(...keys);
  });

  it('serves a posted image to readers of the forum only, each through a link signed for them', async () => {
    const uploaded = await uploadImage(learner, { forumId: forum.id });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ purpose: 'forum-image', contentType: 'image/png' });
    const fileId = uploaded.body.id;
    // Not in any post yet: its uploader alone reads it.
    expect((await t.api.download(uploaded.body.url)).status).toBe(200);
    expect((await t.api.download(signedFor(fileId, classmate))).status).toBe(404);

    const thread = await newThread(trainer, forum.id, { title: 'Peta ruang koleksi' });
    const post = await reply(learner, thread.thread.id, `Denah kami: ![denah lantai 2](file:${fileId})`);
    expect(post.bodyHtml).toContain('alt="denah lantai 2"');
    const seen = (await page(classmate, thread.thread.id)).posts.items.find((each) => each.id === post.id);
    const source = imageSource(seen?.bodyHtml ?? '');
    expect(source).toMatch(new RegExp(`^/api/files/${fileId}/content\\?`));
    const served = await t.api.download(source ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');

    // Someone outside the course, with a link signed for them, gets nothing.
    expect((await t.api.download(signedFor(fileId, stranger))).status).toBe(404);
    // Once the post is deleted, only its uploader and staff read the file.
    await t.api.post(`/api/forum-posts/${post.id}/delete`, {}, as(learner));
    expect((await t.api.download(signedFor(fileId, classmate))).status).toBe(404);
  });

  it("refuses someone else's image, another purpose's file and images from elsewhere", async () => {
    const thread = await newThread(trainer, forum.id, { title: 'Foto kegiatan literasi' });
    const others = (await uploadImage(classmate, { forumId: forum.id })).body.id;
    const taken = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: `![foto](file:${others})` },
      as(learner),
    );
    expect(taken.status).toBe(422);
    expect(taken.body).toMatchObject({
      code: 'forum.imageUnknown',
      message: expect.stringContaining('Sisipkan gambar'),
    });
    const lessonImage = await upload(t.api, trainer.token, 'lesson-image', 'x.png', SAMPLE_PNG);
    const wrongPurpose = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${thread.thread.id}/posts`,
      { bodyMarkdown: `![x](file:${lessonImage.id})` },
      as(trainer),
    );
    expect(wrongPurpose.body.code).toBe('forum.imageUnknown');
    const outside = await reply(
      learner,
      thread.thread.id,
      '![x](https://contoh.example/x.png) ![y](javascript:alert(1))',
    );
    expect(outside.bodyHtml).not.toContain('<img');
  });

  it('takes uploads only from writers of that forum, of image types, with the forum first', async () => {
    expect((await uploadImage(stranger, { forumId: forum.id })).status).toBe(404);
    const text = await uploadImage(learner, { forumId: forum.id }, Buffer.from('bukan gambar'));
    expect(text.status).toBe(415);
    const noForum = await uploadImage(learner, {});
    expect(noForum.status).toBe(400);
    expect(noForum.body.code).toBe('forum.imageFieldFirst');
    await t.api.post(
      '/api/forum-moderation/suspensions',
      { userId: classmate.id, forumId: forum.id, days: 1, reason: 'Berulang kali kasar' },
      as(trainer),
    );
    const suspended = await uploadImage(classmate, { forumId: forum.id });
    expect(suspended.status).toBe(403);
    expect(suspended.body.code).toBe('forum.suspended');
  });
});
