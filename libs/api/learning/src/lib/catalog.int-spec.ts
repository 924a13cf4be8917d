import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type {
  ApiErrorBody,
  CatalogCourse,
  CatalogCourseDetail,
  CourseDetail,
  EnrolmentSummary,
  Page,
} from '@bina-pustaka/shared-contracts';
import { enrolAndComplete, publishedCourse, runningCohort, SAMPLE_PNG, upload } from '../testing/learning-fixtures';
import { LearningModule, learningMigrations } from './learning.module';

/** Catalog rows straight in the database: enough courses for paging and filters without building each outline. */
interface CourseRow {
  title: string;
  summary?: string;
  category?: string;
  jp?: number;
  skkniUnits?: string[];
  status?: 'draft' | 'published' | 'archived';
}

describe('the course catalog', () => {
  let t: TestApp;
  let trainer: SignedInUser;
  let coordinator: SignedInUser;
  let learner: SignedInUser;

  const insertCourses = async (rows: CourseRow[]): Promise<string[]> => {
    const ids: string[] = [];
    for (const row of rows) {
      const status = row.status ?? 'published';
      const [{ id }] = await t.db.query(
        `INSERT INTO courses (title, summary, category, jp, skkni_units, status, owner_id, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $6 = 'draft' THEN NULL ELSE now() END) RETURNING id`,
        [
          row.title,
          row.summary ?? '',
          row.category ?? 'pengolahan',
          row.jp ?? 2,
          row.skkniUnits ?? [],
          status,
          trainer.id,
        ],
      );
      ids.push(id);
    }
    return ids;
  };
  const catalog = async (query: string, as: SignedInUser = learner) => {
    const response = await t.api.get<Page<CatalogCourse>>(`/api/catalog?${query}`, { token: as.token });
    expect(response.status).toBe(200);
    return response.body;
  };
  const titles = async (query: string, as: SignedInUser = learner) =>
    (await catalog(query, as)).items.map((c) => c.title);

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule],
      migrations: [...identityMigrations, ...learningMigrations],
    });
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Siti Rahmawati' }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
  });
  afterAll(() => t.close());

  it('shows on each card its cover, trainers, lessons, open cohorts and my enrolment, as the course page does', async () => {
    const budi = await createTestUser(t.db, { roles: ['trainer'], fullName: 'Budi Santoso' });
    const ani = await createTestUser(t.db, { roles: ['trainer'], fullName: 'Ani Wijaya' });
    const course = await publishedCourse(t.api, trainer.token, { title: 'Bibliometrika untuk Perpustakaan Kampus' });
    const cover = await upload(t.api, trainer.token, 'course-cover', 'sampul.png', SAMPLE_PNG);
    const edited = await t.api.patch<CourseDetail>(
      `/api/courses/${course.id}`,
      { coverFileId: cover.id, trainerIds: [budi.id, ani.id], skkniUnits: ['J.91LPS00.012.2'], language: 'en' },
      { token: trainer.token },
    );
    expect(edited.status).toBe(200);
    await runningCohort(t.api, coordinator.token, course.id, { name: 'Terbuka', selfEnrolment: 'open' });
    await runningCohort(t.api, coordinator.token, course.id, { name: 'Persetujuan', selfEnrolment: 'approval' });
    await runningCohort(t.api, coordinator.token, course.id, { name: 'Tertutup', selfEnrolment: 'closed' });
    const mine = await runningCohort(t.api, coordinator.token, course.id, {
      name: 'Belum dibuka',
      selfEnrolment: 'open',
      enrolOpensAt: new Date(Date.now() + 86_400_000).toISOString(),
      enrolClosesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    await t.api.post(`/api/cohorts/${mine.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });

    const page = await catalog('q=bibliometrika');
    expect(page.total).toBe(1);
    const [card] = page.items;
    const lessons = course.modules.flatMap((module) => module.lessons);
    expect(card).toEqual({
      id: course.id,
      title: 'Bibliometrika untuk Perpustakaan Kampus',
      summary: 'Dasar RDA untuk pustakawan',
      category: 'pengolahan',
      jp: 4,
      language: 'en',
      skkniUnits: ['J.91LPS00.012.2'],
      cover: { ...cover, url: expect.stringMatching(new RegExp(`^/api/files/${cover.id}/content\\?u=${learner.id}&`)) },
      // The author first, then the co-trainers by name.
      trainers: [
        { id: trainer.id, fullName: 'Siti Rahmawati' },
        { id: ani.id, fullName: 'Ani Wijaya' },
        { id: budi.id, fullName: 'Budi Santoso' },
      ],
      lessonCount: 4,
      estimatedMinutes: lessons.reduce((sum, lesson) => sum + lesson.estimatedMinutes, 0),
      myEnrolment: { id: expect.any(String), status: 'active', cohortId: mine.id },
      openCohorts: 2,
    });
    // The cover link is signed for this learner and works for them.
    const image = await fetch(`${t.api.baseUrl}${card.cover?.url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');

    const detail = await t.api.get<CatalogCourseDetail>(`/api/catalog/${course.id}`, { token: learner.token });
    const { description, descriptionHtml, prerequisites, outline, cohorts, ...detailCard } = detail.body;
    expect({ description, descriptionHtml, prerequisites }).toEqual({
      description: '',
      descriptionHtml: '',
      prerequisites: [],
    });
    expect(outline.flatMap((module) => module.lessons)).toHaveLength(4);
    expect(cohorts).toHaveLength(4);
    expect(detailCard).toEqual(card);
  });

  it('stems Indonesian words and ranks title matches above summary matches', async () => {
    await insertCourses([
      { title: 'Pelestarian Manuskrip Lontar', summary: 'Merawat koleksi langka' },
      { title: 'Dasar Konservasi Arsip', summary: 'Pelestarian dokumen kertas dan manuskrip' },
      { title: 'Pengelolaan Taman Bacaan Masyarakat', summary: 'Mengelola relawan dan koleksi' },
    ]);
    // "melestarikan", "pelestarian" and "pelestariannya" share the stem "lestari".
    expect(await titles('q=melestarikan')).toEqual(['Pelestarian Manuskrip Lontar', 'Dasar Konservasi Arsip']);
    expect(await titles('q=pelestariannya%20manuskrip')).toEqual([
      'Pelestarian Manuskrip Lontar',
      'Dasar Konservasi Arsip',
    ]);
    expect(await titles('q=mengelola%20taman')).toEqual(['Pengelolaan Taman Bacaan Masyarakat']);
    // Web search syntax: a quoted phrase, and a word to leave out.
    expect(await titles('q=%22taman%20bacaan%22')).toEqual(['Pengelolaan Taman Bacaan Masyarakat']);
    expect(await titles('q=pelestarian%20-lontar')).toEqual(['Dasar Konservasi Arsip']);
    // Part of a title, which full text alone would not find.
    expect(await titles('q=konserv')).toEqual(['Dasar Konservasi Arsip']);
  });

  it('combines every filter, each one narrowing the same search', async () => {
    const unit = 'J.91LPS00.010.2';
    const [lontar, , , , daun] = await insertCourses([
      { title: 'Preservasi Naskah Lontar', category: 'pelestarian', jp: 6, skkniUnits: [unit] },
      { title: 'Preservasi Naskah Digital', category: 'teknologi', jp: 6, skkniUnits: [unit] },
      { title: 'Preservasi Naskah Foto', category: 'pelestarian', jp: 2, skkniUnits: [unit] },
      { title: 'Preservasi Naskah Kertas', category: 'pelestarian', jp: 9, skkniUnits: ['J.91LPS00.011.2', unit] },
      { title: 'Preservasi Naskah Daun', category: 'pelestarian', jp: 6, skkniUnits: [unit] },
      { title: 'Preservasi Naskah Peta', category: 'pelestarian', jp: 6, skkniUnits: ['J.91LPS00.011.2'] },
    ]);
    const cohort = await runningCohort(t.api, coordinator.token, daun);
    await t.api.post(`/api/cohorts/${cohort.id}/enrolments`, { userIds: [learner.id] }, { token: coordinator.token });

    const base = 'q=preservasi%20naskah';
    expect(await titles(base)).toHaveLength(6);
    expect(await titles(`${base}&category=pelestarian`)).toHaveLength(5);
    // The unit is matched whatever its case in the address.
    expect(await titles(`${base}&category=pelestarian&skkni=j.91lps00.010.2`)).toHaveLength(4);
    expect(await titles(`${base}&category=pelestarian&skkni=${unit}&jpMin=5&jpMax=8`)).toEqual([
      'Preservasi Naskah Daun',
      'Preservasi Naskah Lontar',
    ]);
    const page = await catalog(`${base}&category=pelestarian&skkni=${unit}&jpMin=5&jpMax=8&enrolment=none`);
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(page.items.map((c) => c.id)).toEqual([lontar]);
    expect(await titles(`${base}&category=pelestarian&skkni=${unit}&jpMin=5&jpMax=8&enrolment=enrolled`)).toEqual([
      'Preservasi Naskah Daun',
    ]);
    // Bounds are inclusive.
    expect(await titles(`${base}&jpMin=9&jpMax=9`)).toEqual(['Preservasi Naskah Kertas']);
    expect(await titles(`${base}&jpMin=7&jpMax=5`)).toEqual([]);
  });

  it('pages through matches in a stable order with the total on every page', async () => {
    const names = Array.from(
      { length: 25 },
      (_, i) => `Inventarisasi Koleksi Bagian ${String(i + 1).padStart(2, '0')}`,
    );
    await insertCourses([...names].reverse().map((title) => ({ title, category: 'manajemen' })));

    const pages = [];
    for (const n of [1, 2, 3]) pages.push(await catalog(`q=inventarisasi&pageSize=10&page=${n}`));
    expect(pages.map((p) => [p.total, p.page, p.pageSize, p.items.length])).toEqual([
      [25, 1, 10, 10],
      [25, 2, 10, 10],
      [25, 3, 10, 5],
    ]);
    expect(pages.flatMap((p) => p.items.map((c) => c.title))).toEqual(names);
    // Past the last page: no cards, but the total still says how many there are.
    expect(await catalog('q=inventarisasi&pageSize=10&page=4')).toEqual({
      items: [],
      total: 25,
      page: 4,
      pageSize: 10,
    });
    expect(await catalog('q=tidakadayangcocok')).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    // Without a search the catalog is in title order.
    const all = await catalog('category=manajemen&pageSize=100');
    expect(all.total).toBe(all.items.length);
    const sorted = all.items.map((c) => c.title);
    expect(sorted.filter((title) => title.startsWith('Inventarisasi'))).toEqual(names);
  });

  it('shows each learner their own enrolment and filters by it', async () => {
    const other = await signIn(t.api, await createTestUser(t.db));
    const [active, pending, withdrawn, others] = await insertCourses(
      ['Aktif', 'Menunggu', 'Mundur', 'Orang Lain'].map((word) => ({ title: `Sitasi dan Referensi ${word}` })),
    );
    const completed = await publishedCourse(t.api, trainer.token, { title: 'Sitasi dan Referensi Selesai' });

    const activeCohort = await runningCohort(t.api, coordinator.token, active);
    await t.api.post(
      `/api/cohorts/${activeCohort.id}/enrolments`,
      { userIds: [learner.id] },
      { token: coordinator.token },
    );
    const approval = await runningCohort(t.api, coordinator.token, pending, { selfEnrolment: 'approval' });
    const asked = await t.api.post<EnrolmentSummary>(`/api/cohorts/${approval.id}/self-enrolment`, undefined, {
      token: learner.token,
    });
    expect(asked.body.status).toBe('pending');
    const open = await runningCohort(t.api, coordinator.token, withdrawn, { selfEnrolment: 'open' });
    const left = await t.api.post<EnrolmentSummary>(`/api/cohorts/${open.id}/self-enrolment`, undefined, {
      token: learner.token,
    });
    expect(
      (await t.api.post(`/api/enrolments/${left.body.id}/withdraw`, undefined, { token: coordinator.token })).status,
    ).toBe(200);
    const othersCohort = await runningCohort(t.api, coordinator.token, others);
    await t.api.post(
      `/api/cohorts/${othersCohort.id}/enrolments`,
      { userIds: [other.id] },
      { token: coordinator.token },
    );
    const completedCohort = await runningCohort(t.api, coordinator.token, completed.id);
    await enrolAndComplete(t.api, coordinator.token, completedCohort.id, completed, [learner]);

    const statuses = async (query: string, as = learner) =>
      Object.fromEntries(
        (await catalog(`q=sitasi&${query}`, as)).items.map((c) => [
          c.title.split(' ').pop(),
          c.myEnrolment?.status ?? null,
        ]),
      );
    expect(await statuses('')).toEqual({
      Aktif: 'active',
      Menunggu: 'pending',
      Mundur: null,
      Lain: null,
      Selesai: 'completed',
    });
    expect(await statuses('enrolment=enrolled')).toEqual({ Aktif: 'active', Menunggu: 'pending' });
    expect(await statuses('enrolment=completed')).toEqual({ Selesai: 'completed' });
    expect(await statuses('enrolment=none')).toEqual({ Mundur: null, Lain: null });
    // The same catalog as someone else: only their own enrolment shows.
    expect(await statuses('', other)).toEqual({
      Aktif: null,
      Menunggu: null,
      Mundur: null,
      Lain: 'active',
      Selesai: null,
    });
    const [card] = (await catalog('q=sitasi&enrolment=enrolled&pageSize=1')).items;
    expect(card.myEnrolment).toEqual({ id: expect.any(String), status: 'active', cohortId: activeCohort.id });
  });

  it('never shows draft or archived courses, whoever asks and however', async () => {
    const draft = await t.api.post<CourseDetail>(
      '/api/courses',
      { title: 'Rancangan Rahasia Katalog', category: 'layanan', jp: 2 },
      { token: trainer.token },
    );
    const archived = await publishedCourse(t.api, trainer.token, { title: 'Rancangan Lama Katalog' });
    expect((await t.api.post(`/api/courses/${archived.id}/archive`, undefined, { token: trainer.token })).status).toBe(
      200,
    );
    await insertCourses([{ title: 'Rancangan Terbit Katalog' }, { title: 'Rancangan Draf Katalog', status: 'draft' }]);

    for (const as of [learner, trainer, coordinator]) {
      expect(await titles('q=rancangan', as)).toEqual(['Rancangan Terbit Katalog']);
      expect((await catalog('q=rancangan', as)).total).toBe(1);
    }
    expect(await titles('q=rahasia')).toEqual([]);
    for (const id of [draft.body.id, archived.id]) {
      const page = await t.api.get<ApiErrorBody>(`/api/catalog/${id}`, { token: trainer.token });
      expect(page.status).toBe(404);
    }
    // There is no status filter to ask for drafts with.
    const asked = await t.api.get<ApiErrorBody>('/api/catalog?status=draft', { token: trainer.token });
    expect(asked.status).toBe(400);
  });

  it('takes search text with quotes, operators and wildcards as words, never as SQL or patterns', async () => {
    await insertCourses([
      { title: 'Diskon 100% Keanggotaan Perpustakaan' },
      { title: 'Kode anggota_baru untuk Pemustaka' },
      { title: "Katalog O'Brien dan Kawan-kawan" },
    ]);
    const before = Number((await t.db.query(`SELECT count(*) FROM courses`))[0].count);
    const hostile = ["'; DROP TABLE courses; --", "x' OR '1'='1", '1) OR (1=1', '\\', '" <-> ! :* & | (', '$1', '%%'];
    for (const q of hostile) {
      const response = await t.api.get<Page<CatalogCourse>>(`/api/catalog?q=${encodeURIComponent(q)}`, {
        token: learner.token,
      });
      expect([q, response.status, response.body.items]).toEqual([q, 200, []]);
    }
    // % and _ are the characters themselves, not LIKE wildcards.
    expect(await titles('q=%25')).toEqual(['Diskon 100% Keanggotaan Perpustakaan']);
    expect(await titles('q=_')).toEqual(['Kode anggota_baru untuk Pemustaka']);
    expect(await titles(`q=${encodeURIComponent("o'brien")}`)).toEqual(["Katalog O'Brien dan Kawan-kawan"]);
    expect(Number((await t.db.query(`SELECT count(*) FROM courses`))[0].count)).toBe(before);
    // Longer than the catalog accepts: refused, not searched.
    expect((await t.api.get(`/api/catalog?q=${'a'.repeat(101)}`, { token: learner.token })).status).toBe(400);
  });
});
