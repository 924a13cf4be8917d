import type { Page } from 'playwright-core';
import { waitForMail } from './mailbox';

/** A guest of an event journey: a name and an email unique to the run. */
export interface Guest {
  name: string;
  email: string;
}

/** The address an email's button leads to: the token rides in the fragment (`#<token>`). */
export async function linkInMail(to: string, subject: string, path: string): Promise<string> {
  const mail = await waitForMail(to, (each) => each.subject.startsWith(subject), 30_000);
  const match = new RegExp(`https?://\\S+/${path}#[A-Za-z0-9_.-]+`).exec(mail.text);
  if (!match) throw new Error(`No /${path} link in "${mail.subject}"`);
  return match[0];
}

/** A guest fills the event page's form and is told to look in their email. */
export async function register(page: Page, guest: Guest): Promise<void> {
  const form = page.getByRole('form', { name: 'Formulir pendaftaran' });
  await form.getByRole('textbox', { name: 'Nama lengkap' }).fill(guest.name);
  await form.getByRole('textbox', { name: 'Email' }).fill(guest.email);
  await form.getByRole('checkbox', { name: /menyetujui penggunaan data saya/ }).check();
  await form.getByRole('button', { name: 'Daftar' }).click();
  await page.getByText('Periksa email Anda untuk mengonfirmasi').waitFor();
}
