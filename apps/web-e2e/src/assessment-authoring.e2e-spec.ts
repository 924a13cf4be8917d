import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHONE, openBrowser, screenshot, type Browser } from './support/browser';
import { apiAs } from './support/api';
import { expectAccessible, signIn } from './support/session';

const TRAINER = 'pelatih.siti@perpustakaan.test';
const COORDINATOR = 'koordinator@perpustakaan.test';
const LEARNER = 'dewi.lestari@perpustakaan.test';
/** Unique per run, so the journey can run against a database that already has courses. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const COURSE = `Pengolahan Terbitan Berkala ${RUN}`;
const OTHER_COURSE = `Klasifikasi DDC ${RUN}`;
const QUIZ = `Post-test terbitan berkala ${RUN}`;
const COHORT = `Angkatan Berkala ${RUN}`;

/** The bank the first course starts with, in the documented import format. */
const BANK = {
  format: 'bina-pustaka.question-bank',
  version: 1,
  categories: ['Dasar', 'Lanjutan'],
  questions: [
    {
      category: 'Dasar',
      prompt: 'Nomor standar untuk terbitan berkala adalah?',
      points: 1,
      feedback: { correct: 'Tepat.', incorrect: null, general: null },
      body: {
        type: 'single-choice',
        options: [
          { text: 'ISSN', correct: true, feedback: null },
          { text: 'ISBN', correct: false, feedback: 'ISBN untuk buku.' },
        ],
      },
    },
    {
      category: 'Dasar',
      prompt: 'Terbitan berkala terbit terus-menerus tanpa rencana berakhir.',
      points: 1,
      feedback: { correct: null, incorrect: null, general: null },
      body: { type: 'true-false', answer: true },
    },
    {
      category: 'Lanjutan',
      prompt: 'Tag MARC 21 untuk ISSN adalah?',
      points: 2,
      feedback: { correct: null, incorrect: null, general: null },
      body: { type: 'numeric', answer: 22, tolerance: 0 },
    },
  ],
};

async function publishedCourse(title: string): Promise<string> {
  const trainer = await apiAs(TRAINER);
  const course = await trainer<{ id: string }>('POST', '/api/courses', { title, category: 'pengolahan', jp: 2 });
  const withModule = await trainer<{ modules: { id: string }[] }>('POST', `/api/courses/${course.id}/modules`, {
    title: 'Evaluasi',
  });
  await trainer('POST', `/api/modules/${withModule.modules[0].id}/lessons`, {
    kind: 'link',
    title: 'Portal ISSN Indonesia',
    linkUrl: 'https://issn.brin.go.id/',
  });
  await trainer('POST', `/api/courses/${course.id}/publish`);
  return course.id;
}

