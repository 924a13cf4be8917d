import type { Page } from 'playwright-core';
import { apiAs } from './support/api';
import { DESKTOP, PHONE, openBrowser, screenshot, type Browser } from './support/browser';
import { openIssuedCertificate } from './support/certificates';
import { openStaffPage } from './support/navigation';
import { expectAccessible, signIn } from './support/session';

/**
 * Surveys (issue 14): a learner finishes a course whose evaluation is its last step and
 * only then gets the certificate; a member of the public answers the library's satisfaction
 * survey from its QR link, signed out, on a phone; a coordinator reads the results with
 * their charts and the IKM, and downloads the XLSX.
 */
const COORDINATOR = 'koordinator@perpustakaan.test';
/** A demo learner no other journey uses, not enrolled in the course below. */
const LEARNER = { email: 'yoga.pratama@perpustakaan.test', name: 'Yoga Pratama' };
/** Demo data: a published course with an open cohort, a text and a file lesson. */
const COURSE = 'Layanan Referensi Digital';
/** Demo data: the public satisfaction survey and its 60 anonymous answers. */
const PUBLIC_SURVEY = { slug: 'kepuasan-layanan', title: 'Survei Kepuasan Layanan Perpustakaan Kota' };
/** Unique per run, so the journey can run against a database that already has surveys. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const EVALUATION = `Evaluasi Layanan Referensi Digital ${RUN}`;

/**
 * Answers every radio group of the form with its last choice other than "Lainnya" (the best
 * point of a scale, 10 of a rating): the journey is about getting through, not the values.
 */
async function answerEveryChoice(page: Page): Promise<void> {
  const picks = await page.locator('form input[type=radio]').evaluateAll((inputs) => {
    const lastByGroup = new Map<string, number>();
    const seen = new Map<string, number>();
    for (const input of inputs as HTMLInputElement[]) {
      const index = seen.get(input.name) ?? 0;
      seen.set(input.name, index + 1);
      const label = input.closest('label')?.textContent?.trim() ?? '';
      if (!label.startsWith('Lainnya')) lastByGroup.set(input.name, index);
    }
    return [...lastByGroup.entries()];
  });
  expect(picks.length).toBeGreaterThan(0);
  for (const [name, index] of picks) {
    await page.locator(`form input[type=radio][name="${name}"]`).nth(index).check();
  }
}

