import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody, CourseDetail, Page, CourseSummary } from '@bina-pustaka/shared-contracts';
import { publishedCourse, SAMPLE_MP4, SAMPLE_PNG, samplePdf, upload } from '../testing/learning-fixtures';
import { LearningModule, learningMigrations } from './learning.module';

describe('trainers author courses', () => {
  let t: TestApp;
  let siti: SignedInUser;
  let agus: SignedInUser;
  let coordinator: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule],
      migrations: [...identityMigrations, ...learningMigrations],
    });
    siti = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahmawati' }));
    agus = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Agus Setiawan' }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
  });
  afterAll(() => t.close());

  it('builds a course of two modules and four kinds of lesson, then publishes it', async () => {
    const course = await publishedCourse(t.api, siti.token);
    expect(course.status).toBe('published');
    expect(course.publishedAt).not.toBeNull();
    expect(course.trainers).toEqual([{ id: siti.id, fullName: 'Siti Rahmawati' }]);
    expect(course.modules.map((m) => [m.title, m.lessons.map((l) => l.kind)])).toEqual([
      ['Pengantar', ['text', 'video']],
      ['Praktik', ['file', 'link']],
    ]);
    const [text, video] = course.modules[0].lessons;
    expect(text.bodyHtml).toContain('<h2>RDA</h2>');
    expect(video.videoEmbedUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    const pdf = course.modules[1].lessons[0].file;
    expect(pdf).toMatchObject({ name: 'panduan.pdf', contentType: 'application/pdf' });

    // The signed link works without a token, and only for a while for that user.
    const download = await fetch(`${t.api.baseUrl}${pdf?.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('filename="panduan.pdf"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await download.text()).startsWith('%PDF-')).toBe(true);
    const forged = (pdf?.url ?? '').replace(/signature=[^&]+/, 'signature=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await fetch(`${t.api.baseUrl}${forged}`)).status).toBe(403);
    const ranged = await fetch(`${t.api.baseUrl}${pdf?.url}`, { headers: { range: 'bytes=0-4' } });
    expect(ranged.status).toBe(206);
    expect(await ranged.text()).toBe('%PDF-');
  });

  it('refuses to publish a course without lessons, and to archive a draft', async () => {
    const draft = await t.api.post<CourseDetail>(
      '/api/courses',
      { title: 'Kosong', category: 'lainnya', jp: 1 },
      { token: siti.token },
    );
    const publish = await t.api.post<ApiErrorBody>(`/api/courses/${draft.body.id}/publish`, undefined, {
      token: siti.token,
    });
    expect(publish.status).toBe(409);
    expect(publish.body.message).toBe('Pelatihan belum dapat diterbitkan: tambahkan setidaknya satu materi.');
    expect((await t.api.post(`/api/courses/${draft.body.id}/archive`, undefined, { token: siti.token })).status).toBe(
      409,
    );
  });

  it('keeps trainers to their own courses, while coordinators may edit any', async () => {
    const course = await publishedCourse(t.api, siti.token, { title: 'Layanan Referensi' });
    const refused = await t.api.patch<ApiErrorBody>(
      `/api/courses/${course.id}`,
      { title: 'Diambil alih' },
      { token: agus.token },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Anda bukan pelatih atau koordinator pelatihan ini.');
    expect((await t.api.get(`/api/courses/${course.id}`, { token: agus.token })).status).toBe(403);
    const agusList = await t.api.get<Page<CourseSummary>>('/api/courses', { token: agus.token });
    expect(agusList.body.items.map((c) => c.id)).not.toContain(course.id);

    // Made a co-trainer, Agus may edit it.
    const shared = await t.api.patch<CourseDetail>(
      `/api/courses/${course.id}`,
      { trainerIds: [agus.id] },
      { token: coordinator.token },
    );
    expect(shared.body.trainers.map((trainer) => trainer.fullName)).toEqual(['Siti Rahmawati', 'Agus Setiawan']);
    expect((await t.api.patch(`/api/courses/${course.id}`, { summary: 'Bersama' }, { token: agus.token })).status).toBe(
      200,
    );

    // Any author can find trainers to pick (names and emails only).
    const found = await t.api.get<{ id: string; fullName: string; email: string }[]>('/api/trainers?q=agus', {
      token: siti.token,
    });
    expect(found.body).toEqual([{ id: agus.id, fullName: 'Agus Setiawan', email: agus.email }]);

    const notTrainer = await t.api.patch<ApiErrorBody>(
      `/api/courses/${course.id}`,
      { trainerIds: [coordinator.id] },
      { token: siti.token },
    );
    expect(notTrainer.status).toBe(422);
    expect(notTrainer.body.message).toMatch(/tidak memiliki peran pelatih/);
  });

  it('reorders modules and lessons, and refuses a reorder made on a stale outline', async () => {
    const course = await publishedCourse(t.api, siti.token, { title: 'Pelestarian Naskah' });
    const [first, second] = course.modules;
    const order = {
      outlineVersion: course.outlineVersion,
      modules: [
        { id: second.id, lessonIds: [second.lessons[1].id, first.lessons[0].id, second.lessons[0].id] },
        { id: first.id, lessonIds: [first.lessons[1].id] },
      ],
    };
    const moved = await t.api.put<CourseDetail>(`/api/courses/${course.id}/outline`, order, { token: siti.token });
    expect(moved.status).toBe(200);
    expect(moved.body.modules.map((m) => [m.title, m.lessons.map((l) => l.title)])).toEqual([
      ['Praktik', ['Situs RDA Toolkit', 'Apa itu RDA', 'Panduan PDF']],
      ['Pengantar', ['Video pengantar']],
    ]);
    expect(moved.body.outlineVersion).toBe(course.outlineVersion + 1);

    const stale = await t.api.put<ApiErrorBody>(`/api/courses/${course.id}/outline`, order, { token: siti.token });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('outline.stale');

    const missingLesson = await t.api.put<ApiErrorBody>(
      `/api/courses/${course.id}/outline`,
      {
        ...order,
        outlineVersion: moved.body.outlineVersion,
        modules: [{ ...order.modules[0], lessonIds: order.modules[0].lessonIds.slice(1) }, order.modules[1]],
      },
      { token: siti.token },
    );
    expect(missingLesson.status).toBe(409);
    expect(missingLesson.body.code).toBe('outline.mismatch');
    const unchanged = await t.api.get<CourseDetail>(`/api/courses/${course.id}`, { token: siti.token });
    expect(unchanged.body.modules.map((m) => m.lessons.length)).toEqual([3, 1]);
  });

  it('sanitizes lesson text and keeps only uploaded images', async () => {
    const draft = await t.api.post<CourseDetail>(
      '/api/courses',
      { title: 'Literasi Informasi', category: 'literasi', jp: 2 },
      { token: siti.token },
    );
    const withModule = await t.api.post<CourseDetail>(
      `/api/courses/${draft.body.id}/modules`,
      { title: 'Modul 1' },
      { token: siti.token },
    );
    const image = await upload(t.api, siti.token, 'lesson-image', 'rak.png', SAMPLE_PNG);
    const saved = await t.api.post<CourseDetail>(
      `/api/modules/${withModule.body.modules[0].id}/lessons`,
      {
        kind: 'text',
        title: 'Mencari informasi',
        bodyMarkdown: `Baca ini <script>alert(1)</script>\n\n![Rak buku](file:${image.id})\n\n[x](javascript:alert(1))`,
      },
      { token: siti.token },
    );
    const html = saved.body.modules[0].lessons[0].bodyHtml ?? '';
    expect(html).not.toMatch(/<script|href="javascript/);
    expect(html).toContain(`<img src="/api/files/${image.id}/content?`);

    // Someone else's upload cannot be slipped into a lesson.
    const agusImage = await upload(t.api, agus.token, 'lesson-image', 'milik-agus.png', SAMPLE_PNG);
    const stolen = await t.api.post<ApiErrorBody>(
      `/api/modules/${withModule.body.modules[0].id}/lessons`,
      { kind: 'text', title: 'Curang', bodyMarkdown: `![x](file:${agusImage.id})` },
      { token: siti.token },
    );
    expect(stolen.status).toBe(422);
  });

  it('checks uploads by their bytes and size, not by their names', async () => {
    const disguised = await t.api.upload<ApiErrorBody>(
      '/api/files',
      { purpose: 'lesson-file' },
      { name: 'laporan.pdf', bytes: Buffer.from('<html><script>alert(1)</script></html>') },
      { token: siti.token },
    );
    expect(disguised.status).toBe(415);
    expect(disguised.body.message).toMatch(
      /^Jenis berkas ini tidak diterima untuk keperluan ini\. Yang diterima: PDF, DOCX/,
    );

    const tooBig = await t.api.upload<ApiErrorBody>(
      '/api/files',
      { purpose: 'course-cover' },
      { name: 'sampul.png', bytes: Buffer.concat([SAMPLE_PNG, Buffer.alloc(6 * 1024 * 1024)]) },
      { token: siti.token },
    );
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toBe('Berkas terlalu besar. Batas untuk keperluan ini 5 MB.');

    const video = await t.api.upload(
      '/api/files',
      { purpose: 'lesson-video' },
      { name: 'video.mp4', bytes: SAMPLE_MP4 },
      { token: siti.token },
    );
    expect(video.status).toBe(201);
    const noPurpose = await t.api.upload<ApiErrorBody>(
      '/api/files',
      {},
      { name: 'x.pdf', bytes: await samplePdf() },
      { token: siti.token },
    );
    expect(noPurpose.status).toBe(400);
    expect(await t.db.query(`SELECT 1 FROM files WHERE original_name IN ('laporan.pdf', 'sampul.png')`)).toHaveLength(
      0,
    );
  });

  it('answers bad lesson input with a clear 4xx', async () => {
    const draft = await t.api.post<CourseDetail>(
      '/api/courses',
      { title: 'Manajemen Perpustakaan', category: 'manajemen', jp: 3 },
      { token: siti.token },
    );
    const module = (
      await t.api.post<CourseDetail>(`/api/courses/${draft.body.id}/modules`, { title: 'Modul' }, { token: siti.token })
    ).body.modules[0];
    const otherSite = await t.api.post<ApiErrorBody>(
      `/api/modules/${module.id}/lessons`,
      { kind: 'video', title: 'Video', videoUrl: 'https://example.org/v.mp4' },
      { token: siti.token },
    );
    expect(otherSite.status).toBe(400);
    expect(otherSite.body.message).toBe('Alamat video harus dari YouTube atau Vimeo, atau unggah berkas video.');
    const empty = await t.api.post<ApiErrorBody>(
      `/api/modules/${module.id}/lessons`,
      { kind: 'file', title: 'Berkas' },
      { token: siti.token },
    );
    expect(empty.status).toBe(400);
    expect(empty.body.issues).toEqual([{ field: 'fileId', message: 'Isi materi belum diisi untuk jenis materi ini.' }]);
  });

  it('refuses prerequisite loops and rules that are not available yet', async () => {
    const a = await publishedCourse(t.api, siti.token, { title: 'Dasar A' });
    const b = await publishedCourse(t.api, siti.token, { title: 'Lanjutan B' });
    expect((await t.api.patch(`/api/courses/${b.id}`, { prerequisiteIds: [a.id] }, { token: siti.token })).status).toBe(
      200,
    );
    const loop = await t.api.patch<ApiErrorBody>(
      `/api/courses/${a.id}`,
      { prerequisiteIds: [b.id] },
      { token: siti.token },
    );
    expect(loop.status).toBe(422);
    expect(loop.body.code).toBe('courses.prerequisiteCycle');
    expect((await t.api.get<CourseDetail>(`/api/courses/${a.id}`, { token: siti.token })).body.prerequisites).toEqual(
      [],
    );

    const webinar = await t.api.patch<ApiErrorBody>(
      `/api/courses/${a.id}`,
      { completionRules: { minWebinarAttendancePercent: 80 } },
      { token: siti.token },
    );
    expect(webinar.status).toBe(422);
    expect(webinar.body.code).toBe('courses.conditionUnavailable');
    const conditions = await t.api.get('/api/completion-conditions', { token: siti.token });
    expect(conditions.body).toEqual([
      { kind: 'lessons', available: true },
      { kind: 'webinar-attendance', available: false },
      { kind: 'quizzes', available: false },
      { kind: 'survey', available: false },
    ]);
  });
});
