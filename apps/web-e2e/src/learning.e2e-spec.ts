import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type Browser } from './support/browser';
import { mainNav, openStaffPage } from './support/navigation';
import { expectAccessible, signIn } from './support/session';

/** Unique per run, so the journey can run against a database that already has courses. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const COURSE = `Katalogisasi RDA untuk Pemula ${RUN}`;
const COHORT = `Angkatan I ${RUN}`;
const MODULE_1 = 'Pengantar RDA';
const MODULE_2 = 'Praktik katalogisasi';
const LESSONS = {
  text: 'Mengapa RDA',
  video: 'Video pengantar',
  pdf: 'Lembar kerja katalogisasi',
  link: 'Toolkit RDA',
};

/**
 * A real, playable MP4 of about two seconds, made at test time by the browser itself
 * (MediaRecorder on a canvas): no ffmpeg and no binary fixture in the repository.
 */
async function recordSmallMp4(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const type = ['video/mp4;codecs=avc1', 'video/mp4'].find((candidate) => MediaRecorder.isTypeSupported(candidate));
    if (!type) throw new Error('This chromium cannot record MP4');
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 90;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: type });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    let frame = 0;
    const timer = setInterval(() => {
      context.fillStyle = `hsl(${(frame += 12) % 360} 60% 45%)`;
      context.fillRect(0, 0, 160, 90);
    }, 66);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    const bytes = new Uint8Array(await new Blob(chunks, { type }).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** A one-page PDF with correct cross-reference offsets. */
function smallPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 18 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 18 Tf 72 770 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Opens the "add a lesson" form of a module and returns it. */
async function newLessonForm(page: Page, moduleTitle: string, kind: RegExp) {
  await page.getByRole('button', { name: `+ Tambah materi ${moduleTitle}` }).click();
  const form = page.getByRole('form', { name: 'Materi baru' });
  await form.getByRole('radio', { name: kind }).check();
  return form;
}

describe('learning: a course from the trainer to the learner’s JP', () => {
  const browsers: Browser[] = [];

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('a trainer builds a course with two modules and four lessons, and publishes it', async () => {
    const trainer = await openBrowser();
    browsers.push(trainer);
    const { page } = trainer;
    await signIn(page, 'pelatih.siti@perpustakaan.test', /^Selamat datang/);

    await openStaffPage(page, 'Kelola pelatihan');
    await page.getByRole('heading', { name: 'Kelola pelatihan', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Buat pelatihan' }).click();
    const create = page.getByRole('dialog', { name: 'Buat pelatihan' });
    await create.getByLabel('Judul').fill(COURSE);
    await create.getByLabel('Kategori').selectOption({ label: 'Pengolahan bahan pustaka' });
    await create.getByLabel('JP (jam pelajaran)').fill('4');
    await create.getByRole('button', { name: 'Buat dan lanjutkan' }).click();
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();

    // Informasi
    await page.getByLabel(/^Ringkasan/).fill('Dasar-dasar Resource Description and Access bagi pustakawan pemula.');
    await page
      .getByLabel(/^Deskripsi/)
      .fill('Pelatihan ini memperkenalkan **RDA** untuk katalogisasi.\n\n- Prinsip FRBR\n- Elemen inti');
    await page.getByLabel(/^Unit kompetensi SKKNI/).fill('pus.01');
    await page.getByLabel(/^Unit kompetensi SKKNI/).press('Enter');
    await page.getByRole('button', { name: 'Hapus PUS.01' }).waitFor();
    await page.getByRole('button', { name: 'Simpan informasi' }).click();
    await page.getByText('Informasi pelatihan telah disimpan.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kelola-pelatihan-informasi');

    // Kurikulum: two modules, four lessons
    await page
      .getByRole('navigation', { name: 'Bagian pengelolaan pelatihan' })
      .getByRole('link', { name: 'Kurikulum' })
      .click();
    await page.getByRole('heading', { name: 'Kurikulum', level: 2 }).waitFor();
    for (const title of [MODULE_1, MODULE_2]) {
      await page.getByLabel('Judul modul baru').fill(title);
      await page.getByRole('button', { name: 'Tambah modul' }).click();
      await page.getByText(`Modul ${title} telah ditambahkan.`).waitFor();
    }

    let form = await newLessonForm(page, MODULE_1, /^Bacaan/);
    await form.getByLabel('Judul').fill(LESSONS.text);
    // About 60 words: a few seconds of reading, which is all the learner below spends on it (the
    // server refuses a text reported read faster than 600 words a minute since it was opened).
    await form
      .getByLabel('Isi bacaan')
      .fill(
        '## Latar belakang\n\nRDA menggantikan AACR2.\n\n' +
          'Paragraf penjelasan tentang entitas, atribut, dan relasi dalam RDA.\n\n'.repeat(6),
      );
    await form.getByRole('button', { name: 'Tambah materi' }).click();
    await page.getByText(`Materi ${LESSONS.text} telah ditambahkan.`).waitFor();

    const video = await recordSmallMp4(page);
    form = await newLessonForm(page, MODULE_1, /^Video/);
    await form.getByLabel('Judul').fill(LESSONS.video);
    await form.getByRole('radio', { name: 'Unggah berkas video' }).check();
    await form
      .getByLabel('Berkas video', { exact: true })
      .setInputFiles({ name: 'pengantar-rda.mp4', mimeType: 'video/mp4', buffer: video });
    await form.getByText('pengantar-rda.mp4 berhasil diunggah.').waitFor();
    await form.getByRole('button', { name: 'Tambah materi' }).click();
    await page.getByText(`Materi ${LESSONS.video} telah ditambahkan.`).waitFor();

    form = await newLessonForm(page, MODULE_2, /^Berkas unduhan/);
    await form.getByLabel('Judul').fill(LESSONS.pdf);
    await form
      .getByLabel('Berkas untuk diunduh')
      .setInputFiles({ name: 'lembar-kerja.pdf', mimeType: 'application/pdf', buffer: smallPdf('Lembar kerja RDA') });
    await form.getByText('lembar-kerja.pdf berhasil diunggah.').waitFor();
    await form.getByRole('button', { name: 'Tambah materi' }).click();
    await page.getByText(`Materi ${LESSONS.pdf} telah ditambahkan.`).waitFor();

    form = await newLessonForm(page, MODULE_2, /^Tautan/);
    await form.getByLabel('Judul').fill(LESSONS.link);
    await form.getByLabel('Alamat tautan').fill('https://www.rdatoolkit.org/');
    await form.getByRole('button', { name: 'Tambah materi' }).click();
    await page.getByText(`Materi ${LESSONS.link} telah ditambahkan.`).waitFor();

    // Reordering from the keyboard: the link lesson up, then back down (each sends the whole order).
    await page.getByRole('button', { name: `Naikkan materi ${LESSONS.link}` }).click();
    await page.getByText(`Materi ${LESSONS.link} dipindahkan ke urutan 1 dari 2 di modul ${MODULE_2}.`).waitFor();
    await page.getByRole('button', { name: `Turunkan materi ${LESSONS.link}` }).click();
    await page.getByText(`Materi ${LESSONS.link} dipindahkan ke urutan 2 dari 2 di modul ${MODULE_2}.`).waitFor();
    const titles = await page.locator('[data-lesson-title]').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual([LESSONS.text, LESSONS.video, LESSONS.pdf, LESSONS.link]);
    await expectAccessible(page);
    await screenshot(page, 'kelola-pelatihan-kurikulum');

    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('dialog', { name: 'Terbitkan pelatihan?' }).getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByText('Pelatihan telah diterbitkan.').waitFor();
  });

  it('a coordinator opens a cohort and enrols learners by CSV, all or nothing', async () => {
    const coordinator = await openBrowser();
    browsers.push(coordinator);
    const { page } = coordinator;
    await signIn(page, 'koordinator@perpustakaan.test', /^Selamat datang/);

    await openStaffPage(page, 'Kelola pelatihan');
    await page.getByLabel('Cari judul').fill(COURSE);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Bagian pengelolaan pelatihan' })
      .getByRole('link', { name: 'Angkatan' })
      .click();
    await page.getByRole('button', { name: 'Buka angkatan baru' }).click();
    const form = page.getByRole('form', { name: 'Angkatan baru' });
    await form.getByLabel('Nama angkatan').fill(COHORT);
    // The defaults: enrolment open from today, learning from today; self-enrolment closed.
    expect(await form.getByRole('radio', { name: /^Ditutup/ }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Buka angkatan' }).click();
    await page.getByText(`Angkatan ${COHORT} telah dibuka.`).waitFor();

    await page.getByRole('link', { name: `Kelola peserta ${COHORT}` }).click();
    await page.getByRole('heading', { name: COHORT, level: 1 }).waitFor();

    // One unknown address: nothing is enrolled, and the report says which row and why.
    const csv = page.getByLabel('Berkas CSV');
    await csv.setInputFiles({
      name: 'peserta-salah.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,nama\ndewi.lestari@perpustakaan.test,Dewi Lestari\nbelum.ada@perpustakaan.test,Belum Ada\n',
      ),
    });
    await page.getByRole('button', { name: 'Daftarkan dari CSV' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tidak ada peserta yang didaftarkan: 1 baris ditolak.' }).waitFor();
    const rejected = page.getByRole('table', { name: 'Baris yang ditolak' });
    const badRow = rejected.getByRole('row', { name: /belum\.ada@perpustakaan\.test/ });
    expect((await badRow.getByRole('rowheader').textContent())?.trim()).toBe('3');
    expect(await badRow.textContent()).toContain('Belum ada akun dengan email ini.');
    await page.getByText('Belum ada peserta di angkatan ini.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'angkatan-csv-ditolak');

    await csv.setInputFiles({
      name: 'peserta.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,nama\ndewi.lestari@perpustakaan.test,Dewi Lestari\nbudi.santoso@perpustakaan.test,Budi Santoso\n',
      ),
    });
    await page.getByRole('button', { name: 'Daftarkan dari CSV' }).click();
    await page.getByText('2 peserta berhasil didaftarkan.').waitFor();
    await page
      .getByRole('region', { name: 'Peserta angkatan' })
      .getByRole('status')
      .filter({ hasText: '2 peserta' })
      .waitFor();
    await page.getByRole('rowheader', { name: /Dewi Lestari/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'angkatan-peserta');
  });

  it('a learner finds the course in the catalog, completes every lesson and sees the JP', async () => {
    const learner = await openBrowser();
    browsers.push(learner);
    const { page, context } = learner;
    await signIn(page, 'dewi.lestari@perpustakaan.test', /^Selamat datang, Dewi Lestari/);

    await mainNav(page).getByRole('link', { name: 'Pelatihan', exact: true }).click();
    await page.getByRole('heading', { name: 'Katalog pelatihan', level: 1 }).waitFor();
    // Full-text search in Indonesian.
    await page.getByLabel('Cari judul atau topik').fill(`katalogisasi ${RUN}`);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 pelatihan ditemukan' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'katalog-peserta');
    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Mulai belajar' }).click();

    // The player resumes at the first lesson.
    const lessonHeading = (title: string) => page.getByRole('heading', { name: title, level: 2 });
    await lessonHeading(LESSONS.text).waitFor();
    expect(page.url()).toMatch(/\/belajar\/[0-9a-f-]+\/materi\/[0-9a-f-]+$/);
    await expectAccessible(page);
    await screenshot(page, 'pemutar-bacaan');

    // Text: done once the end of the body has been on screen (at once when the page is short).
    const readingHint = page.getByText('Materi ini tercatat selesai setelah Anda membaca sampai akhir.');
    const readToEnd = page.getByText('Anda telah membaca materi ini sampai akhir.');
    await readingHint.or(readToEnd).scrollIntoViewIfNeeded();
    await readToEnd.waitFor();
    const next = page.getByRole('navigation', { name: 'Materi sebelumnya dan berikutnya' }).getByRole('link', {
      name: /^Berikutnya/,
    });
    await next.click();

    // Video: played to the end (muted, as a browser may autoplay).
    await lessonHeading(LESSONS.video).waitFor();
    await page.locator('video').evaluate(async (element: HTMLVideoElement) => {
      element.muted = true;
      await element.play();
    });
    await page.getByText('Anda telah menonton video ini.').waitFor({ timeout: 20_000 });
    await expectAccessible(page);
    await next.click();

    // File: done when downloaded.
    await lessonHeading(LESSONS.pdf).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Unduh berkas/ }).click();
    expect((await download).suggestedFilename()).toBe('lembar-kerja.pdf');
    await page.getByText('Berkas sudah Anda buka.').waitFor();
    await next.click();

    // Link: done when opened (in a new tab, which we close).
    await lessonHeading(LESSONS.link).waitFor();
    const popup = context.waitForEvent('page');
    await page.getByRole('link', { name: /^Buka tautan/ }).click();
    await (await popup).close();
    await page.getByRole('status').filter({ hasText: 'Selamat, Anda telah menyelesaikan pelatihan ini' }).waitFor();
    await page.getByText('4 JP telah dicatat dalam rekap JP Anda.').waitFor();
    await page.getByText('100% selesai').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'pemutar-selesai');

    await page.getByRole('link', { name: 'Lihat pembelajaran saya' }).click();
    await page.getByRole('heading', { name: 'Pembelajaran saya', level: 1 }).waitFor();
    const completed = page.getByRole('region', { name: 'Sudah selesai' });
    await completed.getByRole('link', { name: COURSE }).waitFor();
    const ledger = page.getByRole('region', { name: 'Rekap JP' });
    await ledger.getByRole('rowheader', { name: new RegExp(COURSE) }).waitFor();
    const earned = Number((await ledger.locator('.ledger-earned').textContent())?.match(/^(\d+)/)?.[1]);
    expect(earned).toBeGreaterThanOrEqual(4);
    await expectAccessible(page);
    await screenshot(page, 'pembelajaran-saya');
  });
});
