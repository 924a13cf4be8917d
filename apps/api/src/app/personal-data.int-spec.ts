import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { enrolAndComplete, publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import {
  DEFAULT_CERTIFICATE_NUMBER_PATTERN,
  type ApiErrorBody,
  type AuditEntry,
  type CertificateBatchResult,
  type CertificateTemplateDesign,
  type CertificateVerification,
  type CourseDetail,
  type ForumHome,
  type ForumThreadPage,
  type Page,
  type UserSummary,
} from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

/** The first template made is the default every course's certificates use. */
const DESIGN: CertificateTemplateDesign = {
  orientation: 'landscape',
  titleId: 'Sertifikat',
  titleEn: null,
  bodyId: 'atas partisipasinya sebagai {{peran}} dalam "{{kegiatan}}" ({{jp}} JP).',
  bodyEn: null,
  accentColor: '#1f5f4a',
  backgroundImageId: null,
  logoImageIds: [],
  signatories: [{ name: 'Dra. Sri Wahyuni, M.Si.', position: 'Kepala Dinas', detail: null, signatureImageId: null }],
  qrPosition: 'bottom-right',
  numberPattern: DEFAULT_CERTIFICATE_NUMBER_PATTERN,
};

interface Download {
  userId: string;
  account: { profile: { email: string; fullName: string } };
  learning: { enrolments: { course: string }[] };
  certificates: { holderName: string; code: string }[];
  forum: { threads: { title: string }[]; posts: { bodyMarkdown: string }[] };
  notifications: { kind: string }[];
  assessment: unknown[];
  webinar: { registrations: unknown[] };
}

/**
 * Personal data (UU 27/2022): a person downloads everything held about them (and nothing
 * of anyone else), and may delete their account: their data is erased, the account
 * anonymised, their certificates stay verifiable under their name, their forum posts stay
 * under the deleted account's name. Through the whole api, as it runs.
 */
describe('personal data: download and account deletion', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let dewi: SignedInUser;
  let agus: SignedInUser;
  let course: CourseDetail;
  let threadId: string;
  let dewiCertificateCode: string;

  const as = (who: SignedInUser) => ({ token: who.token });
  const about = async (subjectId: string): Promise<AuditEntry[]> =>
    (await t.api.get<Page<AuditEntry>>(`/api/admin/audit?subjectId=${subjectId}`, as(admin))).body.items;

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'], fullName: 'Rina Marlina' }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'], fullName: 'Bambang' }));
    const trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti' }));
    dewi = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    agus = await signIn(t.api, await createTestUser(t.db, { fullName: 'Agus Setiawan' }));

    course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
    const cohort = await runningCohort(t.api, coordinator.token, course.id);
    await enrolAndComplete(t.api, coordinator.token, cohort.id, course, [dewi, agus]);

    const template = await t.api.post('/api/certificate-templates', { ...DESIGN, name: 'Templat' }, as(coordinator));
    expect(template.status).toBe(201);
    const batch = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      { courseId: course.id, role: 'narasumber', userIds: [dewi.id, agus.id] },
      as(coordinator),
    );
    if (batch.status !== 201) throw new Error(JSON.stringify(batch.body));
    // Rendering is the certificates suite's business: here they only need to be issued.
    await t.db.query(`UPDATE certificates SET status = 'issued', issued_at = now() WHERE batch_id = $1`, [
      batch.body.batch?.id,
    ]);
    [{ code: dewiCertificateCode }] = await t.db.query(`SELECT code FROM certificates WHERE holder_id = $1`, [dewi.id]);

    const forums = (await t.api.get<ForumHome>('/api/forums', as(dewi))).body;
    const thread = await t.api.post<ForumThreadPage>(
      `/api/forums/${forums.community[0].id}/threads`,
      { title: 'Menyiangi koleksi lama', bodyMarkdown: 'Tulisan Dewi tentang penyiangan.' },
      as(dewi),
    );
    expect(thread.status).toBe(201);
    threadId = thread.body.thread.id;
    const reply = await t.api.post(
      `/api/forum-threads/${threadId}/posts`,
      { bodyMarkdown: 'Balasan Agus yang bukan milik Dewi.' },
      as(agus),
    );
    expect(reply.status).toBe(201);
  }, 90_000);
  afterAll(() => t.close());

  it('the download holds every section of the person, and nothing of another person', async () => {
    const response = await t.api.get<Download>('/api/me/data', as(dewi));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="data-pribadi-\d{4}-\d{2}-\d{2}\.json"/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const data = response.body;
    expect(data.userId).toBe(dewi.id);
    expect(data.account.profile).toMatchObject({ email: dewi.email, fullName: 'Dewi Lestari' });
    expect(data.learning.enrolments).toEqual([expect.objectContaining({ course: 'Katalogisasi dengan RDA' })]);
    expect(data.certificates).toEqual([expect.objectContaining({ holderName: 'Dewi Lestari' })]);
    expect(data.forum.threads).toEqual([expect.objectContaining({ title: 'Menyiangi koleksi lama' })]);
    expect(data.forum.posts.map((post) => post.bodyMarkdown)).toEqual(['Tulisan Dewi tentang penyiangan.']);
    expect(data.assessment).toEqual([]);
    expect(data.webinar.registrations).toEqual([]);
    // Agus's reply notified her (his name is in her notification), but nothing of his own is here.
    expect(data.notifications).toEqual([expect.objectContaining({ kind: 'forum-reply' })]);
    const text = JSON.stringify(data);
    for (const foreign of [agus.email, agus.id, 'Balasan Agus']) expect(text).not.toContain(foreign);

    expect(await about(dewi.id)).toEqual([
      expect.objectContaining({
        action: 'export.personal_data',
        actor: { id: dewi.id, name: 'Dewi Lestari', roles: ['learner'] },
        details: { report: 'my-data', rows: Object.keys(data).length - 2 },
      }),
    ]);
  });

  it('a few downloads an hour, then a clear refusal', async () => {
    const someone = await signIn(t.api, await createTestUser(t.db));
    for (let i = 0; i < 3; i++) expect((await t.api.get('/api/me/data', as(someone))).status).toBe(200);
    const refused = await t.api.get<ApiErrorBody>('/api/me/data', as(someone));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(refused.body.message).toMatch(
      /^Anda sudah beberapa kali mengunduh data pribadi .* Coba lagi dalam \d+ menit\.$/,
    );
  });

  it('refuses a deletion without the right password or the word HAPUS, and keeps the account', async () => {
    const missing = await t.api.post('/api/me/deletion', { password: dewi.password }, as(dewi));
    expect(missing.status).toBe(400);
    const word = await t.api.post<ApiErrorBody>(
      '/api/me/deletion',
      { password: dewi.password, confirmation: 'hapus' },
      as(dewi),
    );
    expect(word.status).toBe(422);
    expect(word.body.message).toBe('Ketik HAPUS dengan huruf kapital untuk mengonfirmasi penghapusan akun.');
    const password = await t.api.post<ApiErrorBody>(
      '/api/me/deletion',
      { password: 'bukan-kata-sandinya', confirmation: 'HAPUS' },
      as(dewi),
    );
    expect(password.status).toBe(422);
    expect(password.body.message).toBe('Kata sandi salah. Akun Anda tidak dihapus.');
    expect((await t.api.get('/api/me', as(dewi))).status).toBe(200);
  });

  it('the last active admin cannot delete their account', async () => {
    const refused = await t.api.post<ApiErrorBody>(
      '/api/me/deletion',
      { password: admin.password, confirmation: 'HAPUS' },
      as(admin),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Harus tetap ada setidaknya satu admin aktif.');
  });

  it('deletion erases and anonymises; certificates stay verifiable and posts stay under the deleted name', async () => {
    const deleted = await t.api.post('/api/me/deletion', { password: dewi.password, confirmation: 'HAPUS' }, as(dewi));
    expect(deleted.status).toBe(204);

    // Signed out everywhere, and the old address and password open nothing.
    expect((await t.api.get('/api/me', as(dewi))).status).toBe(401);
    expect((await t.api.post('/api/auth/refresh', undefined, { cookie: dewi.cookie })).status).toBe(401);
    const signIn = await t.api.post('/api/auth/login', { email: dewi.email, password: dewi.password });
    expect(signIn.status).toBe(401);

    // The account is an anonymous shell an admin cannot bring back; the address is free again.
    const shown = await t.api.get<UserSummary>(`/api/users/${dewi.id}`, as(admin));
    expect(shown.body).toMatchObject({ fullName: 'Pengguna terhapus', status: 'disabled', nip: null });
    expect(shown.body.email).not.toBe(dewi.email);
    const enable = await t.api.post<ApiErrorBody>(`/api/users/${dewi.id}/enable`, undefined, as(admin));
    expect(enable.status).toBe(409);
    const invited = await t.api.post(
      '/api/invitations',
      { email: dewi.email, fullName: 'Dewi Lestari', roles: ['learner'] },
      as(coordinator),
    );
    expect(invited.status).toBe(201);

    // What was only hers is gone; what others rely on stays.
    const [{ n: notifications }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [
      dewi.id,
    ]);
    expect(notifications).toBe(0);
    const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${dewiCertificateCode}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'valid', holderName: 'Dewi Lestari' });
    const [{ holder_email: holderEmail }] = await t.db.query(
      `SELECT holder_email FROM certificates WHERE holder_id = $1`,
      [dewi.id],
    );
    expect(holderEmail).not.toBe(dewi.email);
    const page = (await t.api.get<ForumThreadPage>(`/api/forum-threads/${threadId}`, as(agus))).body;
    expect(page.posts.items[0]).toMatchObject({ author: { id: dewi.id, fullName: 'Pengguna terhapus' } });
    expect(page.posts.items[0].bodyHtml).toContain('Tulisan Dewi');

    // Recorded without keeping her name.
    const [entry] = await about(dewi.id);
    expect(entry).toMatchObject({
      action: 'user.deleted',
      actor: { id: dewi.id, name: 'Pengguna terhapus' },
      subject: { type: 'user', id: dewi.id, label: 'Pengguna terhapus' },
      details: {},
    });
  });
});
