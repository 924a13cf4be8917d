import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type {
  ApiErrorBody,
  FocusGroupDetail,
  ForumHome,
  ForumPost,
  ForumSearchHit,
  ForumThreadPage,
  NotificationInbox,
  Page,
  ThreadSummary,
} from '@bina-pustaka/shared-contracts';
import { as, createGroup, FOCUS_GROUP_TEST_APP, signInCast, type GroupCast } from '../testing/focus-group-test-bed';

describe('focus groups: the private forum, privacy and anonymous posts', () => {
  let t: TestApp;
  let cast: GroupCast;
  let group: FocusGroupDetail;
  let threadId: string;

  const newThread = (who: GroupCast[keyof GroupCast], fields: Record<string, unknown>) =>
    t.api.post<ForumThreadPage>(
      `/api/forums/${group.forumId}/threads`,
      { title: 'Kendala layanan malam hari', bodyMarkdown: 'Pertanyaan pemustaka datang tengah malam.', ...fields },
      as(who),
    );

  beforeAll(async () => {
    t = await startTestApp(FOCUS_GROUP_TEST_APP);
    cast = await signInCast(t);
    group = await createGroup(t, cast, { allowAnonymous: true });
  });
  afterAll(() => t.close());

  it("lists the group's forum on its people's forum home, not on a stranger's", async () => {
    const home = (who: GroupCast[keyof GroupCast]) =>
      t.api.get<ForumHome>('/api/forums', as(who)).then((r) => r.body.focusGroups);
    expect(await home(cast.dewi)).toEqual([
      expect.objectContaining({
        id: group.forumId,
        kind: 'focus-group',
        focusGroupId: group.id,
        title: group.topic,
        mayModerate: false,
      }),
    ]);
    expect((await home(cast.facilitator))[0]).toMatchObject({ id: group.forumId, mayModerate: true });
    expect(await home(cast.stranger)).toEqual([]);
  });

  it('an anonymous thread hides its author from other members, not from the author or the facilitator', async () => {
    const opened = await newThread(cast.dewi, { anonymous: true });
    expect(opened.status).toBe(201);
    threadId = opened.body.thread.id;
    expect(opened.body.thread).toMatchObject({
      anonymous: true,
      author: { id: cast.dewi.id },
      mayPostAnonymously: true,
    });

    const byBudi = (await t.api.get<ForumThreadPage>(`/api/forum-threads/${threadId}`, as(cast.budi))).body;
    expect(byBudi.thread).toMatchObject({ anonymous: true, author: null, forum: { focusGroupId: group.id } });
    expect(byBudi.posts.items[0]).toMatchObject({ anonymous: true, author: null });
    const list = (await t.api.get<Page<ThreadSummary>>(`/api/forums/${group.forumId}/threads`, as(cast.budi))).body;
    expect(list.items[0]).toMatchObject({ id: threadId, anonymous: true, author: null });

    const byFacilitator = (await t.api.get<ForumThreadPage>(`/api/forum-threads/${threadId}`, as(cast.facilitator)))
      .body;
    expect(byFacilitator.thread).toMatchObject({
      author: { id: cast.dewi.id, fullName: 'Dewi Lestari' },
      mayPostAnonymously: false,
    });
    const byCoordinator = (await t.api.get<ForumThreadPage>(`/api/forum-threads/${threadId}`, as(cast.coordinator)))
      .body;
    expect(byCoordinator.posts.items[0].author).toEqual({ id: cast.dewi.id, fullName: 'Dewi Lestari' });
  });

  it('a quote of an anonymous post and a mention by it do not name its author', async () => {
    const opening = (await t.api.get<ForumThreadPage>(`/api/forum-threads/${threadId}`, as(cast.budi))).body.posts
      .items[0];
    const quoted = await t.api.post<ForumPost>(
      `/api/forum-threads/${threadId}/posts`,
      { bodyMarkdown: 'Kami juga mengalaminya.', quotePostId: opening.id },
      as(cast.budi),
    );
    expect(quoted.body.quote).toMatchObject({ postId: opening.id, author: null });

    const mention = await t.api.post<ForumPost>(
      `/api/forum-threads/${threadId}/posts`,
      { bodyMarkdown: `[@Budi Santoso](mention:${cast.budi.id}) bagaimana caranya?`, anonymous: true },
      as(cast.dewi),
    );
    expect(mention.status).toBe(201);
    const inbox = (await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.budi))).body.items;
    const told = inbox.filter((n) => n.kind === 'forum-mention' || n.kind === 'forum-reply');
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((n) => n.params['author'] === 'Anonim')).toBe(true);
  });

  it('search finds anonymous posts without their author, and not by searching for the author', async () => {
    const search = (who: GroupCast[keyof GroupCast], query: string) =>
      t.api.get<Page<ForumSearchHit>>(`/api/forum-search?q=${encodeURIComponent(query)}`, as(who)).then((r) => r.body);
    const found = await search(cast.budi, 'pemustaka malam');
    expect(found.items.map((hit) => [hit.threadId, hit.author])).toEqual([[threadId, null]]);
    const byAuthor = await t.api.get<Page<ForumSearchHit>>(
      `/api/forum-search?q=pemustaka&authorId=${cast.dewi.id}`,
      as(cast.budi),
    );
    expect(byAuthor.body.total).toBe(0);
    expect((await search(cast.facilitator, 'pemustaka malam')).items[0].author).toMatchObject({ id: cast.dewi.id });
    expect((await search(cast.stranger, 'pemustaka malam')).total).toBe(0);
  });

  it('a stranger gets 404 for the group, its forum, its threads and its PDF', async () => {
    const paths = [
      `/api/focus-groups/${group.id}`,
      `/api/forums/${group.forumId}`,
      `/api/forums/${group.forumId}/threads`,
      `/api/forum-threads/${threadId}`,
    ];
    for (const path of paths) {
      expect({ path, status: (await t.api.get(path, as(cast.stranger))).status }).toEqual({ path, status: 404 });
    }
    expect(
      (await t.api.post(`/api/forum-threads/${threadId}/posts`, { bodyMarkdown: 'Halo' }, as(cast.stranger))).status,
    ).toBe(404);
    expect(
      (await t.api.patch(`/api/focus-groups/${group.id}`, { topic: 'Topik lain sekali' }, as(cast.stranger))).status,
    ).toBe(404);
    expect((await t.api.download(`/api/focus-groups/${group.id}/summary.pdf`, as(cast.stranger))).status).toBe(404);
  });

  it('nobody may mention a stranger in the group, nor post anonymously where it is not allowed', async () => {
    const mention = await t.api.post<ApiErrorBody>(
      `/api/forum-threads/${threadId}/posts`,
      { bodyMarkdown: `[@Rizky](mention:${cast.stranger.id}) lihat ini` },
      as(cast.dewi),
    );
    expect(mention.status).toBe(422);
    expect(mention.body.code).toBe('forum.mentionUnknown');

    const byFacilitator = await newThread(cast.facilitator, { anonymous: true });
    expect(byFacilitator.status).toBe(403);
    expect(byFacilitator.body).toMatchObject({ code: 'forum.anonymousNotAllowed' });
    // A change with nothing in it is answered with the group as it is (it was a 500).
    const nothing = await t.api.patch<{ allowAnonymous: boolean }>(
      `/api/focus-groups/${group.id}`,
      {},
      as(cast.facilitator),
    );
    expect(nothing.status).toBe(200);
    expect(nothing.body.allowAnonymous).toBe(true);
    await t.api.patch(`/api/focus-groups/${group.id}`, { allowAnonymous: false }, as(cast.facilitator));
    const off = await newThread(cast.dewi, { anonymous: true });
    expect(off.status).toBe(403);
    const community = (await t.api.get<ForumHome>('/api/forums', as(cast.dewi))).body.community[0];
    const inCommunity = await t.api.post(
      `/api/forums/${community.id}/threads`,
      { title: 'Tanpa nama', bodyMarkdown: 'Coba.', anonymous: true },
      as(cast.dewi),
    );
    expect(inCommunity.status).toBe(403);
  });
});