describe('surveys: a course evaluation before the certificate, the public satisfaction survey, the results', () => {
  const browsers: Browser[] = [];

  beforeAll(async () => {
    // The coordinator copies the seeded template and makes it the course's evaluation (the
    // builder's screens are not what this journey is about).
    const api = await apiAs(COORDINATOR);
    const templates = await api<{ items: { id: string; templateKey: string }[] }>(
      'GET',
      '/api/surveys?templates=true&pageSize=50',
    );
    const template = templates.items.find((survey) => survey.templateKey === 'evaluasi-penyelenggaraan');
    if (!template) throw new Error('the evaluasi-penyelenggaraan template is missing');
    const survey = await api<{ id: string }>('POST', '/api/surveys', {
      title: EVALUATION,
      audience: 'signed-in',
      anonymous: true,
      fromSurveyId: template.id,
    });
    await api('PUT', `/api/surveys/${survey.id}/status`, { status: 'published' });
    const courses = await api<{ items: { id: string; title: string }[] }>(
      'GET',
      `/api/courses?pageSize=100&q=${encodeURIComponent(COURSE)}`,
    );
    const course = courses.items.find((each) => each.title === COURSE);
    if (!course) throw new Error(`${COURSE} is missing`);
    await api('PUT', `/api/courses/${course.id}/evaluation`, { surveyId: survey.id });
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('a learner finishes the lessons, answers the evaluation, and only then gets the certificate', async () => {
    const learner = await openBrowser(PHONE);
    browsers.push(learner);
    const { page } = learner;
    await signIn(page, LEARNER.email, new RegExp(`^Selamat datang, ${LEARNER.name}`));

    await page.goto('/pelatihan');
    await page.getByRole('heading', { name: 'Katalog pelatihan', level: 1 }).waitFor();
    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Daftar ke angkatan ini' }).click();
    await page.getByText('Anda sudah terdaftar. Selamat belajar!').waitFor();
    await page.getByRole('link', { name: 'Mulai belajar' }).click();

    const lessonHeading = (title: string) => page.getByRole('heading', { name: title, level: 2 });
    const next = page
      .getByRole('navigation', { name: 'Materi sebelumnya dan berikutnya' })
      .getByRole('link', { name: /^Berikutnya/ });
    await lessonHeading('Lima langkah wawancara referensi').waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByText('Anda telah membaca materi ini sampai akhir.').waitFor();
    await next.click();
    await lessonHeading('Panduan layanan referensi').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Unduh berkas/ }).click();
    await download;
    await page.getByText('Berkas sudah Anda buka.').waitFor();

    // Every lesson is done, but the course is not: its evaluation is the last step.
    const step = page.getByRole('region', { name: 'Evaluasi pelatihan' });
    await step.getByText('wajib untuk menyelesaikan pelatihan').waitFor();
    expect(await page.getByText('Selamat, Anda telah menyelesaikan pelatihan ini').count()).toBe(0);
    await expectAccessible(page);
    await step.getByRole('link', { name: /^Isi evaluasi/ }).click();

    await page.getByRole('heading', { name: EVALUATION, level: 1 }).waitFor();
    await page.getByText('Jawaban Anda tidak dicatat bersama nama Anda.').waitFor();
    await answerEveryChoice(page);
    await expectAccessible(page);
    await screenshot(page, 'survei-evaluasi-pelatihan');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByText('Terima kasih', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Kembali ke pelatihan' }).click();
    await page.getByText('Evaluasi pelatihan sudah diisi').waitFor();

    // Now the course completes, and its certificate comes (rendered by the worker).
    await openIssuedCertificate(page, COURSE);
  });

  it('a member of the public answers the satisfaction survey from its link, signed out, on a phone', async () => {
    const visitor = await openBrowser(PHONE);
    browsers.push(visitor);
    const { page } = visitor;
    await page.goto(`/s/${PUBLIC_SURVEY.slug}`);
    await page.getByRole('heading', { name: PUBLIC_SURVEY.title, level: 1 }).waitFor();
    await page.getByText('Jawaban Anda tidak dicatat bersama nama Anda.').waitFor();
    // Nothing is sent until every required question is answered; the problems are named.
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByText(/Ada \d+ jawaban yang perlu dilengkapi atau diperbaiki/).waitFor();
    await answerEveryChoice(page);
    await page
      .getByRole('textbox', { name: /saran Anda agar layanan kami/ })
      .fill('Tambah jam layanan pada hari Sabtu.');
    await expectAccessible(page);
    await screenshot(page, 'survei-kepuasan-publik');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByText('Terima kasih', { exact: true }).waitFor();
    // The same browser is told it already answered.
    await page.reload();
    await page.getByText('Survei ini sudah diisi dari peramban ini. Terima kasih atas jawaban Anda.').waitFor();
    await expectAccessible(page);
  });

  it('a coordinator reads the results with charts and the IKM, and downloads the XLSX', async () => {
    const staff = await openBrowser(DESKTOP);
    browsers.push(staff);
    const { page } = staff;
    await signIn(page, COORDINATOR);
    await openStaffPage(page, 'Survei');
    await page.getByRole('heading', { name: 'Survei', level: 1 }).waitFor();
    await page.getByRole('link', { name: PUBLIC_SURVEY.title }).click();
    await page.getByRole('link', { name: 'Lihat hasil' }).click();

    await page
      .getByText(/^\d+ responden/)
      .first()
      .waitFor();
    const ikm = page.getByRole('region', { name: 'Indeks Kepuasan Masyarakat (IKM)' });
    await ikm.getByRole('table', { name: 'Nilai rata-rata per unsur pelayanan (skala 1–4)' }).waitFor();
    await ikm
      .getByText(/Sangat Baik|Baik|Kurang Baik|Tidak Baik/)
      .first()
      .waitFor();
    // Each chart has its table: the U1 question's counts are readable without the canvas.
    await page
      .getByRole('table', { name: /^Jawaban untuk: Bagaimana pendapat Anda tentang kesesuaian persyaratan/ })
      .waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'survei-hasil');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh XLSX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
