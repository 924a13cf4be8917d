import { UrlSignerService } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type {
  ApiErrorBody,
  CatalogCourse,
  CourseDetail,
  CourseProgressReport,
  JpLedger,
  LearnerCourse,
  LearnerLesson,
  MyLearning,
  Page,
  ProgressResult,
} from '@bina-pustaka/shared-contracts';
import { publishedCourse, runningCohort, samplePdf, upload } from '../testing/learning-fixtures';
import { LearningModule, learningMigrations } from './learning.module';

describe('librarians learn', () => {
  let t: TestApp;
  let trainer: SignedInUser;
  let coordinator: SignedInUser;
  let dewi: SignedInUser;
  let course: CourseDetail;

  const enrol = async (learner: SignedInUser, courseId: string, fields = {}) => {
    const cohort = await runningCohort(t.api, coordinator.token, courseId, fields);
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });
    return cohort;
  };
  const report = (learner: SignedInUser, lessonId: string, body: object) =>
    t.api.post<ProgressResult>(`/api/learn/lessons/${lessonId}/progress`, body, { token: learner.token });

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule],
      migrations: [...identityMigrations, ...learningMigrations, ...auditMigrations],
    });
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    dewi = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    course = await publishedCourse(t.api, trainer.token);
    await enrol(dewi, course.id);
  });
  afterAll(() => t.close());

  it('completes every lesson, completes the course once and earns its JP', async () => {
    const start = await t.api.get<LearnerCourse>(`/api/learn/courses/${course.id}`, { token: dewi.token });
    expect(start.body).toMatchObject({
      progressPercent: 0,
      completed: false,
      resumeLessonId: course.modules[0].lessons[0].id,
    });
    expect(start.body.conditions).toEqual([{ kind: 'lessons', met: false, detail: '0 dari 4 materi wajib selesai' }]);

    const [text, video] = course.modules[0].lessons;
    const [file, link] = course.modules[1].lessons;

    const lesson = await t.api.get<LearnerLesson>(`/api/learn/lessons/${text.id}`, { token: dewi.token });
    expect(lesson.body).toMatchObject({
      moduleTitle: 'Pengantar',
      previousLessonId: null,
      nextLessonId: video.id,
      state: 'not-started',
    });
    expect((await report(dewi, text.id, { event: 'opened' })).body.state).toBe('in-progress');
    expect((await report(dewi, text.id, { event: 'reached-end' })).body).toMatchObject({
      state: 'done',
      progressPercent: 25,
    });

    // A video counts from 90% watched; watching never goes backwards.
    expect((await report(dewi, video.id, { event: 'video-progress', watchedFraction: 0.5 })).body.state).toBe(
      'in-progress',
    );
    expect(
      (await report(dewi, video.id, { event: 'video-progress', watchedFraction: 0.2 })).body.watchedFraction,
    ).toBeCloseTo(0.5);
    const resume = await t.api.get<LearnerCourse>(`/api/learn/courses/${course.id}`, { token: dewi.token });
    expect(resume.body.resumeLessonId).toBe(video.id);
    expect((await report(dewi, video.id, { event: 'video-progress', watchedFraction: 0.93 })).body.state).toBe('done');

    // Showing a file lesson or reaching its end is not opening the file; opening it is.
    expect((await report(dewi, file.id, { event: 'viewed' })).body.state).toBe('in-progress');
    expect((await report(dewi, file.id, { event: 'reached-end' })).body.state).toBe('in-progress');
    expect((await report(dewi, file.id, { event: 'opened' })).body.state).toBe('done');

    // The last lesson, reported twice at once: one completion, one JP entry.
    const [a, b] = await Promise.all([
      report(dewi, link.id, { event: 'opened' }),
      report(dewi, link.id, { event: 'opened' }),
    ]);
    expect([a.body.justCompleted, b.body.justCompleted].sort()).toEqual([false, true]);
    expect(a.body).toMatchObject({ courseCompleted: true, progressPercent: 100 });

    const done = await t.api.get<LearnerCourse>(`/api/learn/courses/${course.id}`, { token: dewi.token });
    expect(done.body).toMatchObject({ completed: true, resumeLessonId: null });
    expect(done.body.conditions[0]).toMatchObject({ met: true, detail: '4 dari 4 materi wajib selesai' });

    const ledger = await t.api.get<JpLedger>('/api/me/jp-ledger', { token: dewi.token });
    expect(ledger.body).toMatchObject({ target: 20, earned: 4 });
    expect(ledger.body.entries).toEqual([
      expect.objectContaining({
        title: 'Katalogisasi Bahan Pustaka Digital',
        jp: 4,
        source: 'course',
        sourceId: course.id,
      }),
    ]);
    expect(await t.db.query(`SELECT 1 FROM course_completions WHERE course_id = $1`, [course.id])).toHaveLength(1);

    const mine = await t.api.get<MyLearning>('/api/me/learning', { token: dewi.token });
    expect(mine.body.current).toEqual([]);
    expect(mine.body.completed).toEqual([expect.objectContaining({ courseId: course.id, jp: 4 })]);

    const csv = await t.api.get<string>(`/api/me/jp-ledger/export.csv?year=${ledger.body.year}`, { token: dewi.token });
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="rekap-jp-${ledger.body.year}.csv"`);
    expect(csv.body).toContain('Tanggal,Kegiatan,Jenis,JP');
    expect(csv.body).toContain('Katalogisasi Bahan Pustaka Digital,Pelatihan,4');

    // A trainer sees where everyone is.
    const progress = await t.api.get<CourseProgressReport>(`/api/courses/${course.id}/progress`, {
      token: trainer.token,
    });
    expect(progress.body.learners).toEqual([
      expect.objectContaining({ doneByModule: [2, 2], progressPercent: 100, stuckAt: null, status: 'completed' }),
    ]);
  });

  it('refuses lessons of a course the learner is not enrolled in, and other people’s progress views', async () => {
    const budi = await signIn(t.api, await createTestUser(t.db, { fullName: 'Budi Santoso' }));
    const lessonId = course.modules[0].lessons[0].id;
    const refused = await t.api.get<ApiErrorBody>(`/api/learn/lessons/${lessonId}`, { token: budi.token });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Anda belum terdaftar di pelatihan ini. Daftar melalui katalog pelatihan.');
    expect((await report(budi, lessonId, { event: 'opened' })).status).toBe(403);
    expect(await t.db.query(`SELECT 1 FROM lesson_progress WHERE user_id = $1`, [budi.id])).toHaveLength(0);
    expect((await t.api.get(`/api/courses/${course.id}/progress`, { token: budi.token })).status).toBe(403);
    const otherTrainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    expect((await t.api.get(`/api/courses/${course.id}/progress`, { token: otherTrainer.token })).status).toBe(403);
  });

  it('waits for the cohort to start, and stops progress after the end date', async () => {
    const learner = await signIn(t.api, await createTestUser(t.db));
    const later = await publishedCourse(t.api, trainer.token, { title: 'Pelatihan Bulan Depan' });
    const inAMonth = new Date(Date.now() + 30 * 86_400_000);
    await enrol(learner, later.id, {
      startsAt: inAMonth.toISOString(),
      endsAt: new Date(inAMonth.getTime() + 86_400_000).toISOString(),
    });
    const early = await t.api.get<ApiErrorBody>(`/api/learn/courses/${later.id}`, { token: learner.token });
    expect(early.status).toBe(403);
    expect(early.body.message).toMatch(/^Angkatan Anda baru dimulai \d{1,2} \w+ \d{4}, \d{2}\.\d{2} WIB\.$/);
    const upcoming = await t.api.get<MyLearning>('/api/me/learning', { token: learner.token });
    expect(upcoming.body.upcoming.map((u) => u.title)).toEqual(['Pelatihan Bulan Depan']);

    const ended = await signIn(t.api, await createTestUser(t.db));
    await enrol(ended, course.id);
    await t.db.query(`UPDATE enrolments SET ends_at = now() - interval '1 day' WHERE user_id = $1`, [ended.id]);
    const late = await report(ended, course.modules[0].lessons[0].id, { event: 'reached-end' });
    expect(late.status).toBe(409);
  });

  it('never serves a draft course’s files to learners, whatever link they hold', async () => {
    const pdf = await upload(t.api, trainer.token, 'lesson-file', 'rahasia.pdf', await samplePdf('Rahasia'));
    const draft = await t.api.post<CourseDetail>(
      '/api/courses',
      { title: 'Masih Draf', category: 'lainnya', jp: 1 },
      { token: trainer.token },
    );
    const withModule = await t.api.post<CourseDetail>(
      `/api/courses/${draft.body.id}/modules`,
      { title: 'Modul rahasia' },
      { token: trainer.token },
    );
    const module = withModule.body.modules[0];
    await t.api.post(
      `/api/modules/${module.id}/lessons`,
      { kind: 'file', title: 'Berkas', fileId: pdf.id },
      { token: trainer.token },
    );
    // Even a correctly signed link for Dewi (as if it leaked to her) is refused.
    const signedForDewi = pdf.url.replace(/u=[^&]+/, `u=${dewi.id}`);
    expect((await fetch(`${t.api.baseUrl}${signedForDewi}`)).status).toBe(403);
    const { expires, signature } = t.app.get(UrlSignerService).sign(pdf.id, dewi.id);
    const leaked = await fetch(
      `${t.api.baseUrl}/api/files/${pdf.id}/content?u=${dewi.id}&expires=${expires}&signature=${signature}`,
    );
    expect(leaked.status).toBe(404);
    expect((await fetch(`${t.api.baseUrl}${pdf.url}`)).status).toBe(200);
  });

  it('finds courses in the catalog by Indonesian words and filters', async () => {
    await publishedCourse(t.api, trainer.token, {
      title: 'Pengelolaan Perpustakaan Sekolah',
      summary: 'Mengelola koleksi dan layanan',
      category: 'manajemen',
      jp: 8,
    });
    await publishedCourse(t.api, trainer.token, {
      title: 'Pelestarian Naskah Kuno',
      summary: 'Merawat koleksi langka',
      category: 'pelestarian',
      jp: 2,
    });
    const search = async (query: string) =>
      (await t.api.get<Page<CatalogCourse>>(`/api/catalog?${query}`, { token: dewi.token })).body.items.map(
        (c) => c.title,
      );
    expect(await search('q=pengelolaan')).toEqual(['Pengelolaan Perpustakaan Sekolah']);
    expect(await search('q=perpustakaan%20sekolah')).toEqual(['Pengelolaan Perpustakaan Sekolah']);
    expect(await search('q=naskah')).toEqual(['Pelestarian Naskah Kuno']);
    expect(await search('category=pelestarian')).toEqual(['Pelestarian Naskah Kuno']);
    expect(await search('jpMin=5')).toEqual(['Pengelolaan Perpustakaan Sekolah']);
    expect(await search('enrolment=completed')).toEqual(['Katalogisasi Bahan Pustaka Digital']);
    expect(await search('enrolment=none&q=katalogisasi')).toEqual([]);
  });
});
