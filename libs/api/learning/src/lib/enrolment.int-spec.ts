import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser, type TestUser } from '@bina-pustaka/api-identity/testing';
import type {
  ApiErrorBody,
  CatalogCourseDetail,
  CohortSummary,
  CourseDetail,
  EnrolmentReport,
  EnrolmentSummary,
  Page,
} from '@bina-pustaka/shared-contracts';
import { publishedCourse, runningCohort } from '../testing/learning-fixtures';
import { LearningModule, learningMigrations } from './learning.module';

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

describe('cohorts and enrolment', () => {
  let t: TestApp;
  let trainer: SignedInUser;
  let coordinator: SignedInUser;
  let course: CourseDetail;

  const csv = (cohortId: string, body: string) =>
    t.api.post<EnrolmentReport>(`/api/cohorts/${cohortId}/enrolments/import`, undefined, {
      token: coordinator.token,
      headers: { 'content-type': 'text/csv' },
      raw: body,
    });
  const liveCount = async (cohortId: string) =>
    Number(
      (
        await t.db.query(
          `SELECT count(*) AS n FROM enrolments WHERE cohort_id = $1 AND status IN ('pending','active','completed')`,
          [cohortId],
        )
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule],
      migrations: [...identityMigrations, ...learningMigrations],
    });
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    course = await publishedCourse(t.api, trainer.token);
  });
  afterAll(() => t.close());

  it('opens cohorts only for published courses, with dates in order', async () => {
    const draft = await t.api.post<CourseDetail>(
      '/api/courses',
      { title: 'Belum terbit', category: 'lainnya', jp: 1 },
      { token: trainer.token },
    );
    const refused = await t.api.post<ApiErrorBody>(
      `/api/courses/${draft.body.id}/cohorts`,
      { name: 'Angkatan X', enrolOpensAt: hours(0), enrolClosesAt: hours(1), startsAt: hours(2), endsAt: hours(3) },
      { token: coordinator.token },
    );
    expect(refused.status).toBe(409);
    const backwards = await t.api.post<ApiErrorBody>(
      `/api/courses/${course.id}/cohorts`,
      { name: 'Angkatan Y', enrolOpensAt: hours(5), enrolClosesAt: hours(1), startsAt: hours(2), endsAt: hours(1) },
      { token: coordinator.token },
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.issues).toEqual([
      { field: 'enrolClosesAt', message: 'Pendaftaran harus ditutup setelah dibuka.' },
      { field: 'endsAt', message: 'Angkatan harus berakhir setelah dimulai.' },
    ]);
    // Trainers see the cohorts of their courses but cannot open one.
    expect((await t.api.post(`/api/courses/${course.id}/cohorts`, {}, { token: trainer.token })).status).toBe(403);
  });

  it('enrols by CSV all or nothing, reporting each refused row and why', async () => {
    const cohort = await runningCohort(t.api, coordinator.token, course.id, { name: 'Angkatan CSV' });
    const ayu = await createTestUser(t.db, { fullName: 'Ayu Pratiwi', nip: '199001012015032001' });
    const budi = await createTestUser(t.db, { fullName: 'Budi Santoso' });
    const disabled = await createTestUser(t.db, { status: 'disabled' });

    const bad = await csv(
      cohort.id,
      `email,nama,nip\n${ayu.email},Ayu,199001012015032001\nbukan-email,X,\ntidak.ada@uji.test,Y,\n${disabled.email},Z,\n${ayu.email},Ayu lagi,\n${budi.email},Budi,123456789012345678\n`,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.committed).toBe(false);
    expect(bad.body.enrolled).toBe(0);
    expect(bad.body.rejected).toBe(5);
    expect(bad.body.rows.map((row) => row.status)).toEqual([
      'skipped',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(bad.body.rows.map((row) => [row.row, row.reason])).toEqual([
      [2, 'Tidak didaftarkan karena ada baris lain yang ditolak. Perbaiki baris itu lalu unggah ulang.'],
      [3, 'Email tidak valid.'],
      [4, 'Belum ada akun dengan email ini. Undang orangnya terlebih dahulu.'],
      [5, 'Akun ini sedang dinonaktifkan.'],
      [6, 'Email ini muncul lebih dari sekali dalam daftar.'],
      [7, 'NIP tidak sesuai dengan akun yang memakai email ini.'],
    ]);
    expect(await liveCount(cohort.id)).toBe(0);

    const good = await csv(cohort.id, `\ufeffEmail;Nama\n${ayu.email.toUpperCase()};Ayu\n${budi.email};Budi\n`);
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ committed: true, enrolled: 2, rejected: 0 });
    expect(await liveCount(cohort.id)).toBe(2);

    const again = await csv(cohort.id, `email\n${budi.email}\n`);
    expect(again.status).toBe(422);
    expect(again.body.rows[0].reason).toBe('Sudah terdaftar di pelatihan ini (angkatan Angkatan CSV).');

    const members = await t.api.get<Page<EnrolmentSummary>>(`/api/cohorts/${cohort.id}/enrolments?q=ayu`, {
      token: trainer.token,
    });
    expect(members.body.items.map((m) => [m.user.fullName, m.status, m.progressPercent])).toEqual([
      ['Ayu Pratiwi', 'active', 0],
    ]);
  });

  it('refuses CSV files that cannot be read', async () => {
    const cohort = await runningCohort(t.api, coordinator.token, course.id, { name: 'Angkatan Rusak' });
    const noEmail = await csv(cohort.id, 'nama,nip\nAyu,1\n');
    expect(noEmail.status).toBe(400);
    expect((noEmail.body as unknown as ApiErrorBody).message).toBe(
      'Berkas CSV harus memiliki kolom "email" pada baris judul.',
    );
    expect((await csv(cohort.id, '')).status).toBe(400);
    const json = await t.api.post<ApiErrorBody>(
      `/api/cohorts/${cohort.id}/enrolments/import`,
      { email: 'a@b.id' },
      { token: coordinator.token },
    );
    expect(json.status).toBe(415);
  });

  it('keeps to the capacity, in list order', async () => {
    const cohort = await runningCohort(t.api, coordinator.token, course.id, { name: 'Angkatan Kecil', capacity: 2 });
    const people: TestUser[] = [];
    for (let i = 0; i < 3; i++) people.push(await createTestUser(t.db));
    const report = await t.api.post<EnrolmentReport>(
      `/api/cohorts/${cohort.id}/enrolments`,
      { userIds: people.map((p) => p.id) },
      { token: coordinator.token },
    );
    expect(report.status).toBe(422);
    expect(report.body.rows[2].reason).toBe('Kapasitas angkatan sudah penuh.');
    const two = await t.api.post<EnrolmentReport>(
      `/api/cohorts/${cohort.id}/enrolments`,
      { userIds: people.slice(0, 2).map((p) => p.id) },
      { token: coordinator.token },
    );
    expect(two.status).toBe(201);
    const smaller = await t.api.patch<ApiErrorBody>(
      `/api/cohorts/${cohort.id}`,
      { capacity: 1 },
      { token: coordinator.token },
    );
    expect(smaller.status).toBe(409);
    expect(smaller.body.message).toBe('Kapasitas tidak boleh lebih kecil dari jumlah peserta terdaftar (2).');
  });

  it('lets learners enrol themselves only where and when the cohort allows', async () => {
    const learner = await signIn(t.api, await createTestUser(t.db, { roles: ['learner'] }));
    const closed = await runningCohort(t.api, coordinator.token, course.id, {
      name: 'Tertutup',
      selfEnrolment: 'closed',
    });
    const notYet = await runningCohort(t.api, coordinator.token, course.id, {
      name: 'Belum dibuka',
      selfEnrolment: 'open',
      enrolOpensAt: hours(24),
      enrolClosesAt: hours(48),
    });
    const open = await runningCohort(t.api, coordinator.token, course.id, { name: 'Terbuka', selfEnrolment: 'open' });

    const refusedClosed = await t.api.post<ApiErrorBody>(`/api/cohorts/${closed.id}/self-enrolment`, undefined, {
      token: learner.token,
    });
    expect(refusedClosed.status).toBe(403);
    const early = await t.api.post<ApiErrorBody>(`/api/cohorts/${notYet.id}/self-enrolment`, undefined, {
      token: learner.token,
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/^Pendaftaran angkatan ini baru dibuka \d{1,2} \w+ \d{4}, \d{2}\.\d{2} WIB\.$/);

    const page = await t.api.get<CatalogCourseDetail>(`/api/catalog/${course.id}`, { token: learner.token });
    const byName = (name: string) => page.body.cohorts.find((c) => c.name === name);
    expect(byName('Terbuka')).toMatchObject({ canSelfEnrol: true, cannotSelfEnrolReason: null });
    expect(byName('Tertutup')?.cannotSelfEnrolReason).toBe(
      'Angkatan ini tidak menerima pendaftaran mandiri. Hubungi koordinator pelatihan.',
    );

    const [first, second] = await Promise.all([
      t.api.post<EnrolmentSummary>(`/api/cohorts/${open.id}/self-enrolment`, undefined, { token: learner.token }),
      t.api.post<EnrolmentSummary>(`/api/cohorts/${open.id}/self-enrolment`, undefined, { token: learner.token }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect(await liveCount(open.id)).toBe(1);
  });

  it('waits for approval where the cohort asks for it', async () => {
    const learner = await signIn(t.api, await createTestUser(t.db, { roles: ['learner'] }));
    const cohort = await runningCohort(t.api, coordinator.token, course.id, {
      name: 'Dengan persetujuan',
      selfEnrolment: 'approval',
    });
    const pending = await t.api.post<EnrolmentSummary>(`/api/cohorts/${cohort.id}/self-enrolment`, undefined, {
      token: learner.token,
    });
    expect(pending.body.status).toBe('pending');
    const blocked = await t.api.get<ApiErrorBody>(`/api/learn/courses/${course.id}`, { token: learner.token });
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toBe('Pendaftaran Anda masih menunggu persetujuan koordinator.');
    expect(
      (await t.api.post(`/api/enrolments/${pending.body.id}/approve`, undefined, { token: trainer.token })).status,
    ).toBe(403);
    const approved = await t.api.post<EnrolmentSummary>(`/api/enrolments/${pending.body.id}/approve`, undefined, {
      token: coordinator.token,
    });
    expect(approved.body.status).toBe('active');
    expect(
      (await t.api.post(`/api/enrolments/${pending.body.id}/approve`, undefined, { token: coordinator.token })).status,
    ).toBe(409);
    expect((await t.api.get(`/api/learn/courses/${course.id}`, { token: learner.token })).status).toBe(200);
  });

  it('moves, extends and withdraws', async () => {
    const a = await runningCohort(t.api, coordinator.token, course.id, { name: 'Angkatan A' });
    const b = await runningCohort(t.api, coordinator.token, course.id, { name: 'Angkatan B' });
    const learner = await createTestUser(t.db);
    await t.api.post(`/api/cohorts/${a.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });
    const [enrolment] = (
      await t.api.get<Page<EnrolmentSummary>>(`/api/cohorts/${a.id}/enrolments`, { token: coordinator.token })
    ).body.items;

    const moved = await t.api.post<EnrolmentSummary>(
      `/api/enrolments/${enrolment.id}/move`,
      { cohortId: b.id },
      { token: coordinator.token },
    );
    expect(moved.body.cohortId).toBe(b.id);
    const other = await publishedCourse(t.api, trainer.token, { title: 'Pelatihan Lain' });
    const elsewhere = await runningCohort(t.api, coordinator.token, other.id);
    expect(
      (
        await t.api.post<ApiErrorBody>(
          `/api/enrolments/${enrolment.id}/move`,
          { cohortId: elsewhere.id },
          { token: coordinator.token },
        )
      ).status,
    ).toBe(422);

    const later = hours(24 * 90);
    const extended = await t.api.patch<EnrolmentSummary>(
      `/api/enrolments/${enrolment.id}`,
      { endsAt: later },
      { token: coordinator.token },
    );
    expect(new Date(extended.body.endsAt).toISOString()).toBe(later);
    expect(
      (await t.api.patch(`/api/enrolments/${enrolment.id}`, { endsAt: hours(-24 * 10) }, { token: coordinator.token }))
        .status,
    ).toBe(422);

    const withdrawn = await t.api.post<EnrolmentSummary>(`/api/enrolments/${enrolment.id}/withdraw`, undefined, {
      token: coordinator.token,
    });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(
      (await t.api.post(`/api/enrolments/${enrolment.id}/withdraw`, undefined, { token: coordinator.token })).status,
    ).toBe(409);
    // Withdrawn frees the course: enrolling again is possible.
    expect(
      (await t.api.post(`/api/cohorts/${a.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token }))
        .status,
    ).toBe(201);
  });

  it('checks prerequisites', async () => {
    const advanced = await publishedCourse(t.api, trainer.token, { title: 'Katalogisasi Lanjutan' });
    await t.api.patch(`/api/courses/${advanced.id}`, { prerequisiteIds: [course.id] }, { token: trainer.token });
    const cohort = await runningCohort(t.api, coordinator.token, advanced.id, { selfEnrolment: 'open' });
    const learner = await signIn(t.api, await createTestUser(t.db));
    const self = await t.api.post<ApiErrorBody>(`/api/cohorts/${cohort.id}/self-enrolment`, undefined, {
      token: learner.token,
    });
    expect(self.status).toBe(409);
    expect(self.body.message).toBe('Selesaikan dahulu pelatihan prasyarat: Katalogisasi Bahan Pustaka Digital.');
    const page = await t.api.get<CatalogCourseDetail>(`/api/catalog/${advanced.id}`, { token: learner.token });
    expect(page.body.prerequisites).toEqual([
      { id: course.id, title: 'Katalogisasi Bahan Pustaka Digital', completedByMe: false },
    ]);
  });

  it('shows cohorts to the trainers of the course only', async () => {
    const stranger = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    const cohort = await runningCohort(t.api, coordinator.token, course.id, { name: 'Rahasia' });
    expect((await t.api.get(`/api/cohorts/${cohort.id}`, { token: trainer.token })).status).toBe(200);
    expect((await t.api.get(`/api/cohorts/${cohort.id}`, { token: stranger.token })).status).toBe(403);
    expect((await t.api.get(`/api/cohorts/${cohort.id}/enrolments`, { token: stranger.token })).status).toBe(403);
    const list = await t.api.get<Page<CohortSummary>>('/api/cohorts', { token: stranger.token });
    expect(list.body.items).toEqual([]);
  });
});