describe('assessment authoring: quiz settings, a learner override, and a bank moved to another course', () => {
  const browsers: Browser[] = [];
  let courseId = '';
  let otherCourseId = '';
  let quizId = '';

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('setup: two courses, a bank, a one-attempt quiz the learner has used up (api)', async () => {
    courseId = await publishedCourse(COURSE);
    otherCourseId = await publishedCourse(OTHER_COURSE);
    const trainer = await apiAs(TRAINER);
    await trainer('POST', `/api/courses/${courseId}/questions/import`, BANK);
    const questions = await trainer<{ id: string }[]>('GET', `/api/courses/${courseId}/questions`);
    const course = await trainer<{ modules: { id: string }[] }>('GET', `/api/courses/${courseId}`);
    const quiz = await trainer<{ id: string }>('POST', '/api/quizzes', {
      moduleId: course.modules[0].id,
      title: QUIZ,
      published: true,
      selection: { mode: 'fixed', questionIds: questions.map((q) => q.id) },
      attemptsAllowed: 1,
      passingScore: 70,
    });
    quizId = quiz.id;

    const coordinator = await apiAs(COORDINATOR);
    const day = 86_400_000;
    const cohort = await coordinator<{ id: string }>('POST', `/api/courses/${courseId}/cohorts`, {
      name: COHORT,
      enrolOpensAt: new Date(Date.now() - day).toISOString(),
      enrolClosesAt: new Date(Date.now() + 7 * day).toISOString(),
      startsAt: new Date(Date.now() - day).toISOString(),
      endsAt: new Date(Date.now() + 30 * day).toISOString(),
    });
    await coordinator(
      'POST',
      `/api/cohorts/${cohort.id}/enrolments/import`,
      `email,nama\n${LEARNER},Dewi Lestari\n`,
      'text/csv',
    );

    // The learner uses the one attempt, so the quiz can no longer be deleted.
    const learner = await apiAs(LEARNER);
    const attempt = await learner<{ id: string }>('POST', `/api/learn/quizzes/${quizId}/attempts`);
    await learner('POST', `/api/quiz-attempts/${attempt.id}/submit`);
  });

  it('a trainer edits the quiz: passing score, closing date in WIB, post-test role', async () => {
    const browser = await openBrowser();
    browsers.push(browser);
    const { page } = browser;
    await signIn(page, TRAINER, /^Selamat datang/);
    await page.goto(`/kelola/pelatihan/${courseId}/kuis`);
    await page.getByRole('heading', { name: 'Kuis', level: 1 }).waitFor();
    await page.getByRole('link', { name: `Pengaturan ${QUIZ}` }).click();
    await page.getByRole('heading', { name: QUIZ, level: 1 }).waitFor();

    const form = page.getByRole('form', { name: 'Ubah kuis' });
    expect(await form.getByLabel('Nilai kelulusan (%)').inputValue()).toBe('70');
    await form.getByLabel('Nilai kelulusan (%)').fill('60');
    await form.getByLabel('Peran kuis').selectOption({ label: 'Post-test' });
    const closes = form.getByRole('group', { name: 'Ditutup' });
    await closes.getByLabel('Tanggal').fill('2030-11-25');
    await closes.getByLabel('Jam (WIB)').fill('14:00');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByText(`Perubahan kuis ${QUIZ} telah disimpan.`).waitFor();

    const trainer = await apiAs(TRAINER);
    const saved = await trainer<{ passingScore: number; closesAt: string; role: string; published: boolean }>(
      'GET',
      `/api/quizzes/${quizId}`,
    );
    expect(saved.passingScore).toBe(60);
    expect(saved.role).toBe('post-test');
    expect(saved.published).toBe(true);
    expect(Date.parse(saved.closesAt)).toBe(Date.parse('2030-11-25T07:00:00Z'));
    // The form starts again from what the server stored.
    const again = page.getByRole('form', { name: 'Ubah kuis' });
    expect(await again.getByLabel('Nilai kelulusan (%)').inputValue()).toBe('60');
    expect(await again.getByRole('group', { name: 'Ditutup' }).getByLabel('Jam (WIB)').inputValue()).toBe('14:00');
    await screenshot(page, 'kuis-pengaturan');

    // Deleting a quiz someone attempted: the server's sentence, and the quiz stays.
    await page.getByRole('button', { name: 'Hapus kuis ini' }).click();
    const confirm = page.getByRole('dialog', { name: `Hapus kuis ${QUIZ}?` });
    await confirm.getByRole('button', { name: 'Ya, hapus' }).click();
    await confirm.getByText('Kuis ini sudah dikerjakan peserta dan tidak dapat dihapus.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-hapus-ditolak');
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await trainer('GET', `/api/quizzes/${quizId}`);
  });

  it('an override gives the learner an extra attempt', async () => {
    const { page } = browsers[0];
    const overrides = page.getByRole('form', { name: 'Atur pengecualian' });
    // The course has one cohort, so it is chosen already.
    await overrides.getByLabel('Peserta').selectOption({ label: `Dewi Lestari (${LEARNER})` });
    await overrides.getByLabel('Tambahan kesempatan').fill('1');
    await overrides.getByLabel('Tambahan waktu (menit)').fill('15');
    await overrides.getByRole('button', { name: 'Simpan pengecualian' }).click();
    await page.getByText('Pengecualian untuk Dewi Lestari telah disimpan.').waitFor();
    const row = page.getByRole('row', { name: /Dewi Lestari/ });
    await row.getByRole('cell', { name: 'Sama dengan kuis' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-pengecualian');

    const learnerBrowser = await openBrowser(PHONE);
    browsers.push(learnerBrowser);
    const learner = learnerBrowser.page;
    await signIn(learner, LEARNER, /^Selamat datang, Dewi Lestari/);
    await learner.goto(`/kuis/${quizId}`);
    await learner.getByRole('heading', { name: QUIZ, level: 1 }).waitFor();
    await learner.getByText('Sisa 1 dari 2 kesempatan').waitFor();
    await learner.getByText('25 November 2030, 14.00 WIB').waitFor();
    expect(await learner.getByRole('button', { name: 'Mulai kuis' }).isEnabled()).toBe(true);
    await expectAccessible(learner);
    await screenshot(learner, 'kuis-tambahan-kesempatan-ponsel');

    // The reaction and learning section shows the gain now that the course has a post-test.
    await page.goto(`/kelola/pelatihan/${courseId}/kuis`);
    await page.getByRole('heading', { name: 'Reaksi dan hasil belajar' }).waitFor();
    // The learner took only the (now) post-test: the cohort is listed, with no one to compare yet.
    const gain = page.getByRole('table', { name: 'Reaksi dan hasil belajar' });
    await gain.getByRole('row', { name: new RegExp(COHORT) }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-peningkatan-hasil-belajar');
  });

  it('the bank is exported as JSON and imported into another course; a broken file imports nothing', async () => {
    const { page } = browsers[0];
    await page.goto(`/kelola/pelatihan/${courseId}/bank-soal`);
    await page.getByRole('heading', { name: 'Bank soal', level: 1 }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh bank soal (JSON)' }).click();
    const file = join(tmpdir(), `bank-soal-${RUN}.json`);
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as typeof BANK;
    expect(exported.format).toBe('bina-pustaka.question-bank');
    expect(exported.questions.map((q) => q.prompt)).toEqual(BANK.questions.map((q) => q.prompt));

    await page.goto(`/kelola/pelatihan/${otherCourseId}/bank-soal`);
    await page.getByRole('heading', { name: 'Bank soal', level: 1 }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*0 soal\s*$/ })
      .waitFor();

    // A broken file first: the server names the question, and nothing is added.
    const broken = structuredClone(exported);
    broken.questions[2].body = {
      type: 'single-choice',
      options: [{ text: 'Hanya satu', correct: true, feedback: null }],
    };
    const brokenFile = join(tmpdir(), `bank-soal-rusak-${RUN}.json`);
    writeFileSync(brokenFile, JSON.stringify(broken));
    const importForm = page.getByRole('form', { name: 'Impor soal' });
    await importForm.getByLabel('Berkas bank soal (JSON)').setInputFiles(brokenFile);
    await importForm.getByRole('button', { name: 'Impor soal' }).click();
    await page.getByText(/^Tidak ada soal yang diimpor\./).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Soal 3' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*0 soal\s*$/ })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'bank-soal-impor-ditolak');

    await importForm.getByLabel('Berkas bank soal (JSON)').setInputFiles(file);
    await importForm.getByRole('button', { name: 'Impor soal' }).click();
    await page.getByText('3 soal telah diimpor.').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*3 soal\s*$/ })
      .waitFor();
    await page.getByText('Lanjutan (1 soal)').waitFor();
    await page.getByRole('row', { name: /Tag MARC 21 untuk ISSN/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'bank-soal-impor');
  });
});
