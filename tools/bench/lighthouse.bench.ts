/**
 * `npm run bench:lighthouse`: what a librarian on a phone waits for. Lighthouse 12's mobile
 * preset (a mid-range phone, simulated slow 4G and a 4× slower CPU) on the pages people
 * open first: the home page signed out (where a new visitor lands: the sign-in screen),
 * the sign-in page, a certificate's public verify page (a real code from the demo data),
 * the public events (`/acara`, and the demo book launch's page that is shared in WhatsApp),
 * and, signed in as a learner, the catalog and a course page. Each page RUNS times
 * (default 5); the table shows the median of each figure.
 *
 * It builds and starts the product as in production (built bundles, NODE_ENV=production,
 * demo data, the api serving the web client, a worker so the demo certificates are issued)
 * on a fresh database that it drops at the end, and runs Debian's chromium headless.
 *
 *   LIGHTHOUSE_RUNS=5                       runs per page
 *   LIGHTHOUSE_REPORTS=<dir>                also write every run's full JSON report there
 *   LIGHTHOUSE_WEB_DIST=<dir>               serve another build of the web client
 *   LIGHTHOUSE_BASELINE_WEB=<dir>           also measure this build of the web client (e.g. an
 *                                           older commit's dist/apps/web/browser), served by a
 *                                           second api on the same database, its runs taking
 *                                           turns with this build's, so both see the same load
 *   LIGHTHOUSE_PAGES=sign-in,catalog        only the pages whose names start so
 *   CHROMIUM_PATH=/usr/bin/chromium
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { useDevelopmentWorkerBin } from '../mediasoup/worker-bin';
import { root, startBenchApi, startBenchWorker, type BenchApi } from './support';

const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 5);
const PORT = Number(process.env['BENCH_PORT'] ?? 3190);
const REPORTS = process.env['LIGHTHOUSE_REPORTS'];
const WEB_DIST = process.env['LIGHTHOUSE_WEB_DIST'] ?? join(root, 'dist/apps/web/browser');
const ONLY = process.env['LIGHTHOUSE_PAGES']?.split(',');
const BASELINE_WEB = process.env['LIGHTHOUSE_BASELINE_WEB'];
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LEARNER = 'dewi.lestari@perpustakaan.test';
const PASSWORD = 'PustakaDemo2026';

/** The budget (DESIGN.md) each figure is held to. */
const BUDGET = { performance: 90, lcpMs: 2500, tbtMs: 200, cls: 0.1 };

interface Page {
  name: string;
  path: string;
  signedIn: boolean;
}

interface Figures {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  accessibility: number;
  bestPractices: number;
}

/** The few fields of a Lighthouse result this bench reads. */
interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
}

/** Runs again when Lighthouse could not record the page (it happens on a loaded machine: NO_NAVSTART). */
const ATTEMPTS = 3;

