import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ProductAddresses } from './product';

export const addresses = (): ProductAddresses => JSON.parse(process.env['E2E_ADDRESSES'] ?? '{}');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Chromium's fake camera and microphone, no permission prompts, and WebRTC over loopback
 * (without the last flag ICE never starts on a host with only 127.0.0.1; see
 * shared/notes/mediasoup-offline.md). Sound may start without a click.
 */
export const MEDIA_FLAGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Debian's chromium (never a downloaded browser) with a fresh profile: no cookies or
 * storage from another journey. Flags from shared/notes/toolchain.md;
 * `extraArgs` adds more (MEDIA_FLAGS for webinars).
 */
export async function openBrowser(viewport = DESKTOP, extraArgs: string[] = []): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'bp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    baseURL: addresses().baseUrl,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under tmp/e2e-screenshots for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(__dirname, '../../../../tmp/e2e-screenshots', `${name}.png`), fullPage: true });
}
