import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, openBrowser, screenshot, type Browser } from './support/browser';
import { apiAs } from './support/api';
import { expectAccessible, signIn } from './support/session';

/**
 * A learner on her phone asks in her course's forum; the course's trainer, on a desktop,
 * is called by a mention, answers and marks the answer; the learner's open thread shows
 * both as they happen (no reload), she thanks the trainer, is told of the reply, and finds
 * the answer again by search
 * (Indonesian stemming: "pengelolaan" finds "mengelola").
 */
const LEARNER = 'ayu.pratiwi@perpustakaan.test';
const TRAINER = 'pelatih.siti@perpustakaan.test';
const TRAINER_NAME = 'Dr. Siti Rahmawati, M.Hum.';
/** Another learner of the course, whose advert is reported. */
const OTHER_LEARNER = 'rizky.ramadhan@perpustakaan.test';
const COURSE = 'Katalogisasi Bahan Pustaka dengan RDA';
/** Unique per run, so the journey can run against a database that already has threads. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const QUESTION = `Cantuman RDA untuk buku terjemahan ${RUN}`;
const ANSWER = `Catat judul asli di 240 dan mengelola titik akses penerjemah di 700 ${RUN}.`;
const ADVERT = `Jual rak buku bekas murah, hubungi saya ${RUN}`;

/** Types `@` and a few letters of a name into a Markdown box and picks the person offered. */
async function mention(box: Locator, page: Page, letters: string, name: string): Promise<void> {
  await box.pressSequentially(` @${letters}`);
  await page.getByRole('option', { name }).click();
}

const post = (page: Page, text: string): Locator => page.locator('article.forum-post', { hasText: text });