async function main(): Promise<void> {
  const load = loadavg();
  console.log(`Load average at start: ${load.map((value) => value.toFixed(2)).join(' ')} (${RUNS} runs per page)`);
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (build.status !== 0) throw new Error('The build failed (see above).');
  useDevelopmentWorkerBin();

  const api = await startBenchApi(PORT, { WEB_DIST_DIR: WEB_DIST, LOG_LEVEL: 'warn' });
  // The baseline's api shares the database (and so the demo data and the sessions).
  const baselineApi = BASELINE_WEB
    ? await startBenchApi(PORT + 1, {
        WEB_DIST_DIR: BASELINE_WEB,
        LOG_LEVEL: 'warn',
        DATABASE_URL: api.databaseUrl,
        REDIS_PREFIX: api.env['REDIS_PREFIX'] ?? '',
      })
    : undefined;
  const targets = [
    ...(baselineApi ? [{ label: 'baseline', baseUrl: baselineApi.baseUrl }] : []),
    { label: BASELINE_WEB ? 'this build' : '', baseUrl: api.baseUrl },
  ];
  let worker: ChildProcess | undefined;
  const chrome = await import('chrome-launcher').then((launcher) =>
    launcher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, ignoreDefaultFlags: true }),
  );
  try {
    worker = await startBenchWorker(api.env);
    const pages = (await demoPages(api)).filter((page) => !ONLY || ONLY.some((name) => page.name.startsWith(name)));
    const rows = new Map(targets.map((target) => [target, [] as { page: Page; figures: Figures }[]]));
    let signedIn = false;
    // Signed-out pages first: this browser profile then has no session yet.
    for (const page of pages) {
      if (page.signedIn && !signedIn) {
        // Local storage (the session hint) is per origin; the cookie is shared by both ports.
        for (const target of targets) await signInInBrowser(chrome.port, target.baseUrl);
        signedIn = true;
      }
      const runs = new Map(targets.map((target) => [target, [] as Figures[]]));
      for (let run = 1; run <= RUNS; run++) {
        // Each build goes first every other run: the second of a pair measured worse on a loaded machine.
        for (const target of run % 2 ? targets : [...targets].reverse()) {
          runs.get(target)?.push(await auditWithRetries(chrome.port, target.baseUrl, page, run));
        }
      }
      for (const target of targets) {
        const figures = runs.get(target) ?? [];
        rows.get(target)?.push({ page, figures: medians(figures) });
        console.log(
          `  ${page.name}${target.label && ` (${target.label})`}: ${figures.map((f) => f.performance).join(', ')}`,
        );
      }
    }
    for (const target of targets) printTable(rows.get(target) ?? [], target.label);
    console.log(
      `Load average at end: ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    chrome.kill();
    worker?.kill('SIGTERM');
    await baselineApi?.stop();
    await api.stop();
  }
}

/** The pages, with a real course, a real certificate code and the book launch from the demo data. */
async function demoPages(api: BenchApi): Promise<Page[]> {
  const token = await api.signIn(LEARNER);
  const catalog = (await fetch(`${api.baseUrl}/api/catalog`, { headers: { authorization: `Bearer ${token}` } }).then(
    (response) => response.json(),
  )) as { items: { id: string }[] };
  const course = catalog.items[0];
  if (!course) throw new Error('The demo catalog is empty');
  const events = (await fetch(`${api.baseUrl}/api/public/events?kind=book-launch`).then((response) =>
    response.json(),
  )) as { items: { slug: string }[] };
  const launch = events.items[0];
  if (!launch) throw new Error('The demo data has no book launch');
  return [
    { name: 'home (signed out)', path: '/', signedIn: false },
    { name: 'sign-in', path: '/masuk', signedIn: false },
    {
      name: 'certificate verify',
      path: `/verifikasi/${await issuedCertificateCode(api.databaseUrl)}`,
      signedIn: false,
    },
    { name: 'acara (list)', path: '/acara', signedIn: false },
    { name: 'acara (book launch)', path: `/acara/${launch.slug}`, signedIn: false },
    { name: 'catalog', path: '/pelatihan', signedIn: true },
    { name: 'course page', path: `/pelatihan/${course.id}`, signedIn: true },
  ];
}

/** The demo certificates are queued at start; the worker issues them within seconds. */
async function issuedCertificateCode(databaseUrl: string, timeoutMs = 60_000): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ code: string }>(
        `SELECT code FROM certificates WHERE status = 'issued' ORDER BY issued_at LIMIT 1`,
      );
      if (rows[0]) return rows[0].code;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('No demo certificate was issued within a minute');
  } finally {
    await client.end();
  }
}

/** Signs the learner in through the sign-in form: the session cookie then stays in this profile. */
async function signInInBrowser(port: number, baseUrl: string): Promise<void> {
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/masuk`);
    await page.waitForSelector('#sign-in-email');
    await page.type('#sign-in-email', LEARNER);
    await page.type('#sign-in-password', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => location.pathname === '/', { timeout: 30_000 });
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

async function auditWithRetries(port: number, baseUrl: string, page: Page, run: number): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    const figures = await audit(port, baseUrl, page, run);
    if (figures) return figures;
    if (attempt === ATTEMPTS) throw new Error(`Lighthouse failed ${ATTEMPTS} times on ${page.path}`);
  }
}

/** One Lighthouse run; undefined when Lighthouse could not record the page. */
async function audit(port: number, baseUrl: string, page: Page, run: number): Promise<Figures | undefined> {
  const { default: lighthouse } = await import('lighthouse');
  // The default config is the mobile preset. Lighthouse clears the HTTP cache before each
  // run but keeps cookies and local storage (a signed-in learner stays signed in).
  const result = await lighthouse(`${baseUrl}${page.path}`, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  const lhr = result.lhr as unknown as LighthouseResult;
  if (REPORTS) {
    mkdirSync(REPORTS, { recursive: true });
    const file = `${page.name.replace(/\W+/g, '-')}-${new URL(baseUrl).port}-${run}.json`;
    writeFileSync(join(REPORTS, file), result.report as string);
  }
  for (const warning of lhr.runWarnings) console.warn(`  ${page.name}, run ${run}: ${warning}`);
  if (lhr.runtimeError) {
    console.warn(`  ${page.name}, run ${run}: ${lhr.runtimeError.code}, running it again`);
    return undefined;
  }
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medians(runs: Figures[]): Figures {
  const of = (pick: (figures: Figures) => number) => median(runs.map(pick));
  return {
    performance: of((figures) => figures.performance),
    lcpMs: of((figures) => figures.lcpMs),
    tbtMs: of((figures) => figures.tbtMs),
    cls: of((figures) => figures.cls),
    accessibility: of((figures) => figures.accessibility),
    bestPractices: of((figures) => figures.bestPractices),
  };
}

function printTable(rows: { page: Page; figures: Figures }[], label: string): void {
  const mark = (ok: boolean) => (ok ? ' ' : '!');
  console.log(
    `\n${label && `${label}: `}median of ${RUNS} runs (mobile preset; "!" = outside the budget in DESIGN.md)`,
  );
  console.log('page                   perf    LCP s   TBT ms    CLS    a11y  best practices');
  for (const { page, figures: f } of rows) {
    console.log(
      [
        page.name.padEnd(20),
        `${String(f.performance).padStart(5)}${mark(f.performance >= BUDGET.performance)}`,
        `${(f.lcpMs / 1000).toFixed(2).padStart(7)}${mark(f.lcpMs <= BUDGET.lcpMs)}`,
        `${String(Math.round(f.tbtMs)).padStart(7)}${mark(f.tbtMs <= BUDGET.tbtMs)}`,
        `${f.cls.toFixed(3).padStart(6)}${mark(f.cls <= BUDGET.cls)}`,
        String(f.accessibility).padStart(6),
        String(f.bestPractices).padStart(14),
      ].join(' '),
    );
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
