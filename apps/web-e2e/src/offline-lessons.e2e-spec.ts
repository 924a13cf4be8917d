import type { Page } from 'playwright-core';
import type { CourseDetail, LearnerCourse, MyLearning, SignedIn, StoredFile } from '@bina-pustaka/shared-contracts';
import { PHONE, addresses, openBrowser, screenshot, type Browser } from './support/browser';
import { expectAccessible } from './support/session';
import { DEMO_PASSWORD, apiAs } from './support/api';

/** A demo learner no other journey uses, enrolled in the RDA course with no progress yet. */
const LEARNER = { email: 'ayu.pratiwi@perpustakaan.test', name: 'Ayu Pratiwi' };
const COURSE = 'Katalogisasi Bahan Pustaka dengan RDA';
const LESSONS = {
  text: 'Mengapa beralih ke RDA?',
  unopened: 'Model IFLA LRM secara ringkas',
  file: 'Lembar kerja: deskripsi buku cetak',
};
const OFFLINE = 'Anda sedang luring; materi yang sudah dibuka tetap dapat dibaca.';
/** The course's trainer, who puts an uploaded image into the text lesson. */
const TRAINER = 'pelatih.siti@perpustakaan.test';
const IMAGE_ALT = 'Rak buku perpustakaan';
/** A 2x1 PNG: shown, it has a natural width; broken, it has none. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGOQz1/x/0SXzn8AEwoEszxKhnAAAAAASUVORK5CYII=',
  'base64',
);

/** The trainer uploads an image and adds it to the end of a text lesson, as the lesson editor does. */
async function addImageToLesson(courseId: string, title: string): Promise<void> {
  const { accessToken } = await api<SignedIn>('/api/auth/login', undefined, {
    email: TRAINER,
    password: DEMO_PASSWORD,
  });
  const form = new FormData();
  form.append('purpose', 'lesson-image');
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'rak.png');
  const uploaded = await fetch(`${addresses().baseUrl}/api/files`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}` },
    body: form,
  });
  if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
  const image = (await uploaded.json()) as StoredFile;
  const trainer = await apiAs(TRAINER);
  const detail = await trainer<CourseDetail>('GET', `/api/courses/${courseId}`);
  const lesson = detail.modules.flatMap((module) => module.lessons).find((item) => item.title === title);
  if (!lesson) throw new Error(`no lesson ${title}`);
  await trainer('PATCH', `/api/lessons/${lesson.id}`, {
    bodyMarkdown: `${lesson.bodyMarkdown}\n\n![${IMAGE_ALT}](file:${image.id})`,
  });
}

/** The api, asked directly (not through the browser): what the server holds. */
async function api<T>(path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${addresses().baseUrl}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('offline lessons: reading on a phone without a connection', () => {
  let learner: Browser;
  let token: string;
  let course: LearnerCourse;

  const lessonId = (title: string) =>
    course.modules.flatMap((module) => module.lessons).find((lesson) => lesson.title === title)?.id ?? '';
  const heading = (page: Page, title: string) => page.getByRole('heading', { name: title, level: 2 });
  const outline = async (page: Page) => {
    const toggle = page.getByRole('button', { name: /^Daftar materi/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return page.getByRole('navigation', { name: 'Daftar materi' });
  };
  const openFromOutline = async (page: Page, title: string) => {
    await (await outline(page)).getByRole('link', { name: new RegExp(`^${title.replace(/[?:]/g, '.')}`) }).click();
  };
  /** The text lesson's image once it has loaded: its source and natural width (0 when broken). */
  const lessonImage = async (page: Page) => {
    const image = page.getByRole('article').getByRole('img', { name: IMAGE_ALT });
    await image.waitFor();
    await page.waitForFunction(
      (alt) => document.querySelector<HTMLImageElement>(`img[alt="${alt}"]`)?.complete === true,
      IMAGE_ALT,
    );
    return image.evaluate((img: HTMLImageElement) => ({ src: img.src, naturalWidth: img.naturalWidth }));
  };

  beforeAll(async () => {
    token = (await api<SignedIn>('/api/auth/login', undefined, { email: LEARNER.email, password: DEMO_PASSWORD }))
      .accessToken;
    const mine = await api<MyLearning>('/api/me/learning', token);
    const courseId = mine.current.find((item) => item.title === COURSE)?.courseId ?? '';
    await addImageToLesson(courseId, LESSONS.text);
    course = await api<LearnerCourse>(`/api/learn/courses/${courseId}`, token);
    learner = await openBrowser(PHONE);
  });

  afterAll(async () => {
    await learner?.close();
  });

  it('a learner opens two lessons online, reads both offline after a reload, completes one, and the server gets it', async () => {
    const { page, context } = learner;
    await page.goto('/masuk');
    await page.getByLabel('Email', { exact: true }).fill(LEARNER.email);
    await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Selamat datang, ${LEARNER.name}`) }).waitFor();

    // The service worker registers once the app is stable and then controls the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
    for (const path of ['/ngsw-worker.js', '/ngsw.json']) {
      const response = await fetch(`${addresses().baseUrl}${path}`);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }

    // Online: the text lesson with its image (saved on the device), then the file lesson (its small file too).
    await page.goto(`/belajar/${course.courseId}/materi/${lessonId(LESSONS.text)}`);
    await heading(page, LESSONS.text).waitFor();
    expect(await lessonImage(page)).toEqual({
      src: expect.stringMatching(/\/api\/files\/.+\/content\?/),
      naturalWidth: 2,
    });
    await openFromOutline(page, LESSONS.file);
    await heading(page, LESSONS.file).waitFor();
    await page.getByText('Berkas tersimpan di perangkat ini dan dapat dibuka tanpa koneksi.').waitFor();
    const nav = await outline(page);
    for (const title of [LESSONS.text, LESSONS.file]) {
      await nav.getByRole('link', { name: new RegExp(`^${title.replace(/[?:]/g, '.')}.*Tersimpan luring`) }).waitFor();
    }
    expect(await nav.getByText('Tersimpan luring').count()).toBe(2);

    // Offline, and the page reloaded: the app, the course and both lessons come from the phone.
    // The browser's HTTP cache is emptied first: it would hold the image for the link's hour,
    // and only what the app saved itself should be left, as after that hour.
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.clearBrowserCache');
    await devtools.detach();
    await context.setOffline(true);
    await page.reload();
    await heading(page, LESSONS.file).waitFor();
    await page.getByRole('status').filter({ hasText: OFFLINE }).waitFor();
    await page.getByText('2 dari 4 materi tersimpan untuk dibaca luring').waitFor();

    await openFromOutline(page, LESSONS.text);
    await heading(page, LESSONS.text).waitFor();
    await page.getByText('Dari AACR2 ke RDA').waitFor();
    // Its image too: from the device, since the lesson's signed link cannot be reached offline.
    expect(await lessonImage(page)).toEqual({ src: expect.stringMatching(/^blob:/), naturalWidth: 2 });

    // Never opened: it says plainly that it needs a connection.
    await openFromOutline(page, LESSONS.unopened);
    await page.getByRole('heading', { name: 'Materi ini perlu koneksi internet', level: 2 }).waitFor();

    // The file opens from the phone, which completes the lesson here; the server hears later.
    await openFromOutline(page, LESSONS.file);
    await heading(page, LESSONS.file).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Unduh berkas/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await page.getByText('Berkas sudah Anda buka.').waitFor();
    await page.getByRole('article').getByText('Selesai, menunggu dikirim').waitFor();
    await page
      .getByText('Progres Anda tersimpan di perangkat ini dan akan dikirim saat Anda tersambung kembali.')
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'pemutar-luring');

    const before = await api<LearnerCourse>(`/api/learn/courses/${course.courseId}`, token);
    expect(before.modules.flatMap((m) => m.lessons).find((l) => l.title === LESSONS.file)?.state).not.toBe('done');

    // Back online: what waited on the phone is sent, and the page says so quietly.
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Progres yang tersimpan di perangkat telah dikirim.' }).waitFor({
      timeout: 20_000,
    });
    await page.getByRole('status').filter({ hasText: OFFLINE }).waitFor({ state: 'detached' });
    await expectAccessible(page);

    const after = await api<LearnerCourse>(`/api/learn/courses/${course.courseId}`, token);
    const states = Object.fromEntries(after.modules.flatMap((m) => m.lessons).map((l) => [l.title, l.state]));
    expect(states[LESSONS.file]).toBe('done');
    expect(states[LESSONS.unopened]).toBe('not-started');
  });

  it('signing out leaves no lesson, file or queued progress of the learner on the phone', async () => {
    const { page } = learner;
    // On a phone, signing out sits in the closed menu.
    const menu = page.getByRole('button', { name: /^Menu/ });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(/\/masuk/);
    const left = await page.evaluate(async () => {
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        if (!/:data:|bp-lesson-files/.test(name)) continue;
        const cache = await caches.open(name);
        cached.push(...(await cache.keys()).map((request) => `${name} ${request.url}`));
      }
      const stored = Object.keys(localStorage).filter((key) =>
        /^bp[.-](lesson-progress|quiz-answers|video|offline)/.test(key),
      );
      return { cached, stored };
    });
    expect(left).toEqual({ cached: [], stored: [] });
  });
});