describe('forum: a question in a course forum, answered by its trainer', () => {
  const browsers: Browser[] = [];
  let learner: Page;
  let trainer: Page;

  beforeAll(async () => {
    const phone = await openBrowser(PHONE);
    const desktop = await openBrowser(DESKTOP);
    browsers.push(phone, desktop);
    learner = phone.page;
    trainer = desktop.page;
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('the learner asks a question in her course forum on her phone, naming the trainer', async () => {
    await signIn(learner, LEARNER);
    await learner.goto('/forum');
    await learner.getByRole('heading', { name: 'Forum Diskusi', level: 1 }).waitFor();
    await learner.getByRole('heading', { name: 'Layanan Referensi' }).waitFor();
    await expectAccessible(learner);

    await learner.getByRole('link', { name: COURSE }).click();
    await learner.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await learner.getByRole('link', { name: 'Topik baru' }).click();
    await learner.getByRole('radio', { name: /^Pertanyaan/ }).check();
    await learner.getByLabel('Judul').fill(QUESTION);
    await learner
      .getByLabel('Isi', { exact: true })
      .fill('Bagaimana mencatat judul asli dan penerjemahnya menurut RDA?');
    await expectAccessible(learner);
    await learner.getByRole('button', { name: 'Terbitkan topik' }).click();

    await learner.getByRole('heading', { name: QUESTION, level: 1 }).waitFor();
    const reply = learner.getByLabel('Balasan Anda');
    await reply.fill('Mohon bantuan');
    await mention(reply, learner, 'Siti', TRAINER_NAME);
    await expect(reply.inputValue()).resolves.toMatch(/\[@Dr\. Siti Rahmawati, M\.Hum\.\]\(mention:[0-9a-f-]{36}\)/);
    await learner.getByRole('button', { name: 'Kirim balasan' }).click();
    await post(learner, 'Mohon bantuan').getByText(`@${TRAINER_NAME}`).waitFor();
    await expectAccessible(learner);
    await screenshot(learner, 'forum-question-phone');
  });

  it('the trainer is told of the mention, answers, and marks the answer', async () => {
    await signIn(trainer, TRAINER);
    await trainer.goto('/notifikasi');
    const notice = trainer.locator('li', { hasText: `menyebut Anda di topik “${QUESTION}”` });
    await notice.getByRole('link').first().click();
    await trainer.getByRole('heading', { name: QUESTION, level: 1 }).waitFor();

    await trainer.getByLabel('Balasan Anda').fill(ANSWER);
    await trainer.getByRole('button', { name: 'Kirim balasan' }).click();
    // The learner's open thread shows the reply as it is posted, without a reload.
    await post(learner, ANSWER).waitFor();
    const answer = post(trainer, ANSWER);
    await answer.getByRole('button', { name: 'Tandai sebagai jawaban' }).click();
    await trainer.getByRole('heading', { name: 'Jawaban terpilih' }).waitFor();
    await expectAccessible(trainer);
    await screenshot(trainer, 'forum-answer-desktop');
  });

  it('the learner sees the answer chosen under her question live, thanks the trainer and is told of the reply', async () => {
    const chosen = learner.locator('section.chosen-answer');
    await chosen.getByText(ANSWER).waitFor();
    await chosen.getByRole('button', { name: /^Terima kasih/ }).click();
    await chosen.locator('.thanks-count', { hasText: '(1)' }).waitFor();

    await learner.goto('/notifikasi');
    await learner.getByText(`${TRAINER_NAME} membalas topik “${QUESTION}”.`).waitFor();
    await expectAccessible(learner);
  });

  it('the learner finds the answer again by search, the Indonesian way', async () => {
    await learner.goto('/forum');
    await learner.getByLabel('Kata yang dicari').fill(`pengelolaan ${RUN}`);
    await learner.getByRole('button', { name: 'Cari' }).click();
    const hit = learner.locator('li', { hasText: QUESTION });
    await hit.locator('mark').first().waitFor();
    await expectAccessible(learner);
    await screenshot(learner, 'forum-search-phone');
    await hit.getByRole('link', { name: QUESTION }).click();
    await learner.getByRole('heading', { name: QUESTION, level: 1 }).waitFor();
  });

  it('the learner reports an advert and the trainer hides it from the moderation queue', async () => {
    const threadId = /\/forum\/topik\/([0-9a-f-]{36})/.exec(learner.url())?.[1] ?? '';
    await (
      await apiAs(OTHER_LEARNER)
    )('POST', `/api/forum-threads/${threadId}/posts`, { bodyMarkdown: ADVERT });
    const advert = post(learner, ADVERT);
    await advert.waitFor();
    await advert.getByRole('button', { name: /^Laporkan/ }).click();
    const dialog = learner.getByRole('dialog', { name: 'Laporkan pesan' });
    await dialog.getByRole('radio', { name: 'Spam' }).check();
    await dialog.getByRole('button', { name: 'Kirim laporan' }).click();
    await dialog.getByText('Laporan Anda sudah kami terima').waitFor();
    await expectAccessible(learner);
    await dialog.getByRole('button', { name: 'Tutup' }).first().click();

    await trainer.goto('/forum/moderasi');
    const report = trainer.locator('article', { hasText: ADVERT });
    await report.getByText('Spam (1)').waitFor();
    await expectAccessible(trainer);
    await report.getByRole('button', { name: 'Sembunyikan' }).click();
    const hide = trainer.getByRole('dialog', { name: 'Sembunyikan pesan' });
    await hide.getByLabel('Alasan').fill('Iklan jual beli tidak sesuai dengan forum pelatihan.');
    await hide.getByRole('button', { name: 'Simpan' }).click();
    await trainer.getByRole('status').filter({ hasText: 'Pesan disembunyikan.' }).waitFor({ state: 'attached' });
    // The report leaves the queue and the log says who hid what, and why.
    await report.waitFor({ state: 'detached' });
    await trainer.locator('.moderation-log li', { hasText: 'menyembunyikan pesan' }).first().waitFor();
    await screenshot(trainer, 'forum-moderation-desktop');

    // The learner's open thread shows it hidden at once.
    await learner.getByText('Pesan ini disembunyikan oleh moderator.').waitFor();
    await expect(learner.getByText(ADVERT).count()).resolves.toBe(0);
  });
});
