import type { Page } from 'playwright-core';

/** The header's main navigation (the learner's links and "Kelola"). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

/**
 * Opens a staff page as a person on a wide screen does: "Kelola" in the header, then the
 * page's card on the Kelola page (whose link also carries a line of explanation).
 */
export async function openStaffPage(page: Page, name: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Kelola', exact: true }).click();
  await page.getByRole('heading', { name: 'Kelola', level: 1 }).waitFor();
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^${name}\\b`) })
    .click();
}
