import { openBrowser, PHONE, screenshot, type Browser } from './support/browser';
import { expectAccessible } from './support/session';
import { mainNav } from './support/navigation';
import { DEMO_PASSWORD } from './support/api';

describe('a librarian signs in', () => {
  let browser: Browser;

  afterEach(async () => {
    await browser?.close();
  });

  it('in Bahasa Indonesia, switches to English without a reload, and signs out', async () => {
    browser = await openBrowser();
    const { page } = browser;

    await page.goto('/');
    // A guest is sent to the sign-in page first.
    await page.getByRole('heading', { name: 'Masuk ke Bina Pustaka' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await expectAccessible(page);

    await page.getByLabel('Email', { exact: true }).fill('dewi.lestari@perpustakaan.test');
    await page.getByLabel('Kata sandi', { exact: true }).fill('salah-sandinya-1');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }).waitFor();

    await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Dewi Lestari' }).waitFor();
    const nav = mainNav(page);
    await nav.getByRole('link', { name: 'Beranda' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Beranda' }).getAttribute('aria-current')).toBe('page');
    // A learner does not see user administration, nor the staff area it lives in.
    expect(await page.getByRole('link', { name: /Pengguna/ }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Kelola', exact: true }).count()).toBe(0);
    // At 1280 px the header is one row.
    expect((await page.locator('header').boundingBox())?.height).toBeLessThan(72);
    await expectAccessible(page);
    await screenshot(page, 'beranda-peserta-id');

    // The page is not reloaded when the language changes: a marker on window survives.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Welcome, Dewi Lestari' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.getByRole('button', { name: 'ID' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Dewi Lestari' }).waitFor();

    // The session survives a reload (the refresh cookie), then ends on sign-out.
    await page.reload();
    await page.getByRole('heading', { name: 'Selamat datang, Dewi Lestari' }).waitFor();
    // Signing out is in the account menu, which says who is signed in.
    await page.getByRole('button', { name: 'Akun: Dewi Lestari' }).click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke Bina Pustaka' }).waitFor();
    await page.goto('/profil');
    await page.getByRole('heading', { name: 'Masuk ke Bina Pustaka' }).waitFor();
    expect(page.url()).toContain('kembali=');
  });

  it('on a phone, through the menu button, reaching the staff pages in two taps', async () => {
    browser = await openBrowser(PHONE);
    const { page } = browser;
    await page.goto('/masuk');
    await page.getByLabel('Email', { exact: true }).fill('koordinator@perpustakaan.test');
    await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Bambang Sutrisno, S.IP.' }).waitFor();

    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // Keyboard: the menu opens on its first link, and Escape closes it back on the Menu button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await page.locator('button[aria-controls="site-menu"][aria-expanded="true"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Beranda');
    await page.keyboard.press('Escape');
    await page.locator('button[aria-controls="site-menu"][aria-expanded="false"]').waitFor();
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);

    // Two taps to the staff area: Menu, then Kelola, whose page lists every staff page.
    await menu.click();
    // Change detection runs after the click returns: wait for the menu to say it is open.
    await page.locator('button[aria-controls="site-menu"][aria-expanded="true"]').waitFor();
    const entries = await mainNav(page).getByRole('link').allTextContents();
    expect(entries.map((text) => text.trim())).toEqual([
      'Beranda',
      'Pelatihan',
      'Pembelajaran saya',
      'Webinar',
      'Forum',
      'Sertifikat saya',
      'Materi',
      'Kelola',
    ]);
    await mainNav(page).getByRole('link', { name: 'Kelola', exact: true }).click();
    await page.getByRole('heading', { name: 'Kelola', level: 1 }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'kelola-koordinator-ponsel');

    await page.getByRole('link', { name: /^Kelola pengguna/ }).click();
    await page.getByRole('heading', { name: 'Kelola pengguna' }).waitFor();
    // On a phone the staff navigation is the way back to the Kelola page.
    await page.getByRole('navigation', { name: 'Kelola' }).getByRole('link', { name: 'Kelola' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'pengguna-koordinator-ponsel');
  });
});
