import { openBrowser, screenshot, type Browser } from './support/browser';
import { expectAccessible } from './support/session';
import { linkTo, waitForMail } from './support/mailbox';
import { openStaffPage } from './support/navigation';

describe('an admin invites a new librarian', () => {
  const browsers: Browser[] = [];

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('who accepts through the emailed link and lands signed in', async () => {
    const admin = await openBrowser();
    browsers.push(admin);
    await admin.page.goto('/masuk');
    await admin.page.getByLabel('Email', { exact: true }).fill('admin@perpustakaan.test');
    await admin.page.getByLabel('Kata sandi', { exact: true }).fill('PustakaDemo2026');
    await admin.page.getByRole('button', { name: 'Masuk' }).click();
    await admin.page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();

    await openStaffPage(admin.page, 'Kelola pengguna');
    await admin.page.getByRole('heading', { name: 'Kelola pengguna' }).waitFor();
    const form = admin.page.locator('form', { has: admin.page.getByRole('button', { name: 'Kirim undangan' }) });
    await form.getByLabel('Email', { exact: true }).fill('sri.wahyuni@perpustakaan.test');
    await form.getByLabel('Nama lengkap').fill('Sri Wahyuni');
    await form.getByRole('checkbox', { name: 'Pelatih' }).check();
    await form.getByRole('button', { name: 'Kirim undangan' }).click();
    await admin.page.getByText('Undangan telah dikirim ke sri.wahyuni@perpustakaan.test.').waitFor();
    await expectAccessible(admin.page);
    await screenshot(admin.page, 'kelola-pengguna-admin');

    const mail = await waitForMail('sri.wahyuni@perpustakaan.test');
    expect(mail.subject).toBe('Undangan bergabung di Bina Pustaka');
    const link = linkTo(mail, '/undangan');

    const invitee = await openBrowser();
    browsers.push(invitee);
    const { page } = invitee;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Terima undangan' }).waitFor();
    await page.getByText('Rina Marlina, S.Kom. mengundang Anda bergabung di Bina Pustaka.').waitFor();
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token=');
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Sri Wahyuni');

    await page.getByLabel('NIP (opsional)').fill('12345');
    await page.getByLabel('Kata sandi', { exact: true }).fill('Membaca-Membuka-Dunia-1');
    await page.getByLabel('Ulangi kata sandi').fill('Membaca-Membuka-Dunia-1');
    await page.getByRole('button', { name: 'Buat akun dan masuk' }).click();
    await page.getByText('NIP harus terdiri dari 18 angka.').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'terima-undangan-galat');

    await page.getByLabel('NIP (opsional)').fill('198805172012122001');
    await page.getByRole('button', { name: 'Buat akun dan masuk' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Sri Wahyuni' }).waitFor();

    // The same link does not work twice.
    const again = await openBrowser();
    browsers.push(again);
    await again.page.goto(link);
    await again.page.getByRole('alert').filter({ hasText: 'Undangan ini sudah diterima' }).waitFor();
  });
});

describe('a librarian who forgot the password', () => {
  let browser: Browser;

  afterAll(async () => {
    await browser?.close();
  });

  it('gets a one-time link by email and sets a new one', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto('/masuk');
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill('budi.santoso@perpustakaan.test');
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByRole('status').filter({ hasText: 'Jika email tersebut terdaftar' }).waitFor();

    const link = linkTo(await waitForMail('budi.santoso@perpustakaan.test'), '/atur-ulang-sandi');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Atur ulang kata sandi' }).waitFor();
    await page.getByLabel('Kata sandi baru').fill('Sandi-Baru-Budi-2026');
    await page.getByLabel('Ulangi kata sandi').fill('Sandi-Baru-Budi-2026');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    // The new password is saved once the page says so (on a busy machine that takes a while).
    await page.getByText('Kata sandi berhasil diubah.').waitFor();
    await page.getByRole('link', { name: 'Masuk' }).click();

    await page.getByLabel('Email', { exact: true }).fill('budi.santoso@perpustakaan.test');
    await page.getByLabel('Kata sandi', { exact: true }).fill('Sandi-Baru-Budi-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Budi Santoso' }).waitFor();
  });
});
