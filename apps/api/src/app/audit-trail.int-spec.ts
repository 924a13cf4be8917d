import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { publishedCourse } from '@bina-pustaka/api-learning/testing';
import {
  DEFAULT_CERTIFICATE_NUMBER_PATTERN,
  type AuditEntry,
  type Certificate,
  type CertificateBatchResult,
  type CertificateTemplate,
  type CertificateTemplateDesign,
  type CourseDetail,
  type Page,
  type Question,
  type Quiz,
  type UserSummary,
  type WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

/**
 * A template design with its optional parts at their defaults: the update schema fills
 * left-out design fields with their defaults, so `{ isDefault: true }` alone changes
 * nothing else here and is recorded as `activated`.
 */
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

/**
 * Every security-relevant action leaves exactly one entry in the audit log, written in the
 * action's own transaction: who did it (with their roles then, the address and browser),
 * what, about what, and the small facts of the change. Driven through the real routes of
 * each domain, read back through the admin's route.
 */
describe('audit trail: what each action records', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let course: CourseDetail;

  /** The entries about one subject, newest first, as the admin's subject filter reads them. */
  const about = async (subjectId: string): Promise<AuditEntry[]> => {
    const response = await t.api.get<Page<AuditEntry>>(`/api/admin/audit?subjectId=${subjectId}`, {
      token: admin.token,
    });
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const actorOf = (user: SignedInUser, name: string) => ({ id: user.id, name, roles: user.roles });
  const entryCount = async () => Number((await t.db.query(`SELECT count(*) AS n FROM audit_entries`))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'], fullName: 'Rina Marlina' }));
    coordinator = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['coordinator'], fullName: 'Bambang Sutrisno' }),
    );
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahmawati' }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA' });
  }, 60_000);
  afterAll(() => t.close());

  it('a role change: the roles before and after, who changed them, from where', async () => {
    const someone = await createTestUser(t.db, { fullName: 'Agus Setiawan' });
    const changed = await t.api.put<UserSummary>(
      `/api/users/${someone.id}/roles`,
      { roles: ['learner', 'trainer'] },
      { token: admin.token, headers: { 'user-agent': 'Uji-Audit/1.0' } },
    );
    expect(changed.status).toBe(200);
    expect(await about(someone.id)).toEqual([
      {
        id: expect.any(String),
        occurredAt: expect.any(String),
        actor: actorOf(admin, 'Rina Marlina'),
        action: 'user.role.changed',
        subject: { type: 'user', id: someone.id, label: 'Agus Setiawan' },
        details: { before: ['learner'], after: ['learner', 'trainer'] },
        ip: '127.0.0.1',
        userAgent: 'Uji-Audit/1.0',
      },
    ]);
  });

  it('disabling and enabling an account, one entry each; a refused change records nothing', async () => {
    const someone = await createTestUser(t.db, { fullName: 'Budi Santoso' });
    expect((await t.api.post(`/api/users/${someone.id}/disable`, undefined, { token: admin.token })).status).toBe(200);
    expect((await t.api.post(`/api/users/${someone.id}/enable`, undefined, { token: admin.token })).status).toBe(200);
    const entries = await about(someone.id);
    expect(entries.map((entry) => [entry.action, entry.details])).toEqual([
      ['user.enabled', {}],
      ['user.disabled', {}],
    ]);
    expect(entries.every((entry) => entry.actor?.id === admin.id)).toBe(true);

    // Disabling oneself is refused before anything is written.
    const before = await entryCount();
    expect((await t.api.post(`/api/users/${admin.id}/disable`, undefined, { token: admin.token })).status).toBe(409);
    expect(await entryCount()).toBe(before);
  });

  it('an action that rolls back after its entry was written leaves no entry', async () => {
    const victim = await signIn(t.api, await createTestUser(t.db, { fullName: 'Ayu Pratiwi' }));
    // Ending the victim's sessions (the last step of disabling, after the entry) fails in the database.
    await t.db.query(`
      CREATE FUNCTION refuse_session_end() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'session end refused by the test'; END $$`);
    await t.db.query(`
      CREATE TRIGGER refuse_session_end BEFORE UPDATE ON auth_sessions
        FOR EACH ROW WHEN (OLD.user_id = '${victim.id}') EXECUTE FUNCTION refuse_session_end()`);
    try {
      const refused = await t.api.post(`/api/users/${victim.id}/disable`, undefined, { token: admin.token });
      expect(refused.status).toBe(500);
    } finally {
      await t.db.query(`DROP TRIGGER refuse_session_end ON auth_sessions`);
      await t.db.query(`DROP FUNCTION refuse_session_end()`);
    }
    expect((await t.api.get<UserSummary>(`/api/users/${victim.id}`, { token: admin.token })).body.status).toBe(
      'active',
    );
    expect(await about(victim.id)).toEqual([]);
  });

  it('certificate templates: created, updated, made the default, given to a course, deleted', async () => {
    const create = async (name: string) => {
      const response = await t.api.post<CertificateTemplate>(
        '/api/certificate-templates',
        { ...DESIGN, name },
        { token: coordinator.token },
      );
      expect(response.status).toBe(201);
      return response.body;
    };
    const first = await create('Templat Pelatihan');
    const second = await create('Templat Webinar');
    const patch = (id: string, body: object) =>
      t.api.patch(`/api/certificate-templates/${id}`, body, { token: coordinator.token });
    expect((await patch(second.id, { isDefault: true })).status).toBe(200);
    expect((await patch(first.id, { name: 'Templat Pelatihan 2026', titleId: 'Piagam' })).status).toBe(200);
    const assigned = await t.api.put(
      `/api/courses/${course.id}/certificate-template`,
      { templateId: first.id },
      { token: coordinator.token },
    );
    expect(assigned.status).toBe(200);
    expect((await t.api.delete(`/api/certificate-templates/${second.id}`, { token: coordinator.token })).status).toBe(
      204,
    );

    const changes = async (id: string) =>
      (await about(id)).map((entry) => {
        expect(entry).toMatchObject({
          actor: actorOf(coordinator, 'Bambang Sutrisno'),
          action: 'certificate.template.changed',
          subject: { type: 'certificate-template', id },
        });
        return entry.details;
      });
    expect(await changes(first.id)).toEqual([
      { change: 'assigned', name: 'Templat Pelatihan 2026', courseId: course.id },
      { change: 'updated', name: 'Templat Pelatihan 2026' },
      { change: 'created', name: 'Templat Pelatihan', madeDefault: true },
    ]);
    expect(await changes(second.id)).toEqual([
      { change: 'deleted', name: 'Templat Webinar' },
      { change: 'activated', name: 'Templat Webinar' },
      { change: 'created', name: 'Templat Webinar', madeDefault: false },
    ]);
  });

  it('a bulk issue, a revocation and a reissue, each once', async () => {
    const batch = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      { courseId: course.id, role: 'narasumber', userIds: [trainer.id, learner.id] },
      { token: coordinator.token },
    );
    expect(batch.status).toBe(201);
    const batchId = batch.body.batch?.id as string;
    expect(await about(batchId)).toEqual([
      expect.objectContaining({
        actor: actorOf(coordinator, 'Bambang Sutrisno'),
        action: 'certificate.bulk_issued',
        subject: { type: 'certificate-batch', id: batchId, label: 'Katalogisasi dengan RDA' },
        details: {
          source: 'picked',
          role: 'narasumber',
          subjectKind: 'course',
          subjectId: course.id,
          requested: 2,
          queued: 2,
          alreadyHeld: 0,
        },
      }),
    ]);

    // Rendering is the certificates suite's business: here the two only need to be issued.
    await t.db.query(`UPDATE certificates SET status = 'issued', issued_at = now() WHERE batch_id = $1`, [batchId]);
    const listed = await t.api.get<Page<Certificate>>(`/api/certificates?batchId=${batchId}`, {
      token: coordinator.token,
    });
    const [revoked, reissued] = listed.body.items;
    const revoke = () =>
      t.api.post(
        `/api/certificates/${revoked.id}/revoke`,
        { reason: 'Terbit untuk orang yang salah.' },
        { token: coordinator.token },
      );
    expect((await revoke()).status).toBe(201);
    expect((await revoke()).status).toBe(409);
    expect(await about(revoked.id)).toEqual([
      expect.objectContaining({
        action: 'certificate.revoked',
        subject: {
          type: 'certificate',
          id: revoked.id,
          label: `${revoked.holder.fullName} (${revoked.number})`,
        },
        details: { number: revoked.number, holderId: revoked.holder.id, reason: 'Terbit untuk orang yang salah.' },
      }),
    ]);

    const next = await t.api.post<Certificate>(
      `/api/certificates/${reissued.id}/reissue`,
      { reason: 'Gelar belum tercantum.' },
      { token: coordinator.token },
    );
    expect(next.status).toBe(201);
    expect(await about(reissued.id)).toEqual([
      expect.objectContaining({
        action: 'certificate.reissued',
        details: {
          number: reissued.number,
          holderId: reissued.holder.id,
          reason: 'Gelar belum tercantum.',
          newCertificateId: next.body.id,
          newNumber: next.body.number,
        },
      }),
    ]);
  });

  it('every CSV export of personal data: quiz results, webinar attendance, the JP ledger', async () => {
    const question = await t.api.post<Question>(
      `/api/courses/${course.id}/questions`,
      {
        prompt: 'Standar yang menggantikan AACR2?',
        body: {
          type: 'single-choice',
          options: [
            { text: 'RDA', correct: true },
            { text: 'MARC', correct: false },
          ],
        },
      },
      { token: trainer.token },
    );
    const quiz = await t.api.post<Quiz>(
      '/api/quizzes',
      {
        moduleId: course.modules[0].id,
        title: 'Kuis RDA',
        selection: { mode: 'fixed', questionIds: [question.body.id] },
      },
      { token: trainer.token },
    );
    expect(quiz.status).toBe(201);
    expect((await t.api.get(`/api/quizzes/${quiz.body.id}/results.csv`, { token: trainer.token })).status).toBe(200);

    const session = await t.api.post<WebinarSession>(
      '/api/webinars',
      {
        title: 'Bincang Buku: Literasi Keluarga',
        audience: 'registered',
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        durationMinutes: 60,
        jp: 2,
      },
      { token: trainer.token },
    );
    expect(session.status).toBe(201);
    const attendance = await t.api.download(`/api/webinars/${session.body.id}/attendance.csv`, {
      token: trainer.token,
    });
    expect(attendance.status).toBe(200);

    expect((await t.api.get('/api/me/jp-ledger/export.csv', { token: learner.token })).status).toBe(200);

    const exportOf = (subjectId: string) => about(subjectId);
    expect(await exportOf(quiz.body.id)).toEqual([
      expect.objectContaining({
        actor: actorOf(trainer, 'Siti Rahmawati'),
        action: 'export.personal_data',
        subject: { type: 'quiz', id: quiz.body.id, label: 'Kuis RDA' },
        details: { report: 'quiz-results', rows: 0 },
      }),
    ]);
    expect(await exportOf(session.body.id)).toEqual([
      expect.objectContaining({
        action: 'export.personal_data',
        subject: { type: 'webinar-session', id: session.body.id, label: 'Bincang Buku: Literasi Keluarga' },
        details: { report: 'webinar-attendance', rows: 0 },
      }),
    ]);
    expect(await exportOf(learner.id)).toEqual([
      expect.objectContaining({
        actor: actorOf(learner, 'Dewi Lestari'),
        action: 'export.personal_data',
        subject: { type: 'user', id: learner.id, label: 'Dewi Lestari' },
        details: { report: 'jp-ledger', rows: 0, year: expect.any(Number) },
      }),
    ]);
  });
});
