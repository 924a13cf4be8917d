import type { Locator, Page } from 'playwright-core';
import { openBrowser, screenshot, type Browser } from './support/browser';
import { apiAs } from './support/api';
import { expectAccessible, signIn } from './support/session';

const TRAINER = 'pelatih.siti@perpustakaan.test';
const COORDINATOR = 'koordinator@perpustakaan.test';
const LEARNER = 'dewi.lestari@perpustakaan.test';
/** Unique per run, so the journey can run against a database that already has courses. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const COURSE = `Evaluasi Katalogisasi ${RUN}`;
const MODULE = 'Evaluasi akhir';
const LINK_LESSON = 'Toolkit RDA';
const QUIZ = `Kuis akhir RDA ${RUN}`;
const CATEGORY_BASIC = 'Dasar';
const CATEGORY_ADVANCED = 'Lanjutan';

/** The eight questions; prompts identify them on screen, whatever order the attempt gives them. */
const Q = {
  single: 'Standar yang menggantikan AACR2?',
  essay: 'Jelaskan manfaat RDA bagi pemustaka.',
  multiple: 'Manakah yang termasuk elemen inti RDA?',
  trueFalse: 'RDA disusun berdasarkan model konseptual IFLA LRM.',
  short: 'Skema metadata 15 elemen yang populer untuk repositori disebut?',
  numeric: 'Tag MARC 21 untuk judul adalah?',
  matching: 'Jodohkan tag MARC dengan isinya.',
  ordering: 'Urutkan tahapan pengadaan bahan pustaka.',
};
const ORDER = ['Seleksi', 'Pemesanan', 'Penerimaan', 'Inventarisasi'];

const card = (page: Page, prompt: string): Locator => page.locator('li.question-card', { hasText: prompt });
const saveStatus = (page: Page) => page.locator('.attempt-save');

