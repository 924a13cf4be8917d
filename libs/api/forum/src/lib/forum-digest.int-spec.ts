import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@bina-pustaka/api-platform';
import { linkIn, startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type { ApiErrorBody, ForumDigestSetting, ForumHome, ForumSummary } from '@bina-pustaka/shared-contracts';
import type { Queue } from 'bullmq';
import { FORUM_TEST_APP, forumRequests } from '../testing/forum-test-bed';
import { FORUM_DIGEST_JOB } from './digest/forum-digest.job';
import { ForumDigestWorkerModule } from './forum.module';

const XSS_TITLE = '<script>alert(1)</script> Katalog <img src=x onerror=alert(2)>';
const XSS_BODY =
  'Sudah **dicoba** <svg onload=alert(4)></svg> [klik](javascript:alert(3)) <b onmouseover=alert(5)>tebal</b>';

/** The first 00.30 UTC (07.30 WIB) after now: posts written in the test are of its last day. */
function nextSevenWib(now = new Date()): Date {
  const at = new Date(now);
  at.setUTCHours(0, 30, 0, 0);
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

describe('forum: the daily email digest', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let reader: SignedInUser;
  let writer: SignedInUser;
  let stayer: SignedInUser;
  let leaver: SignedInUser;
  let queue: Queue;
  const at = nextSevenWib();

  const { as, newThread, reply } = forumRequests(() => t);
  const mailsTo = (who: SignedInUser) => t.mailbox.messages.filter((mail) => mail.to.includes(who.email.toLowerCase()));

  /** Runs the digest job in the worker for the hour `when`; the number of digests queued. */
  async function runDigest(when: Date): Promise<number> {
    const job = await queue.add(FORUM_DIGEST_JOB, { at: when.toISOString() });
    for (let tries = 0; tries < 100; tries++) {
      const state = await job.getState();
      if (state === 'failed') throw new Error(`the digest failed: ${(await queue.getJob(job.id ?? ''))?.failedReason}`);
      if (state === 'completed') return (await queue.getJob(job.id ?? ''))?.returnvalue as number;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the digest did not finish');
  }

  /** Waits until the mail queue has delivered what the digest queued. */
  async function delivered(count: number): Promise<void> {
    for (let tries = 0; tries < 100 && t.mailbox.messages.length < count; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(t.mailbox.messages).toHaveLength(count);
  }

  let community: ForumHome['community'];
  let courseForum: ForumSummary;
  let communityThreadId: string;
  let courseThreadId: string;

  beforeAll(async () => {
    t = await startTestApp({ ...FORUM_TEST_APP, workerModules: [ForumDigestWorkerModule] });
    queue = t.app.get<Queue>(getQueueToken(QUEUES.forum));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahma' }));
    reader = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    writer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi <b>Santoso</b>' }));
    stayer = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Wati' }));
    leaver = await signIn(t.api, await createTestUser(t.db, { fullName: 'Agus Pergi' }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    const enrolled = await t.api.post(
      `/api/cohorts/${cohort.id}/enrolments`,
      { userIds: [stayer.id, leaver.id] },
      as(coordinator),
    );
    expect(enrolled.status).toBeLessThan(300);
    courseForum = (await t.api.get<ForumSummary>(`/api/forums/course/${course.id}`, as(stayer))).body;
    community = (await t.api.get<ForumHome>('/api/forums', as(reader))).body.community;

    // The community thread: its title and a reply carry XSS payloads.
    communityThreadId = (await newThread(writer, community[0].id, { title: XSS_TITLE })).thread.id;
    for (const who of [reader, leaver]) {
      expect((await t.api.put(`/api/forum-threads/${communityThreadId}/watch`, undefined, as(who))).status).toBe(204);
    }
    await reply(writer, communityThreadId, XSS_BODY);
    await reply(reader, communityThreadId, 'Tulisan saya sendiri, bukan untuk ringkasan saya.');
    const hidden = await reply(writer, communityThreadId, 'Tulisan yang disembunyikan moderator.');
    const hide = await t.api.post(
      `/api/forum-moderation/posts/${hidden.id}/hide`,
      { reason: 'Tidak sesuai topik' },
      as(coordinator),
    );
    expect(hide.status).toBeLessThan(300);
    const deleted = await reply(writer, communityThreadId, 'Tulisan yang dihapus penulisnya.');
    expect((await t.api.post(`/api/forum-posts/${deleted.id}/delete`, {}, as(writer))).status).toBeLessThan(300);

    // The course thread: the stayer and the leaver watch it; then the leaver leaves the course.
    courseThreadId = (await newThread(trainer, courseForum.id, { title: 'Ruas 264 atau 260?' })).thread.id;
    for (const who of [stayer, leaver]) {
      expect((await t.api.put(`/api/forum-threads/${courseThreadId}/watch`, undefined, as(who))).status).toBe(204);
    }
    await reply(trainer, courseThreadId, 'Gunakan ruas 264 untuk terbitan baru.');
    await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE user_id = $1`, [leaver.id]);
  });
  afterAll(() => t.close());

  it('is on by default at 07.00 WIB; the zone is one of WIB, WITA, WIT', async () => {
    const setting = await t.api.get<ForumDigestSetting>('/api/forum-digest/setting', as(stayer));
    expect(setting.body).toEqual({ enabled: true, timeZone: 'Asia/Jakarta' });
    const bad = await t.api.put<ApiErrorBody>(
      '/api/forum-digest/setting',
      { enabled: true, timeZone: 'Europe/Paris' },
      as(stayer),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.[0]?.message).toBe('Pilih zona waktu: WIB, WITA, atau WIT.');
    expect((await t.api.get('/api/forum-digest/setting')).status).toBe(401);
  });

  it('sends at 07.00 the posts of the day before, grouped by thread, escaped, with a one-click unsubscribe', async () => {
    // 08.30 WIB is nobody's hour.
    expect(await runDigest(new Date(at.getTime() + 60 * 60_000))).toBe(0);
    // The reader, the two learners, and the writer (writing in a thread watches it) for the reader's reply.
    expect(await runDigest(at)).toBe(4);
    await delivered(4);

    const mail = await t.mailbox.waitFor(reader.email);
    // The thread's opening post and the first reply: both of the last day.
    expect(mail.subject).toBe('Ringkasan harian forum: 2 tulisan baru');
    expect(mail.text).toContain(`/forum/topik/${communityThreadId}#post-1`);
    expect(mail.text).toContain('Sudah dicoba');
    expect(mail.text).toContain('Budi <b>Santoso</b>, ');
    expect(mail.text).toContain('WIB');
    for (const absent of ['Tulisan saya sendiri', 'disembunyikan moderator', 'dihapus penulisnya', 'Ruas 264']) {
      expect(mail.text).not.toContain(absent);
      expect(mail.html).not.toContain(absent);
    }
    // What people wrote is text in the HTML: no tag, handler or javascript: link of theirs survives.
    expect(mail.html).toContain(
      '&#60;script&#62;alert(1)&#60;/script&#62; Katalog &#60;img src=x onerror=alert(2)&#62;',
    );
    expect(mail.html).toContain('Budi &#60;b&#62;Santoso&#60;/b&#62;');
    expect(mail.html).toContain('Sudah dicoba &#60;svg onload=alert(4)&#62;');
    expect(mail.html).not.toMatch(/<(script|img|svg|b)\b/i);
    expect(mail.html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(mail.html).not.toMatch(/href="javascript:/i);

    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http[^>]+\/api\/forum-digest\/unsubscribe\?token=[\w-]{75}>$/);

    // The course's posts reach the learner who stayed, not the one who left.
    const stayed = await t.mailbox.waitFor(stayer.email);
    expect(stayed.text).toContain('Ruas 264 atau 260?');
    expect(stayed.text).toContain('Gunakan ruas 264');
    const left = await t.mailbox.waitFor(leaver.email);
    expect(left.text).not.toContain('Ruas 264');
    expect(left.text).toContain('Katalog');
  });

  it('never sends the same post twice', async () => {
    expect(await runDigest(at)).toBe(0);
    await reply(writer, communityThreadId, 'Satu tulisan lagi setelah ringkasan pertama.');
    expect(await runDigest(at)).toBe(2);
    await delivered(6);
    const second = mailsTo(leaver)[1];
    expect(second.subject).toBe('Ringkasan harian forum: 1 tulisan baru');
    expect(second.text).toContain('Satu tulisan lagi');
    expect(second.text).not.toContain('Sudah dicoba');
  });

  it('unsubscribes with the signed link, without sign-in; a forged link is refused', async () => {
    const { token } = linkIn(mailsTo(reader)[0], '/forum/ringkasan/berhenti');
    const forged = `${token.slice(0, 74)}${token.endsWith('A') ? 'B' : 'A'}`;
    const refused = await t.api.post<ApiErrorBody>(`/api/forum-digest/unsubscribe?token=${forged}`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('forum.digestLinkInvalid');
    const otherPerson = `${stayer.id.replaceAll('-', '')}${token.slice(32)}`;
    expect((await t.api.post(`/api/forum-digest/unsubscribe?token=${otherPerson}`)).status).toBe(400);
    const cut = await t.api.post<ApiErrorBody>(`/api/forum-digest/unsubscribe?token=${token.slice(0, 40)}`);
    expect(cut.status).toBe(400);
    expect(cut.body.issues?.[0]?.message).toContain('tidak lengkap');
    expect((await t.api.get<ForumDigestSetting>('/api/forum-digest/setting', as(reader))).body.enabled).toBe(true);

    // The address opened in a browser (or by a link scanner): the page to ask on, nothing changed.
    const oneClick = new URL(mailsTo(reader)[0].headers['list-unsubscribe'].slice(1, -1));
    const opened = await fetch(`${t.api.baseUrl}${oneClick.pathname}${oneClick.search}`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(linkIn(mailsTo(reader)[0], '/forum/ringkasan/berhenti').url);
    const forgedOpen = await fetch(`${t.api.baseUrl}/api/forum-digest/unsubscribe?token=${forged}`, {
      redirect: 'manual',
    });
    expect(forgedOpen.status).toBe(400);
    expect((await t.api.get<ForumDigestSetting>('/api/forum-digest/setting', as(reader))).body.enabled).toBe(true);

    // What a mail client does with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058).
    const done = await t.api.request('POST', `${oneClick.pathname}${oneClick.search}`, undefined, {
      raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(204);
    expect((await t.api.get<ForumDigestSetting>('/api/forum-digest/setting', as(reader))).body).toEqual({
      enabled: false,
      timeZone: 'Asia/Jakarta',
    });

    const before = mailsTo(reader).length;
    await reply(writer, communityThreadId, 'Tulisan untuk yang masih berlangganan.');
    expect(await runDigest(at)).toBe(1);
    await delivered(7);
    expect(mailsTo(reader)).toHaveLength(before);

    // The page's own call (the same link, no body) is as good, and turning it on again in the app works.
    expect((await t.api.post(`/api/forum-digest/unsubscribe?token=${token}`)).status).toBe(204);
    const on = await t.api.put<ForumDigestSetting>(
      '/api/forum-digest/setting',
      { enabled: true, timeZone: 'Asia/Makassar' },
      as(reader),
    );
    expect(on.body).toEqual({ enabled: true, timeZone: 'Asia/Makassar' });
  });
});
