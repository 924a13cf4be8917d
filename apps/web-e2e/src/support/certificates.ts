import type { Locator, Page } from 'playwright-core';

/**
 * Opens "Sertifikat saya" and waits for the certificate of a course to be issued: the
 * worker renders it after the course completes, and the page asks again while it is being
 * prepared, so the journey reloads until the card is there. Answers the card.
 */
export async function openIssuedCertificate(page: Page, course: string): Promise<Locator> {
  const heading = page.getByRole('heading', { name: 'Sertifikat saya', level: 1 });
  await page.goto('/sertifikat-saya');
  await heading.waitFor();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: course }) });
  for (let attempt = 0; attempt < 20 && (await card.count()) === 0; attempt += 1) {
    await page.waitForTimeout(1_000);
    await page.reload();
    await heading.waitFor();
  }
  await card.getByText('Terbit', { exact: true }).waitFor({ timeout: 30_000 });
  return card;
}
