import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PHONE, openBrowser, screenshot, type Browser } from './support/browser';
import { openIssuedCertificate } from './support/certificates';
import { mainNav, openStaffPage } from './support/navigation';
import { expectAccessible, signIn } from './support/session';

/** Unique per run, so the journey can run against a database that already has templates. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const TEMPLATE = `Templat Dinas ${RUN}`;
/** Demo data: a course whose cohort has four learners. */
const COURSE = 'Katalogisasi Bahan Pustaka dengan RDA';
/**
 * The learner who completes it here. Not Budi: the password journey reads the first mail
 * to Budi, and a certificate brings one.
 */
const LEARNER = { email: 'rizky.ramadhan@perpustakaan.test', name: 'Rizky Ramadhan' };
const COHORT = 'Angkatan 1 Tahun 2026';

/** A small PNG drawn by the browser itself: no binary fixture in the repository. */
async function drawPng(page: Page, kind: 'logo' | 'signature'): Promise<Buffer> {
  const dataUrl = await page.evaluate((what) => {
    const canvas = document.createElement('canvas');
    canvas.width = what === 'logo' ? 160 : 240;
    canvas.height = what === 'logo' ? 160 : 90;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    if (what === 'logo') {
      context.fillStyle = '#0b5d57';
      context.beginPath();
      context.arc(80, 80, 72, 0, Math.PI * 2);
      context.fill();
      context.fillStyle = '#e8b34b';
      context.font = 'bold 64px sans-serif';
      context.textAlign = 'center';
      context.fillText('BP', 80, 102);
    } else {
      context.strokeStyle = '#1d2b2f';
      context.lineWidth = 4;
      context.beginPath();
      context.moveTo(10, 70);
      context.bezierCurveTo(60, -10, 90, 110, 140, 40);
      context.bezierCurveTo(170, 0, 200, 80, 230, 30);
      context.stroke();
    }
    return canvas.toDataURL('image/png');
  }, kind);
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

describe('certificates: from the template to the verify page', () => {
  const browsers: Browser[] = [];
  /** The learner's certificate, as the guest opens it from its QR code. */
  let verifyPath = '';

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('a coordinator designs a template with the live preview, previews the PDF and saves it', async () => {
    const coordinator = await openBrowser();
    browsers.push(coordinator);
    const { page } = coordinator;
    await signIn(page, 'koordinator@perpustakaan.test', /^Selamat datang/);

    await openStaffPage(page, 'Kelola sertifikat');
    await page.getByRole('heading', { name: 'Sertifikat', level: 1 }).waitFor();
    // The demo library's default template is listed.
    await page.getByRole('link', { name: 'Sertifikat pelatihan (bawaan)', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Buat templat' }).click();
    await page.getByRole('heading', { name: 'Templat sertifikat baru', level: 1 }).waitFor();

    const form = page.getByRole('form', { name: 'Rancangan templat' });
    const preview = page.getByRole('img', { name: 'Pratinjau sertifikat dengan data contoh' });
    const previewPart = (part: string) => preview.locator(`[data-part="${part}"]`);

    await form.getByLabel('Nama templat').fill(TEMPLATE);
    await form.getByRole('checkbox', { name: /^Jadikan templat bawaan/ }).check();
    await form.getByLabel('Judul dalam bahasa Inggris').fill('Certificate of Completion');
    expect(await previewPart('titleEn').textContent()).toContain('Certificate of Completion');

    // The body, with automatic fields put in by the placeholder buttons at the caret.
    const body = form.getByLabel('Isi sertifikat', { exact: true });
    await body.fill('atas keikutsertaannya sebagai ');
    await body.press('End');
    await form.getByRole('button', { name: /^Peran/ }).click();
    await body.press('End');
    await body.pressSequentially(' dalam pelatihan ');
    await form.getByRole('button', { name: /^Nama pelatihan/ }).click();
    await body.press('End');
    await body.pressSequentially(' sebanyak ');
    await form.getByRole('button', { name: /^Jumlah JP/ }).click();
    await body.press('End');
    await body.pressSequentially(' JP.');
    expect(await body.inputValue()).toBe(
      'atas keikutsertaannya sebagai {{peran}} dalam pelatihan {{kegiatan}} sebanyak {{jp}} JP.',
    );
    // The live preview fills them with the sample holder as the PDF does.
    await preview.getByText('Dewi Lestari, S.Hum.').waitFor();
    const bodyLines = await previewPart('body').locator('tspan').allTextContents();
    expect(bodyLines.join(' ')).toBe(
      'atas keikutsertaannya sebagai peserta dalam pelatihan Katalogisasi dengan RDA sebanyak 8 JP.',
    );

    // An unknown placeholder is caught before anything is sent.
    await body.press('End');
    await body.pressSequentially(' {{kota}}');
    await body.blur();
    await form.getByText('Isian otomatis tidak dikenal: kota.').waitFor();
    await body.fill(
      'atas keikutsertaannya sebagai {{peran}} dalam pelatihan {{kegiatan}} sebanyak {{jp}} JP pada {{tanggal}}.',
    );

    await form.getByLabel('Warna utama', { exact: true }).fill('#7a2e1f');
    expect(await previewPart('title').getAttribute('fill')).toBe('#7a2e1f');
    await form.getByLabel('Pola nomor sertifikat').fill('SRT-{tahun}/{urut:4}');
    await form.getByText(/^Contoh: SRT-\d{4}\/0045$/).waitFor();

    await form
      .getByLabel(/^Logo \(maksimal 3\)/)
      .setInputFiles({ name: 'logo-dinas.png', mimeType: 'image/png', buffer: await drawPng(page, 'logo') });
    await form.getByText('logo-dinas.png berhasil diunggah.').waitFor();
    await previewPart('logo-0').waitFor({ state: 'attached' });

    await form.getByLabel('Nama dan gelar').fill('Dra. Sri Wahyuni, M.Si.');
    await form.getByLabel('Jabatan', { exact: true }).fill('Kepala Dinas Perpustakaan dan Kearsipan Kota');
    await form.getByLabel(/^Keterangan/).fill('NIP 196805121993032004');
    await form
      .getByLabel(/^Tanda tangan \(gambar\)/)
      .setInputFiles({ name: 'ttd.png', mimeType: 'image/png', buffer: await drawPng(page, 'signature') });
    await form.getByText('ttd.png berhasil diunggah.').waitFor();
    await previewPart('signatory-0-signature').waitFor({ state: 'attached' });

    await form.getByRole('button', { name: 'Tambah penanda tangan' }).click();
    await form.locator('#signatory-1-name').fill('Bambang Sutrisno, S.IP.');
    await form.locator('#signatory-1-position').fill('Koordinator Pelatihan');
    await previewPart('signatory-1-name').getByText('Bambang Sutrisno, S.IP.').waitFor();
    expect(await previewPart('number').textContent()).toMatch(/Nomor: SRT-\d{4}\/0045/);

    await expectAccessible(page);
    // From the top, so the (sticky) preview stands beside the start of the form.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'sertifikat-templat-pratinjau');
    await preview.screenshot({ path: join(__dirname, '../../../tmp/e2e-screenshots/sertifikat-templat-svg.png') });

    // The PDF from the server's renderer, with the same design.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Pratinjau PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('pratinjau-sertifikat.pdf');
    const path = await pdf.path();
    expect(readFileSync(path).subarray(0, 4).toString()).toBe('%PDF');

    await form.getByRole('button', { name: 'Simpan templat' }).click();
    await page.getByText('Templat telah disimpan.').waitFor();
    expect(page.url()).toMatch(/\/kelola\/sertifikat\/templat\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: TEMPLATE, level: 1 }).waitFor();
  });

  it('a learner completes a course and finds the certificate in Sertifikat saya', async () => {
    const learner = await openBrowser(PHONE);
    browsers.push(learner);
    const { page, context } = learner;
    await signIn(page, LEARNER.email, new RegExp(`^Selamat datang, ${LEARNER.name}`));

    await page.goto('/pembelajaran-saya');
    await page.getByRole('link', { name: `Mulai belajar ${COURSE}` }).click();
    const lessonHeading = (title: string) => page.getByRole('heading', { name: title, level: 2 });
    const next = page
      .getByRole('navigation', { name: 'Materi sebelumnya dan berikutnya' })
      .getByRole('link', { name: /^Berikutnya/ });
    // Two texts, read to the end.
    for (const title of ['Mengapa beralih ke RDA?', 'Model IFLA LRM secara ringkas']) {
      await lessonHeading(title).waitFor();
      // Short texts are read at once; longer ones once their end has been on screen.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.getByText('Anda telah membaca materi ini sampai akhir.').waitFor();
      await next.click();
    }
    // The worksheet, downloaded.
    await lessonHeading('Lembar kerja: deskripsi buku cetak').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Unduh berkas/ }).click();
    await download;
    await page.getByText('Berkas sudah Anda buka.').waitFor();
    await next.click();
    // The link, opened.
    await lessonHeading('Kamus istilah RDA (tautan)').waitFor();
    const popup = context.waitForEvent('page');
    await page.getByRole('link', { name: /^Buka tautan/ }).click();
    await (await popup).close();
    await page.getByRole('status').filter({ hasText: 'Selamat, Anda telah menyelesaikan pelatihan ini' }).waitFor();

    // The certificate comes by itself: rendered by the worker, listed once issued.
    const card = await openIssuedCertificate(page, COURSE);
    const pdfLink = card.getByRole('link', { name: `Unduh PDF ${COURSE}` });
    const pdfUrl = (await pdfLink.getAttribute('href')) ?? '';
    const pdf = await page.request.get(pdfUrl);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const verifyUrl =
      (await card.getByRole('link', { name: `Buka halaman verifikasi ${COURSE}` }).getAttribute('href')) ?? '';
    verifyPath = new URL(verifyUrl).pathname;
    expect(verifyPath).toMatch(/^\/verifikasi\/[0-9A-Z]{12}$/);
    await expectAccessible(page);
    await screenshot(page, 'sertifikat-saya');

    // The JP ledger row of the course leads to it.
    await page.goto('/pembelajaran-saya');
    const ledger = page.getByRole('region', { name: 'Rekap JP' });
    await ledger.getByRole('link', { name: `Lihat sertifikat ${COURSE}` }).click();
    await page.getByRole('heading', { name: 'Sertifikat saya', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/sertifikat-saya#sertifikat-[0-9a-f-]{36}$/);

    // The header told them too (on a phone, inside the menu); opening the notifications reads them.
    // The worker writes the notification just after the certificate: on a loaded machine it can
    // land after this page asked for the inbox, so the person opens a page again, as they would.
    const bell = page.getByRole('link', { name: /^Notifikasi, \d+ belum dibaca$/ });
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: 'Menu' }).click();
      const shown = await bell.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (shown || attempt === 4) break;
      await page.reload();
    }
    await bell.click();
    await page.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    await page.getByText(new RegExp(`Sertifikat peserta untuk “${COURSE}” dengan nomor .+ sudah terbit\\.`)).waitFor();
    // Read now: the menu's link no longer counts anything unread.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Notifikasi', exact: true }).waitFor();
    await expectAccessible(page);
  });

  it('a coordinator bulk-issues the cohort, watches the progress bar and downloads the ZIP', async () => {
    const coordinator = await openBrowser();
    browsers.push(coordinator);
    const { page } = coordinator;
    await signIn(page, 'koordinator@perpustakaan.test', /^Selamat datang/);

    await openStaffPage(page, 'Kelola sertifikat');
    await page.getByRole('heading', { name: 'Sertifikat', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Terbitkan sertifikat' }).first().click();
    await page.getByRole('heading', { name: 'Terbitkan sertifikat', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Penerbitan sertifikat' });
    await form.getByLabel('Pelatihan', { exact: true }).selectOption({ label: COURSE });
    await form.getByRole('radio', { name: /^Pilih peserta/ }).check();
    await form.getByLabel('Angkatan', { exact: true }).selectOption({ label: `${COHORT} (4 peserta)` });
    await form.getByRole('checkbox', { name: 'Pilih semua (4)' }).check();
    await form.getByText('4 orang dipilih').waitFor();
    await form.getByRole('checkbox', { name: /^Budi Santoso/ }).uncheck();
    await form.getByText('3 orang dipilih').waitFor();

    // Two of them have not completed the course: nobody is issued, and the table says who and why.
    await form.getByRole('button', { name: 'Terbitkan sertifikat' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Tidak ada sertifikat yang diterbitkan: 2 penerima ditolak.' })
      .waitFor();
    const rejected = page.getByRole('table', { name: 'Penerima yang ditolak' });
    for (const name of ['Dewi Lestari', 'Ayu Pratiwi']) {
      await rejected.getByRole('rowheader', { name }).waitFor();
    }
    await expectAccessible(page);
    await screenshot(page, 'sertifikat-terbitkan-ditolak');

    // With a reason, they get one too.
    await form
      .getByRole('checkbox', { name: /^Terbitkan juga untuk peserta yang belum menyelesaikan pelatihan/ })
      .check();
    await form
      .getByLabel('Alasan', { exact: true })
      .fill('Mengikuti pelatihan tatap muka; tugas dinilai manual oleh narasumber.');
    await form.getByRole('button', { name: 'Terbitkan sertifikat' }).click();

    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/kelola\/sertifikat\/batch\/[0-9a-f-]{36}$/);
    // The picked people were of this cohort: its name is the batch's.
    await page.getByText(COHORT, { exact: true }).waitFor();
    const progress = page.getByRole('progressbar', { name: 'Progres penerbitan' });
    await progress.waitFor();
    await page.getByText('Selesai', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await progress.getAttribute('aria-valuenow')).toBe(await progress.getAttribute('aria-valuemax'));
    const issued = page.locator('.count-issued dd');
    expect(Number(await issued.textContent())).toBe(2);
    // The learner who completed it already holds one: left as it was.
    expect(Number(await page.locator('.count-held dd').textContent())).toBe(1);
    const certificates = page.getByRole('region', { name: 'Sertifikat penerbitan ini' });
    await certificates.getByRole('status').filter({ hasText: '2 sertifikat' }).waitFor();
    await certificates.getByRole('rowheader', { name: /Dewi Lestari/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sertifikat-penerbitan');

    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh ZIP' }).click();
    const file = await zip;
    expect(file.suggestedFilename()).toMatch(/\.zip$/);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('a guest verifies the certificate signed out; once revoked the same address says so', async () => {
    expect(verifyPath).not.toBe('');
    const guest = await openBrowser(PHONE);
    browsers.push(guest);
    await guest.page.goto(verifyPath);
    await guest.page.getByRole('heading', { name: 'Sertifikat sah', level: 2 }).waitFor();
    await guest.page.getByText(LEARNER.name, { exact: true }).waitFor();
    await guest.page.getByText(COURSE, { exact: true }).waitFor();
    expect(await mainNav(guest.page).count()).toBe(0);
    await expectAccessible(guest.page);
    await screenshot(guest.page, 'verifikasi-sah');

    // A code that is not a code, and one that does not exist.
    await guest.page.getByLabel('Kode verifikasi').fill('ABCD-EFGH-IJ');
    await guest.page.getByRole('button', { name: 'Periksa' }).click();
    await guest.page.getByText('Kode harus 12 huruf dan angka (tanpa huruf I, L, O, dan U).').waitFor();
    await guest.page.goto('/verifikasi/0000-0000-0000');
    await guest.page.getByRole('heading', { name: 'Sertifikat tidak ditemukan', level: 2 }).waitFor();

    const coordinator = await openBrowser();
    browsers.push(coordinator);
    const { page } = coordinator;
    await signIn(page, 'koordinator@perpustakaan.test', /^Selamat datang/);
    await page.goto('/kelola/sertifikat?bagian=sertifikat');
    await page.getByLabel('Pelatihan', { exact: true }).selectOption({ label: COURSE });
    await page.getByLabel('Cari nama, NIP, atau nomor').fill('Rizky');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 sertifikat' }).waitFor();
    await page.getByRole('button', { name: `Cabut ${LEARNER.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cabut sertifikat ${LEARNER.name}?` });
    await dialog.getByLabel('Alasan', { exact: true }).fill('Data kelulusan keliru dan sedang diperiksa.');
    await dialog.getByRole('button', { name: 'Cabut sertifikat' }).click();
    await page.getByText(`Sertifikat ${LEARNER.name} telah dicabut.`).waitFor();

    await guest.page.goto(verifyPath);
    await guest.page.getByRole('heading', { name: 'Sertifikat telah dicabut', level: 2 }).waitFor();
    await guest.page.getByText('Alasan: Data kelulusan keliru dan sedang diperiksa.').waitFor();
    await expectAccessible(guest.page);
    await screenshot(guest.page, 'verifikasi-dicabut');
  });
});
