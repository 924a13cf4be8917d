import {
  startTestApp,
  ESCAPED_FORMULA_TEXT,
  FORMULA_TEXT,
  formulaCells,
  type TestApp,
} from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type {
  ApiErrorBody,
  CourseDetail,
  CourseProgressReport,
  JpLedger,
  LearnerLesson,
  ProgressResult,
} from '@bina-pustaka/shared-contracts';
import { enrolAndComplete, publishedCourse, runningCohort } from '../testing/learning-fixtures';
import { LearningModule, learningMigrations } from './learning.module';

describe('learning records stay honest', () => {
  let t: TestApp;
  let trainer: SignedInUser;
  let coordinator: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule],
      migrations: [...identityMigrations, ...learningMigrations, ...auditMigrations],
    });
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
  });
  afterAll(() => t.close());

  /** 1,200 words: two minutes even at 600 words a minute. */
  const LONG_TEXT = '# Sejarah RDA\n\n' + 'Pustakawan mencatat entitas, atribut, dan relasi sumber daya. '.repeat(150);

  /** A course of one long text and one hour-long video, and a learner enrolled in it. */
  const longCourse = async (title: string) => {
    let course = (
      await t.api.post<CourseDetail>('/api/courses', { title, category: 'pengolahan', jp: 2 }, { token: trainer.token })
    ).body;
    course = (
      await t.api.post<CourseDetail>(`/api/courses/${course.id}/modules`, { title: 'Inti' }, { token: trainer.token })
    ).body;
    const moduleId = course.modules[0].id;
    for (const lesson of [
      { kind: 'text', title: 'Sejarah RDA', bodyMarkdown: LONG_TEXT },
      { kind: 'video', title: 'Kuliah RDA', videoUrl: 'https://youtu.be/dQw4w9WgXcQ', videoDurationSeconds: 3600 },
    ]) {
      const added = await t.api.post(`/api/modules/${moduleId}/lessons`, lesson, { token: trainer.token });
      expect(added.status).toBe(201);
    }
    course = (await t.api.post<CourseDetail>(`/api/courses/${course.id}/publish`, undefined, { token: trainer.token }))
      .body;
    const learner = await signIn(t.api, await createTestUser(t.db, { fullName: `Peserta ${title}` }));
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });
    const [text, video] = course.modules[0].lessons;
    return { course, learner, text, video };
  };
  const report = (learner: SignedInUser, lessonId: string, body: object, headers: Record<string, string> = {}) =>
    t.api.post<ProgressResult & ApiErrorBody>(`/api/learn/lessons/${lessonId}/progress`, body, {
      token: learner.token,
      headers,
    });
  /** The server's record of when the learner first opened a lesson, moved back as if they had spent that long. */
  const openedAgo = (learner: SignedInUser, lessonId: string, seconds: number) =>
    t.db.query(
      `UPDATE lesson_evidence SET first_opened_at = now() - make_interval(secs => $3) WHERE user_id = $1 AND lesson_id = $2`,
      [learner.id, lessonId, seconds],
    );
  const progressRows = (learner: SignedInUser) =>
    t.db.query(`SELECT lesson_id, state, watched_fraction FROM lesson_progress WHERE user_id = $1`, [learner.id]);

  it('refuses a script that reports a long course done seconds after opening it, and records nothing', async () => {
    const { learner, text, video } = await longCourse('Katalogisasi Kilat');
    const served = await t.api.get<LearnerLesson>(`/api/learn/lessons/${text.id}`, { token: learner.token });
    expect(served.status).toBe(200);

    const tooSoon = await report(learner, text.id, { event: 'reached-end' });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.code).toBe('learn.tooSoon');
    expect(tooSoon.body.message).toMatch(
      /^Materi ini baru dibuka \d+ detik yang lalu; membacanya sampai akhir perlu setidaknya 2 menit\. /,
    );
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(100);
    const inEnglish = await report(learner, text.id, { event: 'reached-end' }, { 'accept-language': 'en' });
    expect(inEnglish.body.message).toMatch(
      /^This lesson was opened only \d+ seconds? ago; reading it to the end takes/,
    );

    // A lesson never served: its first opening is now, so the end cannot be reached yet either.
    const unopened = await report(learner, video.id, { event: 'video-progress', watchedFraction: 1 });
    expect(unopened.status).toBe(422);
    expect(unopened.body.message).toMatch(/^Video ini baru dibuka \d+ detik yang lalu, tetapi tercatat 60 menit/);
    // Even a share of the video must fit the time since it was opened, at up to twice the speed.
    await openedAgo(learner, video.id, 5 * 60);
    const halfHour = await report(learner, video.id, { event: 'video-progress', watchedFraction: 0.5 });
    expect(halfHour.status).toBe(422);
    expect(await progressRows(learner)).toEqual([]);
  });

  it('accepts a human pace by the server clock, including lessons read offline and synced later', async () => {
    const { learner, text, video } = await longCourse('Katalogisasi Santai');
    await t.api.get(`/api/learn/lessons/${text.id}`, { token: learner.token });
    // Read offline for ten minutes; the queued reports arrive together when the connection is back.
    await openedAgo(learner, text.id, 10 * 60);
    expect((await report(learner, text.id, { event: 'viewed' })).status).toBe(200);
    const read = await report(learner, text.id, { event: 'reached-end' });
    expect(read.status).toBe(200);
    expect(read.body.state).toBe('done');
    // Reporting again later changes nothing and is not refused.
    expect((await report(learner, text.id, { event: 'reached-end' })).status).toBe(200);

    await t.api.get(`/api/learn/lessons/${video.id}`, { token: learner.token });
    await openedAgo(learner, video.id, 20 * 60);
    // 30 of 60 minutes in 20 minutes: at 1.5x speed, fine.
    expect((await report(learner, video.id, { event: 'video-progress', watchedFraction: 0.5 })).body.state).toBe(
      'in-progress',
    );
    // All of it in 20 minutes would be 3x: refused, and the half already watched stays.
    expect((await report(learner, video.id, { event: 'video-progress', watchedFraction: 1 })).status).toBe(422);
    await openedAgo(learner, video.id, 31 * 60);
    const watched = await report(learner, video.id, { event: 'video-progress', watchedFraction: 0.95 });
    expect(watched.body).toMatchObject({ state: 'done', courseCompleted: true });
  });

  it('shows the trainer who had progress refused or only just accepted, how often and why', async () => {
    const { course, learner, text, video } = await longCourse('Katalogisasi Diawasi');
    const steady = await signIn(t.api, await createTestUser(t.db, { fullName: 'Peserta Tekun' }));
    const [cohort] = (
      await t.api.get<{ items: { id: string }[] }>(`/api/cohorts?courseId=${course.id}`, { token: coordinator.token })
    ).body.items;
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [steady.id] }, { token: coordinator.token });

    await t.api.get(`/api/learn/lessons/${text.id}`, { token: learner.token });
    expect((await report(learner, text.id, { event: 'reached-end' })).status).toBe(422);
    expect((await report(learner, video.id, { event: 'video-progress', watchedFraction: 1 })).status).toBe(422);
    // Then the text at just over the fastest plausible pace: accepted, but borderline.
    await openedAgo(learner, text.id, 130);
    expect((await report(learner, text.id, { event: 'reached-end' })).status).toBe(200);

    await t.api.get(`/api/learn/lessons/${text.id}`, { token: steady.token });
    await openedAgo(steady, text.id, 15 * 60);
    expect((await report(steady, text.id, { event: 'reached-end' })).status).toBe(200);

    const progress = await t.api.get<CourseProgressReport>(`/api/courses/${course.id}/progress`, {
      token: trainer.token,
    });
    const rows = Object.fromEntries(progress.body.learners.map((row) => [row.user.id, row]));
    expect(rows[steady.id].flag).toBeNull();
    expect(rows[learner.id].flag).toEqual({
      refused: 2,
      borderline: 1,
      reason: expect.stringMatching(/^Sejarah RDA: ditandai selesai 2 menit \d+ detik setelah dibuka/),
    });
    // Nothing of a learner's evidence reaches another learner.
    expect((await t.api.get(`/api/courses/${course.id}/progress`, { token: steady.token })).status).toBe(403);
  });

  it('writes a course title that looks like a formula into the JP ledger CSV as text', async () => {
    const learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Ayu Pratiwi' }));
    const course = await publishedCourse(t.api, trainer.token, { title: FORMULA_TEXT });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    await enrolAndComplete(t.api, coordinator.token, cohort.id, course, [learner]);
    const ledger = await t.api.get<JpLedger>('/api/me/jp-ledger', { token: learner.token });
    expect(ledger.body.entries.map((entry) => entry.title)).toEqual([FORMULA_TEXT]);

    const csv = await t.api.get<string>(`/api/me/jp-ledger/export.csv?year=${ledger.body.year}`, {
      token: learner.token,
    });
    expect(csv.body).toContain(`"${ESCAPED_FORMULA_TEXT.replaceAll('"', '""')}"`);
    expect(formulaCells(csv.body)).toEqual([]);
  });
});