describe('assessment: a timed random quiz from the bank to the completed course', () => {
  const browsers: Browser[] = [];
  let courseId = '';

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('setup: a published course with one link lesson, and the learner enrolled (api)', async () => {
    const trainer = await apiAs(TRAINER);
    const course = await trainer<{ id: string }>('POST', '/api/courses', {
      title: COURSE,
      category: 'pengolahan',
      jp: 2,
    });
    courseId = course.id;
    const withModule = await trainer<{ modules: { id: string }[] }>('POST', `/api/courses/${courseId}/modules`, {
      title: MODULE,
    });
    await trainer('POST', `/api/modules/${withModule.modules[0].id}/lessons`, {
      kind: 'link',
      title: LINK_LESSON,
      linkUrl: 'https://www.rdatoolkit.org/',
    });
    await trainer('POST', `/api/courses/${courseId}/publish`);

    const coordinator = await apiAs(COORDINATOR);
    const day = 86_400_000;
    const cohort = await coordinator<{ id: string }>('POST', `/api/courses/${courseId}/cohorts`, {
      name: `Angkatan Evaluasi ${RUN}`,
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
  });

  it('a trainer builds a bank with every question type and a timed random quiz', async () => {
    const browser = await openBrowser();
    browsers.push(browser);
    const { page } = browser;
    await signIn(page, TRAINER, /^Selamat datang/);
    await page.goto(`/kelola/pelatihan/${courseId}`);
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Bank soal' }).click();
    await page.getByRole('heading', { name: 'Bank soal', level: 1 }).waitFor();

    for (const name of [CATEGORY_BASIC, CATEGORY_ADVANCED]) {
      await page.getByLabel('Nama kategori baru').fill(name);
      await page.getByRole('button', { name: 'Tambah kategori' }).click();
      await page.getByText(`Kategori ${name} telah ditambahkan.`).waitFor();
    }

    // Every type through the form, starting with single choice and essay.
    await page.getByRole('button', { name: 'Soal baru' }).click();
    let form = page.getByRole('form', { name: 'Soal baru' });
    await form.getByLabel('Jenis soal').selectOption({ label: 'Pilihan ganda' });
    await form.getByLabel('Kategori').selectOption({ label: CATEGORY_BASIC });
    await form.getByLabel('Pertanyaan').fill(Q.single);
    await form.getByLabel('Pilihan 1', { exact: true }).fill('RDA');
    await form.getByLabel('Pilihan 2', { exact: true }).fill('MARC 21');
    await form.getByRole('button', { name: 'Tambah pilihan' }).click();
    await form.getByLabel('Pilihan 3', { exact: true }).fill('Dublin Core');
    await form.getByLabel('Umpan balik pilihan 2').fill('MARC 21 adalah format, bukan standar isi.');
    await form.getByLabel('Pilihan 1 benar').check();
    await expectAccessible(page);
    await screenshot(page, 'bank-soal-form-pilihan-ganda');
    await form.getByRole('button', { name: 'Simpan soal' }).click();
    await page.getByRole('row', { name: new RegExp(Q.single) }).waitFor();

    await page.getByRole('button', { name: 'Soal baru' }).click();
    form = page.getByRole('form', { name: 'Soal baru' });
    await form.getByLabel('Jenis soal').selectOption({ label: 'Esai' });
    await form.getByLabel('Kategori').selectOption({ label: CATEGORY_ADVANCED });
    await form.getByLabel('Pertanyaan').fill(Q.essay);
    await form.getByLabel(/^Rubrik penilaian/).fill('Menyebut kemudahan temu kembali dan relasi antarentitas.');
    await form.getByRole('button', { name: 'Simpan soal' }).click();
    await page.getByRole('row', { name: new RegExp(Q.essay) }).waitFor();

    // The other six types, through the same form.
    const newQuestion = async (type: string, category: string, prompt: string) => {
      await page.getByRole('button', { name: 'Soal baru' }).click();
      const editor = page.getByRole('form', { name: 'Soal baru' });
      await editor.getByLabel('Jenis soal').selectOption({ label: type });
      await editor.getByLabel('Kategori').selectOption({ label: category });
      await editor.getByLabel('Pertanyaan').fill(prompt);
      return editor;
    };
    const save = async (editor: typeof form, prompt: string) => {
      await editor.getByRole('button', { name: 'Simpan soal' }).click();
      await page.getByRole('row', { name: new RegExp(prompt.replace(/[.?]/g, '\\$&')) }).waitFor();
    };

    form = await newQuestion('Pilihan ganda kompleks', CATEGORY_BASIC, Q.multiple);
    await form.getByLabel('Pilihan 1', { exact: true }).fill('Judul');
    await form.getByLabel('Pilihan 2', { exact: true }).fill('Pengarang');
    await form.getByRole('button', { name: 'Tambah pilihan' }).click();
    await form.getByLabel('Pilihan 3', { exact: true }).fill('Harga buku');
    await form.getByLabel('Pilihan 2 benar').check();
    await save(form, Q.multiple);

    form = await newQuestion('Benar/salah', CATEGORY_BASIC, Q.trueFalse);
    await form.getByRole('radio', { name: 'Benar' }).check();
    await save(form, Q.trueFalse);

    form = await newQuestion('Isian singkat', CATEGORY_BASIC, Q.short);
    await form.getByLabel('Jawaban yang diterima').fill('Dublin Core\nDC');
    await save(form, Q.short);

    form = await newQuestion('Angka', CATEGORY_ADVANCED, Q.numeric);
    await form.getByLabel('Jawaban', { exact: true }).fill('245');
    await save(form, Q.numeric);

    form = await newQuestion('Menjodohkan', CATEGORY_ADVANCED, Q.matching);
    await form.getByRole('button', { name: 'Tambah pasangan' }).click();
    const pairs = [
      ['100', 'Pengarang utama'],
      ['245', 'Judul'],
      ['260', 'Penerbitan'],
    ];
    for (const [index, [left, right]] of pairs.entries()) {
      await form.getByLabel(`Pernyataan ${index + 1}`, { exact: true }).fill(left);
      await form.getByLabel(`Pasangan ${index + 1}`, { exact: true }).fill(right);
    }
    await save(form, Q.matching);

    form = await newQuestion('Mengurutkan', CATEGORY_ADVANCED, Q.ordering);
    await form.getByRole('button', { name: 'Tambah butir' }).click();
    await form.getByRole('button', { name: 'Tambah butir' }).click();
    for (const [index, text] of ORDER.entries()) {
      await form.getByLabel(`Butir ${index + 1}`, { exact: true }).fill(text);
    }
    await save(form, Q.ordering);

    await page.reload();
    await page.getByRole('status').filter({ hasText: '8 soal' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'bank-soal');

    // A timed quiz of random questions: all four of each category, so every type appears.
    await page.getByRole('link', { name: 'Kelola kuis' }).click();
    await page.getByRole('heading', { name: 'Kuis', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Kuis baru' }).click();
    const quiz = page.getByRole('form', { name: 'Kuis baru' });
    await quiz.getByLabel('Judul kuis').fill(QUIZ);
    await quiz.getByRole('radio', { name: 'Soal acak per kategori' }).check();
    await quiz.getByLabel(`${CATEGORY_BASIC} (tersedia 4)`).fill('4');
    await quiz.getByLabel(`${CATEGORY_ADVANCED} (tersedia 4)`).fill('4');
    await quiz.getByLabel('Batas waktu (menit)').fill('20');
    await quiz.getByLabel('Jumlah kesempatan').fill('2');
    await quiz.getByLabel('Nilai kelulusan (%)').fill('70');
    await quiz.getByRole('checkbox', { name: 'Acak urutan soal dan pilihan' }).check();
    await expectAccessible(page);
    await screenshot(page, 'kuis-baru');
    await quiz.getByRole('button', { name: 'Buat kuis' }).click();
    await page.getByText(`Kuis ${QUIZ} telah dibuat.`).waitFor();
    await page.getByRole('row', { name: new RegExp(QUIZ) }).waitFor();
  });

  it('a learner takes it in Bahasa Indonesia, through a reload and a lost network, and sees the review', async () => {
    const browser = await openBrowser();
    browsers.push(browser);
    const { page, context } = browser;
    await signIn(page, LEARNER, /^Selamat datang, Dewi Lestari/);

    // The link lesson first (done when opened), from the player.
    await page.goto(`/belajar/${courseId}`);
    await page.getByRole('heading', { name: LINK_LESSON, level: 2 }).waitFor();
    const popup = context.waitForEvent('page');
    await page.getByRole('link', { name: /^Buka tautan/ }).click();
    await (await popup).close();

    // The quiz entry under the outline.
    await page
      .getByRole('region', { name: 'Kuis' })
      .getByRole('link', { name: new RegExp(QUIZ) })
      .click();
    await page.getByRole('heading', { name: QUIZ, level: 1 }).waitFor();
    await page.getByText('Sisa 2 dari 2 kesempatan').waitFor();
    await page.getByText('20 menit').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-ketentuan');
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await page.getByRole('timer').waitFor();
    expect(page.url()).toMatch(/\/kuis\/percobaan\/[0-9a-f-]+$/);
    expect(await page.locator('li.question-card').count()).toBe(8);
    expect(await page.getByRole('timer').textContent()).toMatch(/^(20:00|19:\d\d)$/);

    // Four answers, then a reload: nothing is lost.
    await card(page, Q.single).getByRole('radio', { name: 'RDA' }).check();
    await card(page, Q.trueFalse).getByRole('radio', { name: 'Benar' }).check();
    await card(page, Q.short).getByLabel(Q.short).fill('dublin core');
    await card(page, Q.multiple).getByRole('checkbox', { name: 'Judul' }).check();
    await card(page, Q.multiple).getByRole('checkbox', { name: 'Pengarang' }).check();
    await saveStatus(page)
      .filter({ hasText: /^\s*Tersimpan\s*$/ })
      .waitFor();
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await card(page, Q.single).getByRole('radio', { name: 'RDA' }).isChecked()).toBe(true);
    expect(await card(page, Q.trueFalse).getByRole('radio', { name: 'Benar' }).isChecked()).toBe(true);
    expect(await card(page, Q.short).getByLabel(Q.short).inputValue()).toBe('dublin core');
    expect(await card(page, Q.multiple).getByRole('checkbox', { name: 'Pengarang' }).isChecked()).toBe(true);

    // Offline for a moment: the answers wait on the device and go when the network is back.
    await context.setOffline(true);
    await card(page, Q.numeric).getByLabel(Q.numeric).fill('245');
    await card(page, Q.essay)
      .getByLabel(Q.essay)
      .fill('RDA memudahkan pemustaka menemukan karya beserta relasinya, misalnya terjemahan dan adaptasi.');
    await saveStatus(page)
      .filter({ hasText: 'Offline — jawaban disimpan di perangkat dan dikirim saat tersambung' })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-offline');
    await context.setOffline(false);
    await saveStatus(page)
      .filter({ hasText: /^\s*Tersimpan\s*$/ })
      .waitFor({ timeout: 20_000 });

    // Matching with selects, ordering with up/down buttons.
    const matching = card(page, Q.matching);
    await matching.getByLabel('100', { exact: true }).selectOption({ label: 'Pengarang utama' });
    await matching.getByLabel('245', { exact: true }).selectOption({ label: 'Judul' });
    await matching.getByLabel('260', { exact: true }).selectOption({ label: 'Penerbitan' });
    const ordering = card(page, Q.ordering);
    const orderShown = async () =>
      (await ordering.locator('.ordering-text').allTextContents()).map((text) => text.trim());
    for (let target = 0; target < ORDER.length; target++) {
      // Each move re-renders the list after the click returns: read it again before the next.
      for (let at = (await orderShown()).indexOf(ORDER[target]); at > target; at--) {
        await ordering.getByRole('button', { name: `Naikkan ${ORDER[target]}` }).click();
        await ordering
          .locator('.ordering-text')
          .nth(at - 1)
          .and(page.getByText(ORDER[target], { exact: true }))
          .waitFor();
      }
    }
    // Content already in order: the learner saves it as it is.
    if (await ordering.getByRole('button', { name: 'Simpan urutan ini' }).isVisible()) {
      await ordering.getByRole('button', { name: 'Simpan urutan ini' }).click();
    }
    expect((await ordering.locator('.ordering-text').allTextContents()).map((text) => text.trim())).toEqual(ORDER);
    await saveStatus(page)
      .filter({ hasText: /^\s*Tersimpan\s*$/ })
      .waitFor();

    // A second reload after reconnecting: the offline answers reached the server.
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await card(page, Q.numeric).getByLabel(Q.numeric).inputValue()).toBe('245');
    expect(await card(page, Q.essay).getByLabel(Q.essay).inputValue()).toContain('RDA memudahkan pemustaka');
    expect(await card(page, Q.matching).getByLabel('245', { exact: true }).inputValue()).not.toBe('');
    await expectAccessible(page);
    await screenshot(page, 'kuis-mengerjakan');

    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    const confirm = page.getByRole('dialog', { name: 'Kumpulkan jawaban?' });
    await confirm.getByRole('button', { name: 'Ya, kumpulkan' }).click();
    await page.getByRole('heading', { name: 'Hasil percobaan', level: 2 }).waitFor();
    // The policy shows correctness and feedback, not the correct answers.
    expect(await page.locator('.review-card .badge-completed').count()).toBe(7);
    expect(await page.getByText('Jawaban yang benar').count()).toBe(0);
    await page.getByText('Sebagian jawaban (esai) masih menunggu penilaian pelatih.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-hasil');
  });

  it('the trainer grades the essay and reads the item analysis; the course completes', async () => {
    const [trainerBrowser, learnerBrowser] = browsers.slice(-2);
    const { page } = trainerBrowser;
    await page.getByRole('link', { name: `Nilai esai ${QUIZ}` }).click();
    await page.getByRole('heading', { name: QUIZ, level: 1 }).waitFor();
    const essay = page.getByRole('form', { name: 'Nilai esai Dewi Lestari' });
    await essay.getByText('RDA memudahkan pemustaka').waitFor();
    await essay.getByLabel('Poin (maksimal 1)').fill('1');
    await essay.getByLabel(/^Komentar untuk peserta/).fill('Jelas dan tepat.');
    await expectAccessible(page);
    await screenshot(page, 'kuis-nilai-esai');
    await essay.getByRole('button', { name: 'Simpan nilai' }).click();
    await page.getByText('Esai Dewi Lestari telah dinilai.').waitFor();
    await page.getByText('Tidak ada esai yang menunggu penilaian.').waitFor();

    await page.getByRole('link', { name: 'Hasil kuis' }).click();
    await page.getByRole('heading', { name: 'Analisis butir soal' }).waitFor();
    const items = page.getByRole('table', { name: 'Analisis butir soal' });
    expect(await items.getByRole('row').count()).toBe(9);
    await items.getByRole('row', { name: new RegExp(Q.ordering) }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kuis-analisis-butir');

    // The learner's course is complete now that the quiz is passed.
    const learner = learnerBrowser.page;
    await learner.reload();
    await learner.getByText('100%').first().waitFor();
    await learner.goto(`/belajar/${courseId}`);
    await learner.getByText('Pelatihan selesai').first().waitFor();
    await learner.getByText('1 dari 1 kuis wajib lulus').waitFor();
    await screenshot(learner, 'kuis-pelatihan-selesai');
  });
});
