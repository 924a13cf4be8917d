import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import {
  startTestApiNode,
  startTestApp,
  TOKEN_MUTATIONS,
  type TestApiNode,
  type TestApp,
} from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type {
  ForumHome,
  ForumLiveAck,
  ForumLiveClientMessage,
  ForumSummary,
  PostThanks,
} from '@bina-pustaka/shared-contracts';
import { io, type Socket } from 'socket.io-client';

type Refused = { refused: true; code: string | undefined; message: string };

/** One browser's forum socket: what it was sent, in order, and its acknowledged messages. */
class LiveClient {
  readonly events: { name: string; payload: Record<string, unknown> }[] = [];
  disconnected = false;

  private constructor(readonly socket: Socket) {
    socket.onAny((name: string, payload: Record<string, unknown>) => this.events.push({ name, payload }));
    socket.on('disconnect', () => (this.disconnected = true));
  }

  static connect(baseUrl: string, auth: Record<string, unknown>): Promise<LiveClient | Refused> {
    const socket = io(`${baseUrl}/forum`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth,
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'accept-language': 'id' },
    });
    return new Promise((resolve) => {
      socket.once('connect', () => resolve(new LiveClient(socket)));
      socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
        socket.close();
        resolve({ refused: true, code: error.data?.code, message: error.message });
      });
    });
  }

  send(message: ForumLiveClientMessage | string, payload: unknown): Promise<ForumLiveAck> {
    return this.socket.timeout(10_000).emitWithAck(message, payload);
  }

  /** The first event of this name (already received or within the time) that matches. */
  async next(name: string, matches: (payload: Record<string, unknown>) => boolean = () => true, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((event) => event.name === name && matches(event.payload));
      if (found) return found.payload;
      if (Date.now() > deadline) throw new Error(`no ${name} within ${timeoutMs} ms: ${JSON.stringify(this.events)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Live forum updates across two api nodes: every socket is on node B, every write goes
 * through node A (`t`), as behind a load balancer; Redis carries the changes between them.
 */
describe('forum live updates over the /forum socket', () => {
  let t: TestApp;
  let nodeB: TestApiNode;
  let baseUrlB: string;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let classmate: SignedInUser;
  let stranger: SignedInUser;
  let cohortId: string;
  let courseForum: ForumSummary;
  /** The other course's forum, which only the stranger (of the people here) learns in. */
  let otherForum: ForumSummary;
  let umum: ForumSummary;
  const clients: LiveClient[] = [];

  const { as, ...requests } = forumRequests(() => t);
  const connect = async (who: SignedInUser | { token: string }) => {
    const client = await LiveClient.connect(baseUrlB, { token: who.token });
    if ('refused' in client) throw new Error(`refused: ${client.code}`);
    clients.push(client);
    return client;
  };
  const refusal = async (auth: Record<string, unknown>) => {
    const client = await LiveClient.connect(baseUrlB, auth);
    if ('refused' in client) return client.code;
    client.close();
    return 'admitted';
  };
  const question = (who: SignedInUser) =>
    requests.newThread(who, courseForum.id, {
      kind: 'question',
      title: 'Ruas 264 atau 260?',
      bodyMarkdown: 'Untuk buku terbitan 2024, ruas mana?',
    });
  const reply = (who: SignedInUser, threadId: string, bodyMarkdown = 'Gunakan ruas 264.') =>
    requests.reply(who, threadId, bodyMarkdown);

  beforeAll(async () => {
    t = await startTestApp(FORUM_TEST_APP);
    nodeB = await startTestApiNode(t, FORUM_TEST_APP);
    baseUrlB = await nodeB.app.getUrl();
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    classmate = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi Santoso' }));
    stranger = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewanto Asing' }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    cohortId = (await runningCohort(t.api, coordinator.token, course.id)).id;
    const enrolled = await t.api.post(
      `/api/cohorts/${cohortId}/enrolments`,
      { userIds: [learner.id, classmate.id] },
      as(coordinator),
    );
    expect(enrolled.status).toBeLessThan(300);
    // The stranger learns in another course.
    const other = await publishedCourse(t.api, trainer.token, { title: 'Literasi Digital' });
    const otherCohort = await runningCohort(t.api, coordinator.token, other.id);
    await t.api.post(`/api/cohorts/${otherCohort.id}/enrolments`, { userIds: [stranger.id] }, as(coordinator));
    courseForum = (await t.api.get<ForumSummary>(`/api/forums/course/${course.id}`, as(learner))).body;
    otherForum = (await t.api.get<ForumSummary>(`/api/forums/course/${other.id}`, as(stranger))).body;
    const home = (await t.api.get<ForumHome>('/api/forums', as(learner))).body;
    umum = home.community.find((forum) => forum.title === 'Umum') as ForumSummary;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    await nodeB.close();
    await t.close();
  });

  describe('the door', () => {
    it('refuses a missing token and every tampered one; the genuine token is let in', async () => {
      expect(await refusal({})).toBe('auth.tokenMissing');
      for (const { name, expired, mutate } of TOKEN_MUTATIONS) {
        const code = await refusal({ token: mutate(learner.token, t.config.auth.jwtSecret) });
        expect({ name, code }).toEqual({ name, code: expired ? 'auth.tokenExpired' : 'auth.tokenInvalid' });
      }
      expect(await refusal({ token: learner.token })).toBe('admitted');
    });

    it('refuses a signed-out sign-in and a disabled account', async () => {
      const leaving = await signIn(t.api, await createTestUser(t.db, {}));
      expect((await t.api.post('/api/auth/logout', undefined, { cookie: leaving.cookie })).status).toBe(204);
      expect(await refusal({ token: leaving.token })).toBe('auth.sessionEnded');

      const disabled = await signIn(t.api, await createTestUser(t.db, {}));
      expect((await t.api.post(`/api/users/${disabled.id}/disable`, undefined, as(admin))).status).toBe(200);
      expect(await refusal({ token: disabled.token })).toBe('auth.sessionEnded');
    });
  });

  describe('following a thread', () => {
    it('is the same read check as REST: a learner of another course gets the 404 text', async () => {
      const thread = await question(learner);
      const outsider = await connect(stranger);
      const answer = await outsider.send('thread.follow', { threadId: thread.thread.id });
      expect(answer).toEqual({
        ok: false,
        error: { code: 'forum.threadNotFound', message: 'Topik diskusi tidak ditemukan.' },
      });
      await reply(trainer, thread.thread.id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(outsider.events).toEqual([]);
    });

    it('refuses bad input with a clear message, and floods with forum.liveTooFast', async () => {
      const client = await connect(learner);
      const bad = await client.send('thread.follow', { threadId: 'bukan-id' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => client.send('thread.unfollow', { threadId: courseForum.id })),
      );
      expect(answers.filter((answer) => !answer.ok).map((answer) => !answer.ok && answer.error.code)).toContain(
        'forum.liveTooFast',
      );
    });
  });

  it("a reply written on node A reaches both readers' sockets on node B; unfollowing stops it", async () => {
    const thread = await question(learner);
    const threadId = thread.thread.id;
    const asker = await connect(learner);
    const reader = await connect(classmate);
    expect(await asker.send('thread.follow', { threadId })).toEqual({ ok: true, data: null });
    expect(await reader.send('thread.follow', { threadId })).toEqual({ ok: true, data: null });

    const post = await reply(trainer, threadId);
    for (const client of [asker, reader]) {
      // Ids only: the post as each viewer may see it comes from REST.
      expect(await client.next('post.created')).toEqual({ threadId, postId: post.id, seq: 2 });
    }

    expect(await reader.send('thread.unfollow', { threadId })).toEqual({ ok: true, data: null });
    const second = await reply(trainer, threadId, 'Ditambah indikator kedua 1.');
    await asker.next('post.created', (event) => event['postId'] === second.id);
    expect(reader.events.filter((event) => event.name === 'post.created')).toHaveLength(1);
  });

  it('thanks, the chosen answer, edits and deletes reach the thread live', async () => {
    const thread = await question(learner);
    const threadId = thread.thread.id;
    const asker = await connect(learner);
    await asker.send('thread.follow', { threadId });
    const answer = await reply(trainer, threadId);

    const thanked = await t.api.put<PostThanks>(`/api/forum-posts/${answer.id}/thanks`, undefined, as(classmate));
    expect(thanked.status).toBe(200);
    // The count only: whether the reader thanked it too is theirs to ask.
    expect(await asker.next('thanks.changed')).toEqual({ threadId, postId: answer.id, count: 1 });

    expect((await t.api.put(`/api/forum-threads/${threadId}/answer`, { postId: answer.id }, as(learner))).status).toBe(
      204,
    );
    expect(await asker.next('answer.changed')).toEqual({ threadId, postId: answer.id });

    const edited = await t.api.patch(
      `/api/forum-posts/${answer.id}`,
      { bodyMarkdown: 'Gunakan 264, ind. 1.' },
      as(trainer),
    );
    expect(edited.status).toBe(200);
    expect(await asker.next('post.updated')).toEqual({ threadId, postId: answer.id });

    const deleted = await t.api.post(`/api/forum-posts/${answer.id}/delete`, { reason: 'Salah topik' }, as(trainer));
    expect(deleted.status).toBe(201);
    expect(await asker.next('post.deleted')).toEqual({ threadId, postId: answer.id });
    // A deleted answer is the answer no more.
    expect(await asker.next('answer.changed', (event) => event['postId'] === null)).toEqual({ threadId, postId: null });
  });

  describe('moderation of the thread itself', () => {
    const follow = async (who: SignedInUser, threadId: string) => {
      const client = await connect(who);
      expect(await client.send('thread.follow', { threadId })).toEqual({ ok: true, data: null });
      return client;
    };
    const moderate = (who: SignedInUser, threadId: string, change: Record<string, unknown>) =>
      t.api.patch(`/api/forum-moderation/threads/${threadId}`, change, as(who));
    const updates = (client: LiveClient) => client.events.filter((event) => event.name === 'thread.updated');

    it('a lock, a pin and a new title reach a follower as thread.updated, ids only', async () => {
      // Moderators write here: they are never held back by the write limit.
      const threadId = (await question(trainer)).thread.id;
      const reader = await follow(classmate, threadId);

      expect((await moderate(trainer, threadId, { locked: true })).status).toBe(204);
      // The page asks REST for the thread again (which says mayReply: false).
      expect(await reader.next('thread.updated')).toEqual({ threadId });
      expect((await moderate(trainer, threadId, { pinned: true })).status).toBe(204);
      await reader.until(() => updates(reader).length === 2);
      const renamed = await t.api.patch(`/api/forum-threads/${threadId}`, { title: 'Ruas 264 (RDA)' }, as(trainer));
      expect(renamed.status).toBe(200);
      await reader.until(() => updates(reader).length === 3);
      // Nothing changed: nothing to tell.
      expect((await moderate(trainer, threadId, { locked: true })).status).toBe(204);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(updates(reader)).toHaveLength(3);
    });

    it('a move into a forum the follower may not read: thread.gone and nothing after; its readers hear thread.updated', async () => {
      const threadId = (await requests.newThread(coordinator, umum.id, { title: 'Menyiapkan literasi digital' })).thread
        .id;
      // The classmate learns RDA only; the stranger learns in the course it moves to.
      const losing = await follow(classmate, threadId);
      const staying = await follow(stranger, threadId);

      const moved = await moderate(coordinator, threadId, { forumId: otherForum.id, reason: 'Materi kelas Literasi' });
      expect(moved.status).toBe(204);
      expect(await losing.next('thread.gone')).toEqual({ threadId });
      expect(await staying.next('thread.updated')).toEqual({ threadId });

      const later = await reply(stranger, threadId, 'Saya ikut di kelas ini.');
      await staying.next('post.created', (event) => event['postId'] === later.id);
      expect(losing.events.map((event) => event.name)).toEqual(['thread.gone']);
      expect((await losing.send('thread.follow', { threadId })).ok).toBe(false);
    });

    it('a move into a forum the follower still reads: thread.updated, and the thread is still heard', async () => {
      const threadId = (await question(trainer)).thread.id;
      const reader = await follow(learner, threadId);

      expect((await moderate(coordinator, threadId, { forumId: umum.id, reason: 'Lebih cocok di Umum' })).status).toBe(
        204,
      );
      expect(await reader.next('thread.updated')).toEqual({ threadId });
      const later = await reply(trainer, threadId, 'Dipindahkan ke Umum.');
      expect(await reader.next('post.created', (event) => event['postId'] === later.id)).toEqual({
        threadId,
        postId: later.id,
        seq: 2,
      });
      expect(reader.events.some((event) => event.name === 'thread.gone')).toBe(false);
    });
  });

  it('a learner withdrawn from the course stops hearing the thread', async () => {
    const leaver = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Pindah' }));
    await t.api.post(`/api/cohorts/${cohortId}/enrolments`, { userIds: [leaver.id] }, as(coordinator));
    const thread = await question(learner);
    const threadId = thread.thread.id;
    const client = await connect(leaver);
    expect(await client.send('thread.follow', { threadId })).toEqual({ ok: true, data: null });
    const [{ id }]: { id: string }[] = await t.db.query(`SELECT id FROM enrolments WHERE user_id = $1`, [leaver.id]);

    expect((await t.api.post(`/api/enrolments/${id}/withdraw`, undefined, as(coordinator))).status).toBeLessThan(300);
    expect(await client.next('thread.gone')).toEqual({ threadId });
    await reply(trainer, threadId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.events.filter((event) => event.name === 'post.created')).toEqual([]);
    expect((await client.send('thread.follow', { threadId })).ok).toBe(false);
  });

  it('disabling the account, or signing out, ends the socket on the other node', async () => {
    const person = await createTestUser(t.db, { fullName: 'Tono Nonaktif' });
    const phone = await connect(await signIn(t.api, person));
    expect((await t.api.post(`/api/users/${person.id}/disable`, undefined, as(admin))).status).toBe(200);
    expect(await phone.next('session.ended')).toEqual({ reason: 'accountDisabled' });
    await phone.until(() => phone.disconnected);

    const leaving = await signIn(t.api, await createTestUser(t.db, {}));
    const laptop = await connect(leaving);
    expect((await t.api.post('/api/auth/logout', undefined, { cookie: leaving.cookie })).status).toBe(204);
    expect(await laptop.next('session.ended')).toEqual({ reason: 'signedOut' });
    await laptop.until(() => laptop.disconnected);
  });
});
