import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api';
import { seriousA11yViolations } from './axe';

/**
 * Signs a demo person in through the sign-in page, as they would, and waits for the page
 * they land on (the home page's greeting unless another heading is named).
 */
export async function signIn(page: Page, email: string, heading = /^Selamat datang/): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

/** The page has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA). */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}
