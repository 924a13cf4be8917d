import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { ForumHome, ForumSummary, ForumThreadLinks } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';

/** Links between threads: written with each post, shown only where the viewer may read both ends. */
describe('forum: links between threads', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let stranger: SignedInUser;
  let courseForum: ForumSummary;
  let community: ForumHome['community'];

  const { as, reply, newThread } = forumRequests(() => t);
  const links = async (who: SignedInUser, threadId: string) =>
    (await t.api.get<ForumThreadLinks>(`/api/forum-threads/${threadId}/links`, as(who))).body;
  const ids = (found: ForumThreadLinks) => ({
    linksTo: found.linksTo.map((each) => each.id),
    linkedFrom: found.linkedFrom.map((each) => each.id),
  });

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    stranger = await signIn(t.api, await createTestUser(t.db, { fullName: 'Ayu Pratiwi' }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [learner.id] }, as(coordinator));
    courseForum = (await t.api.get<ForumSummary>(`/api/forums/course/${course.id}`, as(learner))).body;
    community = (await t.api.get<ForumHome>('/api/forums', as(learner))).body.community;
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.app.get<AppConfig>(APP_CONFIG).redis.prefix}:rl:forum-write*`);
    if (keys.length) await redis.del(...keys);
  });

  it('shows both directions, only threads the viewer may read, and follows edits and deletes', async () => {
    const site = t.app.get<AppConfig>(APP_CONFIG).http.publicUrl;
    const secret = (await newThread(trainer, courseForum.id, { title: 'Latihan ruas 264' })).thread.id;
    const open = (await newThread(stranger, community[2].id, { title: 'Penyiangan koleksi lama' })).thread.id;
    const here = (await newThread(learner, community[0].id, { title: 'Rujukan katalogisasi' })).thread.id;
    const post = await reply(
      learner,
      here,
      `Lihat [latihan](/forum/topik/${secret}) dan ${site}/forum/topik/${open}, juga /forum/topik/${here} ` +
        `dan /forum/topik/00000000-0000-4000-8000-000000000000.`,
    );

    // The learner reads both ends; a stranger does not see the course's thread at all.
    expect(ids(await links(learner, here))).toEqual({ linksTo: [open, secret], linkedFrom: [] });
    expect((await links(stranger, here)).linksTo).toEqual([
      { id: open, title: 'Penyiangan koleksi lama', forum: { id: community[2].id, title: community[2].title } },
    ]);
    expect(ids(await links(learner, secret))).toEqual({ linksTo: [], linkedFrom: [here] });
    expect(ids(await links(stranger, open))).toEqual({ linksTo: [], linkedFrom: [here] });
    expect((await t.api.get(`/api/forum-threads/${secret}/links`, as(stranger))).status).toBe(404);

    // An edit rewrites the post's links; a deleted post links nothing.
    const edited = await t.api.patch(
      `/api/forum-posts/${post.id}`,
      { bodyMarkdown: `Cukup [latihan](${site}/forum/topik/${secret}#post-1).` },
      as(learner),
    );
    expect(edited.status).toBe(200);
    expect(ids(await links(stranger, open))).toEqual({ linksTo: [], linkedFrom: [] });
    expect(ids(await links(learner, here))).toEqual({ linksTo: [secret], linkedFrom: [] });
    await t.api.post(`/api/forum-posts/${post.id}/delete`, {}, as(learner));
    expect(ids(await links(learner, secret))).toEqual({ linksTo: [], linkedFrom: [] });
  });

  it('counts a held post only once it is approved, and a held thread not at all', async () => {
    const target = (await newThread(trainer, courseForum.id, { title: 'Tajuk subjek' })).thread.id;
    const from = (await newThread(trainer, courseForum.id, { title: 'Daftar rujukan' })).thread.id;
    await t.api.put(`/api/forum-moderation/forums/${courseForum.id}/settings`, { holdFirstPosts: 5 }, as(trainer));
    const held = await reply(learner, from, `Bandingkan /forum/topik/${target}`);
    expect(held.held).toBe(true);
    const heldThread = await newThread(learner, courseForum.id, {
      title: 'Topik yang ditahan',
      bodyMarkdown: `Lihat /forum/topik/${target}`,
    });
    expect(ids(await links(trainer, target))).toEqual({ linksTo: [], linkedFrom: [] });
    await t.api.post(`/api/forum-moderation/posts/${held.id}/approve`, undefined, as(trainer));
    expect(ids(await links(learner, target))).toEqual({ linksTo: [], linkedFrom: [from] });
    expect(heldThread.thread.held).toBe(true);
  });
});
