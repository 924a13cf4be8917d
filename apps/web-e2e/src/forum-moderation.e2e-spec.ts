import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, openBrowser, screenshot, type Browser } from './support/browser';
import { apiAs } from './support/api';
import { expectAccessible, signIn } from './support/session';

/**
 * A community category holds a member's first post for approval: a learner on her phone
 * starts a thread there with a picture she uploads from the editor, is told it waits for a
 * moderator, and nobody else can read it; the coordinator, on a desktop, sees it with its
 * picture in the moderation queue and approves it; the learner's open thread shows it
 * published, picture and all, without a reload.
 */
const LEARNER = 'maria.simanjuntak@perpustakaan.test';
const LEARNER_NAME = 'Maria Simanjuntak';
/** A learner who only reads here: the held thread does not exist for her until it is approved. */
const READER = 'yoga.pratama@perpustakaan.test';
const COORDINATOR = 'koordinator@perpustakaan.test';
/** No other journey writes in this category; approval is switched on for the journey only. */
const CATEGORY = 'Literasi Informasi';
/** Unique per run, so the journey can run against a database that already has threads. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const TITLE = `Pojok baca keliling di halaman sekolah ${RUN}`;
const IMAGE_ALT = 'Rak pojok baca keliling';
const HELD_NOTE =
  'Topik ini menunggu persetujuan moderator. Hanya Anda dan moderator yang dapat melihatnya sampai disetujui.';

interface ModeratedForum {
  id: string;
  title: string;
  holdFirstPosts: number;
}

/** A small picture of a bookshelf, drawn by the browser as a librarian's photo would be chosen. */
async function shelfPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 160;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#f4efe4';
    context.fillRect(0, 0, 240, 160);
    context.fillStyle = '#8a5a33';
    for (const y of [70, 150]) context.fillRect(10, y, 220, 8);
    const colours = ['#1f6f78', '#c8553d', '#e8b34b', '#3c4f76', '#6a994e'];
    for (let book = 0; book < 12; book += 1) {
      context.fillStyle = colours[book % colours.length];
      const height = 40 + ((book * 7) % 20);
      context.fillRect(16 + (book % 6) * 35, (book < 6 ? 70 : 150) - height, 28, height);
    }
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** The picture is shown, not broken: the browser decoded it. */
async function expectLoaded(image: Locator): Promise<void> {
  await image.waitFor();
  await expect(
    image.evaluate((element: HTMLImageElement) => element.decode().then(() => element.naturalWidth)),
  ).resolves.toBeGreaterThan(0);
}

describe('forum: a first post held for approval, with a picture', () => {
  const browsers: Browser[] = [];
  let learner: Page;
  let coordinator: Page;
  let category: ModeratedForum;
  let threadId = '';

  /** Approval in the category, as its moderators set it; switched back after the journey. */
  const holdFirstPosts = async (value: number) =>
    (await apiAs(COORDINATOR))('PUT', `/api/forum-moderation/forums/${category.id}/settings`, {
      holdFirstPosts: value,
    });

  beforeAll(async () => {
    const forums = await (await apiAs(COORDINATOR))<ModeratedForum[]>('GET', '/api/forum-moderation/forums');
    category = forums.find((forum) => forum.title === CATEGORY) as ModeratedForum;
    await holdFirstPosts(1);
    const phone = await openBrowser(PHONE);
    const desktop = await openBrowser(DESKTOP);
    browsers.push(phone, desktop);
    learner = phone.page;
    coordinator = desktop.page;
  });

  afterAll(async () => {
    await holdFirstPosts(category.holdFirstPosts);
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('the learner starts a thread with a picture on her phone and is told it waits for a moderator', async () => {
    await signIn(learner, LEARNER);
    await learner.goto('/forum');
    await learner.getByRole('heading', { name: 'Forum Diskusi', level: 1 }).waitFor();
    await learner.getByRole('link', { name: CATEGORY, exact: true }).click();
    await learner.getByRole('heading', { name: CATEGORY, level: 1 }).waitFor();
    await expectAccessible(learner);

    await learner.getByRole('link', { name: 'Topik baru' }).click();
    await learner.getByLabel('Judul').fill(TITLE);
    const body = learner.getByLabel('Isi', { exact: true });
    await body.fill(
      'Kami membuka **pojok baca keliling** setiap Jumat pagi:\n\n- rak dorong berisi 60 buku cerita\n- siswa kelas 4 menjadi duta baca\n',
    );
    await learner
      .getByLabel('Sisipkan gambar')
      .setInputFiles({ name: 'pojok-baca.png', mimeType: 'image/png', buffer: await shelfPng(learner) });
    await learner.getByText('Gambar disisipkan ke tulisan Anda.').waitFor({ state: 'attached' });
    // As the hint asks, the picture's name becomes a description of it.
    await body.fill((await body.inputValue()).replace('![pojok-baca]', `![${IMAGE_ALT}]`));
    await expectAccessible(learner);
    await learner.getByRole('button', { name: 'Terbitkan topik' }).click();

    await learner.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await learner.getByText(HELD_NOTE).waitFor();
    await learner.locator('article.forum-post').getByText('Menunggu persetujuan moderator').waitFor();
    await expectLoaded(learner.getByRole('img', { name: IMAGE_ALT }));
    await expectAccessible(learner);
    await screenshot(learner, 'forum-held-phone');

    // Nobody else can read it yet, not even by its address.
    threadId = /\/forum\/topik\/([0-9a-f-]{36})/.exec(learner.url())?.[1] ?? '';
    await expect((await apiAs(READER))('GET', `/api/forum-threads/${threadId}`)).rejects.toThrow(/: 404 /);
  });

  it('the coordinator sees the held thread with its picture in the moderation queue and approves it', async () => {
    await signIn(coordinator, COORDINATOR);
    await coordinator.goto('/forum');
    await coordinator.getByRole('link', { name: 'Moderasi forum' }).click();
    await coordinator.getByRole('heading', { name: 'Moderasi forum', level: 1 }).waitFor();
    const held = coordinator.locator('article', { has: coordinator.getByRole('heading', { name: TITLE }) });
    await held.getByText(`${CATEGORY} · ditulis oleh ${LEARNER_NAME}`).waitFor();
    await held.getByText('Topik baru', { exact: true }).waitFor();
    await held.locator('strong', { hasText: 'pojok baca keliling' }).waitFor();
    await expectLoaded(held.getByRole('img', { name: IMAGE_ALT }));
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'forum-approval-desktop');

    await held.getByRole('button', { name: `Setujui ${LEARNER_NAME}` }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'Pesan disetujui dan kini tampil bagi anggota forum.' })
      .waitFor({ state: 'attached' });
    await held.waitFor({ state: 'detached' });
    await coordinator.locator('.moderation-log li', { hasText: 'menyetujui pesan' }).first().waitFor();
  });

  it("the learner's open thread shows it published with its picture, and other members read it", async () => {
    await learner.getByText(HELD_NOTE).waitFor({ state: 'detached' });
    await expect(learner.getByText('Menunggu persetujuan moderator').count()).resolves.toBe(0);
    await expectLoaded(learner.getByRole('img', { name: IMAGE_ALT }));
    await expectAccessible(learner);
    await screenshot(learner, 'forum-approved-phone');

    const thread = await (
      await apiAs(READER)
    )<{ thread: { title: string; held: boolean } }>('GET', `/api/forum-threads/${threadId}`);
    expect(thread.thread).toMatchObject({ title: TITLE, held: false });
  });
});
