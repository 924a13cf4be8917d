import { promisify } from 'node:util';
import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import {
  enrolAndComplete,
  publishedCourse,
  runningCohort,
  SAMPLE_PNG,
  samplePdf,
} from '@bina-pustaka/api-learning/testing';
import type {
  ApiErrorBody,
  Certificate,
  CertificateBatch,
  CertificateBatchResult,
  CertificateImage,
  CertificateTemplate,
  CertificateVerification,
  CohortSummary,
  CourseDetail,
  NotificationInbox,
  Page,
} from '@bina-pustaka/shared-contracts';
import type { Queue } from 'bullmq';
import { PDFDocument } from 'pdf-lib';
import yauzl from 'yauzl';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import { renderThreadFromSources } from '../testing';
import { CertificatesModule, certificatesMigrations, CertificatesWorkerModule } from './certificates.module';
import { SAMPLE_DESIGN } from './templates/sample-design';
import { CertificateAutomationService } from './issue/certificate-automation.service';
import { ISSUE_CERTIFICATE_JOB, type IssueCertificateJob } from './issue/issue-certificate.job';

const VERIFY_PER_MINUTE = 40;

/** Waits until the worker has rendered every certificate the check looks at. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function pageCount(bytes: Buffer): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

async function zipEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await promisify<Buffer, yauzl.Options, yauzl.ZipFile>(yauzl.fromBuffer)(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      }),
    );
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

describe('certificates', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learners: SignedInUser[];
  let course: CourseDetail;
  let cohort: CohortSummary;
  let template: CertificateTemplate;

  const design = { ...SAMPLE_DESIGN, name: 'Sertifikat pelatihan' };
  const mine = (learner: SignedInUser) => t.api.get<Certificate[]>('/api/me/certificates', { token: learner.token });
  const issuedFor = (learner: SignedInUser, count = 1) =>
    eventually(
      async () => (await mine(learner)).body,
      (list) => list.filter((certificate) => certificate.status === 'issued').length >= count,
      `${learner.email}'s certificate`,
    );
  const certificateRows = async () => Number((await t.db.query(`SELECT count(*) AS n FROM certificates`))[0].n);

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule, NotificationsModule, CertificatesModule],
      migrations: [
        ...identityMigrations,
        ...learningMigrations,
        ...notificationsMigrations,
        ...webinarMigrations,
        ...certificatesMigrations,
        ...auditMigrations,
      ],
      workerModules: [CertificatesWorkerModule.register({ renderThread: renderThreadFromSources() })],
      env: { CERTIFICATE_VERIFY_PER_MINUTE: String(VERIFY_PER_MINUTE), CERTIFICATE_WORKER_CONCURRENCY: '2' },
    });
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Agus Setiawan' }));
    learners = await Promise.all(
      ['Dewi Lestari', 'Budi Santoso', 'Ayu Pratiwi', 'Rizky Ramadhan', 'Nur Aini'].map(async (fullName) =>
        signIn(t.api, await createTestUser(t.db, { roles: ['learner'], fullName })),
      ),
    );
    course = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi dengan RDA', jp: 6 });
    cohort = await runningCohort(t.api, coordinator.token, course.id);
    // Five modules' migrations, a worker and its render thread: slow when the machine is busy.
  }, 90_000);
  afterAll(() => t.close());

  it('refuses templates with unknown placeholders, bad numbering or unusable images', async () => {
    const placeholder = await t.api.post<ApiErrorBody>(
      '/api/certificate-templates',
      { ...design, bodyId: 'Diberikan kepada {{namaa}} atas {{kegiatan}}' },
      { token: coordinator.token },
    );
    expect(placeholder.status).toBe(400);
    expect(placeholder.body.issues).toEqual([
      { field: 'bodyId', message: 'Isian {{namaa}} tidak dikenal. Gunakan isian dari daftar yang tersedia.' },
    ]);
    const numbering = await t.api.post<ApiErrorBody>(
      '/api/certificate-templates',
      { ...design, numberPattern: 'BP/{bulan}/{tahun}' },
      { token: coordinator.token },
    );
    expect(numbering.body.issues?.[0].field).toBe('numberPattern');

    const pdfAsImage = await t.api.upload<ApiErrorBody>(
      '/api/certificate-images',
      { kind: 'background' },
      { name: 'latar.png', bytes: await samplePdf() },
      { token: coordinator.token },
    );
    expect(pdfAsImage.status).toBe(415);
    const huge = Buffer.concat([SAMPLE_PNG, Buffer.alloc(3 * 1024 * 1024)]);
    const tooLarge = await t.api.upload<ApiErrorBody>(
      '/api/certificate-images',
      { kind: 'background' },
      { name: 'latar.png', bytes: huge },
      { token: coordinator.token },
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toBe('Gambar terlalu besar (maksimal 2 MB).');
    const broken = await t.api.upload<ApiErrorBody>(
      '/api/certificate-images',
      { kind: 'logo' },
      { name: 'logo.png', bytes: SAMPLE_PNG.subarray(0, 40) },
      { token: coordinator.token },
    );
    expect(broken.status).toBe(415);

    const logo = await t.api.upload<CertificateImage>(
      '/api/certificate-images',
      { kind: 'logo' },
      { name: 'logo.png', bytes: SAMPLE_PNG },
      { token: coordinator.token },
    );
    expect(logo.status).toBe(201);
    const wrongPlace = await t.api.post<ApiErrorBody>(
      '/api/certificate-templates',
      { ...design, backgroundImageId: logo.body.id },
      { token: coordinator.token },
    );
    expect(wrongPlace.status).toBe(422);
    expect(wrongPlace.body.code).toBe('certificates.imageNotUsable.background');
    expect(await t.db.query(`SELECT id FROM certificate_templates`)).toEqual([]);

    const image = await t.api.download(logo.body.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(
      (await t.api.download(logo.body.url.replace(/signature=[^&]+/, 'signature=AAAAAAAAAAAAAAAAAAAAAAAA'))).status,
    ).toBe(403);

    const created = await t.api.post<CertificateTemplate>(
      '/api/certificate-templates',
      { ...design, logoImageIds: [logo.body.id] },
      { token: coordinator.token },
    );
    expect(created.status).toBe(201);
    template = created.body;
    // The first template becomes the default; its images come with links.
    expect(template).toMatchObject({ isDefault: true, logoImageIds: [logo.body.id] });
    expect(template.images.map((each) => each.id)).toEqual([logo.body.id]);
  });

  it('previews the exact PDF of a design with sample data', async () => {
    const preview = await fetch(`${t.api.baseUrl}/api/certificate-templates/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...SAMPLE_DESIGN, orientation: 'portrait', logoImageIds: template.logoImageIds }),
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await preview.arrayBuffer());
    const pdf = await PDFDocument.load(bytes);
    const { width, height } = pdf.getPage(0).getSize();
    expect(height).toBeGreaterThan(width);
  });

  it('issues a certificate by itself when a learner completes the course, once', async () => {
    const [dewi] = learners;
    await enrolAndComplete(t.api, coordinator.token, cohort.id, course, [dewi]);
    const [certificate] = await issuedFor(dewi);
    expect(certificate).toMatchObject({
      status: 'issued',
      role: 'peserta',
      holder: { fullName: 'Dewi Lestari' },
      subject: { kind: 'course', id: course.id, title: 'Katalogisasi dengan RDA' },
      cohortName: 'Angkatan 1 Tahun 2026',
      jp: 6,
      version: 1,
    });
    expect(certificate.number).toMatch(/^001\/BP\/[IVX]+\/20\d\d$/);
    expect(certificate.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(certificate.verifyUrl).toBe(`http://bina-pustaka.test/verifikasi/${certificate.code.replace(/-/g, '')}`);

    const pdf = await t.api.download(certificate.pdfUrl as string);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain('attachment');
    expect(await pageCount(pdf.bytes)).toBe(1);
    // Another learner cannot use the link, nor see the certificate.
    const budi = learners[1];
    expect((await t.api.get(`/api/certificates/${certificate.id}`, { token: budi.token })).status).toBe(404);

    const inbox = await t.api.get<NotificationInbox>('/api/me/notifications', { token: dewi.token });
    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        kind: 'certificate-issued',
        params: { subject: 'Katalogisasi dengan RDA', number: certificate.number, role: 'peserta' },
        link: '/sertifikat-saya',
      }),
    ]);
    const mail = await t.mailbox.waitFor(dewi.email, (each) => each.subject === 'Sertifikat Anda sudah terbit');
    expect(mail.text).toContain(certificate.number);
    expect(mail.text).toContain('http://bina-pustaka.test/sertifikat-saya');

    // Asking again (the reconciler, a double click) adds nothing.
    const reconciled = await t.app.get(CertificateAutomationService).reconcile({ pendingForSeconds: 0 });
    expect(reconciled.issued).toBe(0);
    expect((await mine(dewi)).body).toHaveLength(1);
  });

  it('lets anyone verify by code, and refuses malformed and unknown codes', async () => {
    const [certificate] = (await mine(learners[0])).body;
    const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${certificate.code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      status: 'valid',
      holderName: 'Dewi Lestari',
      subjectKind: 'course',
      subjectTitle: 'Katalogisasi dengan RDA',
      coOrganisers: [],
      jp: 6,
      number: certificate.number,
      revokedAt: null,
    });
    // Lower case and without dashes, as people type it.
    const typed = certificate.code.replace(/-/g, '').toLowerCase();
    expect((await t.api.get(`/api/public/certificates/${typed}`)).status).toBe(200);
    const malformed = await t.api.get<ApiErrorBody>('/api/public/certificates/ABC');
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.[0].message).toContain('12 huruf dan angka');
    expect((await t.api.get('/api/public/certificates/0000-0000-0000')).status).toBe(404);
  });

  it('issues a cohort in bulk with progress, skips holders, and zips the PDFs', async () => {
    const [, budi, ayu, rizky] = learners;
    await enrolAndComplete(t.api, coordinator.token, cohort.id, course, [budi, ayu]);
    // Rizky is enrolled but has not finished.
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [rizky.id] }, { token: coordinator.token });
    // Completion issues Budi's and Ayu's by itself; wait so the batch finds them held.
    await issuedFor(budi);
    await issuedFor(ayu);

    const result = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      { courseId: course.id, cohortId: cohort.id },
      { token: coordinator.token },
    );
    expect(result.status).toBe(201);
    expect(result.body.batch).toMatchObject({ total: 0, alreadyHeld: 3, cohortName: 'Angkatan 1 Tahun 2026' });

    // Non-participant roles need no completion: the trainer as narasumber, Rizky as panitia.
    const speakers = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      { courseId: course.id, cohortId: cohort.id, role: 'narasumber', userIds: [trainer.id, rizky.id] },
      { token: coordinator.token },
    );
    expect(speakers.status).toBe(201);
    const batchId = speakers.body.batch?.id as string;
    const done = await eventually(
      async () =>
        (await t.api.get<CertificateBatch>(`/api/certificate-batches/${batchId}`, { token: coordinator.token })).body,
      (batch) => batch.pending === 0,
      'the batch',
    );
    expect(done).toMatchObject({ total: 2, issued: 2, failed: 0, pending: 0, role: 'narasumber' });

    const zip = await t.api.download(`/api/certificate-batches/${batchId}/zip`, { token: coordinator.token });
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const entries = await zipEntries(zip.bytes);
    expect([...entries.keys()].sort()).toEqual(
      [expect.stringContaining('Agus Setiawan.pdf'), expect.stringContaining('Rizky Ramadhan.pdf')].sort(),
    );
    for (const bytes of entries.values()) expect(await pageCount(bytes)).toBe(1);

    const listed = await t.api.get<Page<Certificate>>(`/api/certificates?batchId=${batchId}`, {
      token: coordinator.token,
    });
    expect(listed.body.items.map((each) => each.holder.fullName).sort()).toEqual(['Agus Setiawan', 'Rizky Ramadhan']);
  });

  it("issues a webinar session's certificates once its ledger is settled: attendees above the threshold, or its speakers", async () => {
    const [dewi, budi, ayu] = learners;
    const [{ id: sessionId }] = await t.db.query(
      `INSERT INTO webinar_sessions (title, description, audience, starts_at, duration_minutes, time_zone, jp, status,
         opened_at, ended_at, created_by_id)
       VALUES ('Bincang Buku: Literasi Keluarga', '', 'registered', now() - interval '2 hours', 60, 'Asia/Jakarta', 2,
         'ended', now() - interval '2 hours', now() - interval '1 hour', $1) RETURNING id`,
      [coordinator.id],
    );
    await t.db.query(`INSERT INTO webinar_staff (session_id, user_id, role) VALUES ($1, $2, 'presenter')`, [
      sessionId,
      trainer.id,
    ]);
    const body = { sessionId, minAttendancePercent: 75 };
    const unsettled = await t.api.post<ApiErrorBody>('/api/certificate-batches/webinar', body, {
      token: coordinator.token,
    });
    expect(unsettled.status).toBe(409);
    expect(unsettled.body.message).toContain('setelah sesi selesai');

    // The ledger as the webinar domain settles it: Dewi 95%, Budi 80%, Ayu 40%.
    for (const [learner, percent] of [
      [dewi, 95],
      [budi, 80],
      [ayu, 40],
    ] as const) {
      await t.db.query(
        `INSERT INTO webinar_attendance (session_id, user_id, role, first_joined_at, last_left_at, visits, minutes, percent)
         VALUES ($1, $2, 'attendee', now() - interval '2 hours', now() - interval '1 hour', 1, $3, $4)`,
        [sessionId, learner.id, Math.round((percent * 60) / 100), percent],
      );
    }
    await t.db.query(`UPDATE webinar_sessions SET attendance_settled_at = now() WHERE id = $1`, [sessionId]);
    const nobody = await t.api.post<ApiErrorBody>(
      '/api/certificate-batches/webinar',
      { sessionId, minAttendancePercent: 100 },
      { token: coordinator.token },
    );
    expect(nobody.status).toBe(422);
    expect(nobody.body.message).toBe('Tidak ada peserta yang hadir minimal 100% dari waktu sesi.');

    const batch = await t.api.post<CertificateBatchResult>('/api/certificate-batches/webinar', body, {
      token: coordinator.token,
    });
    expect(batch.status).toBe(201);
    const speakers = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches/webinar',
      { sessionId, role: 'narasumber' },
      { token: coordinator.token },
    );
    expect(speakers.status).toBe(201);
    for (const id of [batch.body.batch?.id, speakers.body.batch?.id]) {
      await eventually(
        async () =>
          (await t.api.get<CertificateBatch>(`/api/certificate-batches/${id}`, { token: coordinator.token })).body,
        (done) => done.pending === 0,
        'the webinar batch',
      );
    }
    const issued = await t.api.get<Page<Certificate>>(`/api/certificates?batchId=${batch.body.batch?.id}`, {
      token: coordinator.token,
    });
    expect(issued.body.items.map((each) => each.holder.fullName).sort()).toEqual(['Budi Santoso', 'Dewi Lestari']);
    expect(issued.body.items[0].subject).toEqual({
      kind: 'webinar',
      id: sessionId,
      title: 'Bincang Buku: Literasi Keluarga',
    });
    const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${issued.body.items[0].code}`);
    expect(verified.body).toMatchObject({ status: 'valid', subjectTitle: 'Bincang Buku: Literasi Keluarga', jp: 2 });
    const again = await t.api.post<CertificateBatchResult>('/api/certificate-batches/webinar', body, {
      token: coordinator.token,
    });
    expect(again.body.batch).toMatchObject({ total: 0, alreadyHeld: 2 });
  });

  it('issues to someone who has not completed only with a reason, and then for everyone or nobody', async () => {
    const [, , , rizky, nur] = learners;
    const before = await certificateRows();
    const refused = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      { courseId: course.id, cohortId: cohort.id, userIds: [rizky.id, '7b0c3f3e-8a3d-4a8e-9d5e-0c1f2a3b4c5d'] },
      { token: coordinator.token },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.batch).toBeNull();
    expect(refused.body.rejected.map((each) => each.reason).sort()).toEqual([
      'Belum menyelesaikan pelatihan ini. Isi alasan bila sertifikat tetap akan diterbitkan.',
      'Pengguna tidak ditemukan.',
    ]);
    expect(await certificateRows()).toBe(before);

    const forced = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      {
        courseId: course.id,
        cohortId: cohort.id,
        userIds: [rizky.id],
        forceReason: 'Mengikuti pelatihan luring pengganti.',
      },
      { token: coordinator.token },
    );
    expect(forced.status).toBe(201);
    const [rizkys] = (await issuedFor(rizky, 2)).filter((each) => each.role === 'peserta');
    expect(rizkys.forcedReason).toBe('Mengikuti pelatihan luring pengganti.');

    // A CSV list: an unknown address and a repeated person stop the whole list.
    const csv = (body: string, role = 'panitia') =>
      t.api.post<CertificateBatchResult>(`/api/certificate-batches/csv?courseId=${course.id}&role=${role}`, undefined, {
        token: coordinator.token,
        headers: { 'content-type': 'text/csv' },
        raw: body,
      });
    const badCsv = await csv(`email\n${nur.email}\ntidak.ada@perpustakaan.test\n${nur.email.toUpperCase()}\n`);
    expect(badCsv.status).toBe(422);
    expect(badCsv.body.rejected.map((each) => [each.row, each.reason])).toEqual([
      [3, 'Tidak ada pengguna dengan email "tidak.ada@perpustakaan.test".'],
      [4, 'Orang yang sama sudah ada di baris 2.'],
    ]);
    expect(await certificateRows()).toBe(before + 1);
    const goodCsv = await csv(`nama;email\nNur Aini;${nur.email}\n`);
    expect(goodCsv.status).toBe(201);
    expect((await issuedFor(nur)).map((each) => each.role)).toEqual(['panitia']);
  });

  it('gives exactly one certificate however many times the same issue is asked for at once', async () => {
    const [, , , , nur] = learners;
    const ask = () =>
      t.api.post<CertificateBatchResult>(
        '/api/certificate-batches',
        { courseId: course.id, role: 'moderator', userIds: [nur.id] },
        { token: coordinator.token },
      );
    const answers = await Promise.all([ask(), ask(), ask(), ask()]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(answers.map((answer) => answer.body.batch?.total).sort()).toEqual([0, 0, 0, 1]);
    const moderators = await t.db.query(`SELECT number FROM certificates WHERE holder_id = $1 AND role = 'moderator'`, [
      nur.id,
    ]);
    expect(moderators).toHaveLength(1);
    // Numbers are never given twice.
    const numbers = await t.db.query(`SELECT number FROM certificates`);
    expect(new Set(numbers.map((row: { number: string }) => row.number)).size).toBe(numbers.length);
  });

  it('revokes with a reason: the verify page says so and the PDF is no longer served', async () => {
    const budi = learners[1];
    const [certificate] = await issuedFor(budi);
    const revoked = await t.api.post<Certificate>(
      `/api/certificates/${certificate.id}/revoke`,
      { reason: 'Terbit untuk orang yang salah.' },
      { token: coordinator.token },
    );
    expect(revoked.status).toBe(201);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revokedReason: 'Terbit untuk orang yang salah.',
      pdfUrl: null,
    });
    const again = await t.api.post<ApiErrorBody>(
      `/api/certificates/${certificate.id}/revoke`,
      { reason: 'Terbit untuk orang yang salah.' },
      { token: coordinator.token },
    );
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Sertifikat ini sudah dicabut.');
    const tooShort = await t.api.post<ApiErrorBody>(
      `/api/certificates/${certificate.id}/revoke`,
      { reason: 'x' },
      { token: coordinator.token },
    );
    expect(tooShort.status).toBe(400);

    const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${certificate.code}`);
    expect(verified.body).toMatchObject({ status: 'revoked', revokedReason: 'Terbit untuk orang yang salah.' });
    expect((await t.api.download(certificate.pdfUrl as string)).status).toBe(410);
    // The holder is not given a new one automatically.
    expect((await t.app.get(CertificateAutomationService).reconcile()).issued).toBe(0);
  });

  it('reissues after a correction: a new version, the old one superseded', async () => {
    const ayu = learners[2];
    const [old] = await issuedFor(ayu);
    await t.db.query(`UPDATE users SET full_name = 'Ayu Pratiwi, S.Hum.' WHERE id = $1`, [ayu.id]);
    const reissued = await t.api.post<Certificate>(
      `/api/certificates/${old.id}/reissue`,
      { reason: 'Gelar belum tercantum.' },
      { token: coordinator.token },
    );
    expect(reissued.status).toBe(201);
    expect(reissued.body).toMatchObject({ version: 2, status: 'pending', holder: { fullName: 'Ayu Pratiwi, S.Hum.' } });
    expect(reissued.body.number).not.toBe(old.number);
    const current = await issuedFor(ayu);
    expect(current.find((each) => each.id === old.id)?.status).toBe('superseded');

    const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${old.code}`);
    expect(verified.body).toMatchObject({
      status: 'superseded',
      revokedReason: 'Gelar belum tercantum.',
      replacedByCode: reissued.body.code,
    });
    const twice = await t.api.post<ApiErrorBody>(
      `/api/certificates/${old.id}/reissue`,
      { reason: 'Gelar belum tercantum.' },
      { token: coordinator.token },
    );
    expect(twice.status).toBe(409);
  });

  it('retries the failed certificates of a batch', async () => {
    const [, , , rizky] = learners;
    const batch = await t.api.post<CertificateBatchResult>(
      '/api/certificate-batches',
      { courseId: course.id, role: 'moderator', userIds: [rizky.id] },
      { token: coordinator.token },
    );
    const batchId = batch.body.batch?.id as string;
    const progress = () =>
      t.api.get<CertificateBatch>(`/api/certificate-batches/${batchId}`, { token: coordinator.token });
    await eventually(
      async () => (await progress()).body,
      (each) => each.pending === 0,
      'the batch',
    );
    // Its last attempt cannot read the template's logo (the queue retries five times over half
    // a minute; a job of one attempt is the last at once).
    const [failing] = (await t.db.query(`SELECT id, image_keys AS "imageKeys" FROM certificates WHERE batch_id = $1`, [
      batchId,
    ])) as { id: string; imageKeys: Record<string, string> }[];
    const gone = Object.fromEntries(
      Object.keys(failing.imageKeys).map((imageId) => [imageId, 'certificate-images/gone']),
    );
    await t.db.query(`UPDATE certificates SET status = 'pending', image_keys = $2 WHERE id = $1`, [
      failing.id,
      JSON.stringify(gone),
    ]);
    const queue = t.app.get<Queue<IssueCertificateJob>>(getQueueToken(QUEUES.certificates), { strict: false });
    await queue.add(ISSUE_CERTIFICATE_JOB, { certificateId: failing.id }, { attempts: 1, removeOnFail: true });
    await eventually(
      async () => (await progress()).body,
      (each) => each.failed === 1,
      'the failure',
    );
    // Coordinators read what went wrong in words, never the worker's raw error.
    const listed = await t.api.get<Page<Certificate>>(`/api/certificates?batchId=${batchId}`, {
      token: coordinator.token,
    });
    expect(listed.body.items).toEqual([
      expect.objectContaining({ status: 'failed', failureReason: 'imageUnreadable' }),
    ]);
    // The logo is readable again; retrying makes it.
    await t.db.query(`UPDATE certificates SET image_keys = $2 WHERE id = $1`, [
      failing.id,
      JSON.stringify(failing.imageKeys),
    ]);
    const retried = await t.api.post<CertificateBatch>(`/api/certificate-batches/${batchId}/retry`, undefined, {
      token: coordinator.token,
    });
    expect(retried.body.failed).toBe(0);
    await eventually(
      async () => (await progress()).body,
      (each) => each.issued === 1,
      'the retry',
    );
  });

  it('repairs what was lost: completions without a certificate and pending ones without a job', async () => {
    const second = await publishedCourse(t.api, trainer.token, { title: 'Layanan Referensi Digital', jp: 4 });
    const secondCohort = await runningCohort(t.api, coordinator.token, second.id);
    // No template applies to the course when its learner completes it...
    const own = await t.api.put(
      `/api/courses/${second.id}/certificate-template`,
      { templateId: template.id },
      { token: coordinator.token },
    );
    expect(own.body).toEqual({ templateId: template.id, effectiveTemplateId: template.id });
    await t.api.put(
      `/api/courses/${second.id}/certificate-template`,
      { templateId: null },
      { token: coordinator.token },
    );
    await t.db.query(`UPDATE certificate_templates SET is_default = false`);
    const [dewi] = learners;
    await enrolAndComplete(t.api, coordinator.token, secondCohort.id, second, [dewi]);
    expect((await mine(dewi)).body.filter((each) => each.subject.id === second.id)).toHaveLength(0);

    await t.db.query(`UPDATE certificate_templates SET is_default = true WHERE id = $1`, [template.id]);
    // A pending row whose job Redis lost.
    await t.db.query(
      `UPDATE certificates SET status = 'pending' WHERE holder_id = $1 AND subject_id = $2 AND role = 'panitia'`,
      [learners[4].id, course.id],
    );
    const result = await t.app.get(CertificateAutomationService).reconcile({ pendingForSeconds: 0 });
    expect(result).toEqual({ requeued: 1, issued: 1 });
    await eventually(
      async () => (await mine(dewi)).body.filter((each) => each.subject.id === second.id && each.status === 'issued'),
      (list) => list.length === 1,
      'the reconciled certificate',
    );
  });

  it('limits public verification per address', async () => {
    const answers = [];
    for (let index = 0; index <= VERIFY_PER_MINUTE; index += 1) {
      answers.push((await t.api.get('/api/public/certificates/0000-0000-0000')).status);
    }
    expect(answers.at(-1)).toBe(429);
  });
});
