/**
 * What `npm test` needs from the machine beyond `npm install`, checked before any suite
 * runs, and installed or started where this machine lets us (root, or sudo without a
 * password), the way tools/mediasoup/build-worker.sh installs its build packages:
 *   - Node.js of a version package.json's "engines" accepts;
 *   - PostgreSQL and Redis answering where the tests look (TEST_DATABASE_URL, TEST_REDIS_URL);
 *   - Debian's chromium (or CHROMIUM_PATH) and the fonts pages are drawn with;
 *   - the mediasoup worker (MEDIASOUP_WORKER_BIN, else built once and cached).
 * Anything it cannot fix stops the run at once, naming the one command to run.
 * `npm run test:preflight` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createConnection } from 'node:net';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import { preflight as servicesPreflight } from '../../libs/api/platform/src/lib/config/preflight';
import { useDevelopmentWorkerBin } from '../mediasoup/worker-bin';

/** Debian's chromium for the browser journeys; the fonts .ci/run always installed with it. */
const FONT_PACKAGES = ['fonts-noto-core', 'fonts-liberation2'];
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** A need this machine does not meet and we could not meet for it: what, and the command that fixes it. */
export interface Problem {
  what: string;
  fix: string;
}

export class PreflightError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `npm test stopped before the suites: this machine lacks what they need.\n` +
        problems.map((problem) => `  - ${problem.what}\n    ${problem.fix.replace(/\n/g, '\n    ')}`).join('\n'),
    );
  }
}

const log = (line: string) => console.log(`[preflight] ${line}`);
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** How this process may change the system: as root, through sudo without a prompt, or not at all. */
function privilege(): string[] | null {
  if (process.getuid?.() === 0) return [];
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0) return ['sudo'];
  return null;
}

function run(command: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  log(`running: ${command.map((arg) => arg || "''").join(' ')}`);
  return spawnSync(command[0], command.slice(1), { stdio: 'inherit', env }).status === 0;
}

/** package.json "engines": >=20.19 <21 || >=22.12. */
function checkNode(): Problem[] {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if ((major === 20 && minor >= 19) || major > 22 || (major === 22 && minor >= 12)) {
    log(`Node.js ${process.versions.node}`);
    return [];
  }
  return [
    {
      what: `Node.js ${process.versions.node} is too old or not supported (package.json "engines")`,
      fix: 'install Node.js 20.19+ or 22.12+, then: npm install',
    },
  ];
}

const isLocal = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
const portOf = (url: string) => new URL(url).port || (url.startsWith('redis') ? '6379' : '5432');

function answers(url: string): Promise<boolean> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: Number(portOf(url)) });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitUntilAnswers(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
}

/** Starts the local PostgreSQL cluster on the port the tests use, if one is installed and down. */
async function startPostgres(sudo: string[], databaseUrl: string): Promise<void> {
  if (!onPath('pg_lsclusters')) return;
  // "15 main 5432 down postgres /var/lib/postgresql/15/main ..." per cluster.
  const clusters = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).stdout.trim().split('\n');
  for (const [version, name, port, status] of clusters.map((line) => line.split(/\s+/))) {
    if (port === portOf(databaseUrl) && status === 'down') {
      run([...sudo, 'pg_ctlcluster', '--skip-systemctl-redirect', version, name, 'start']);
    }
  }
  await waitUntilAnswers(databaseUrl);
}

/** Starts Redis as this project's machines run it: in memory only, nothing written to disk. */
async function startRedis(sudo: string[], redisUrl: string): Promise<void> {
  if (!onPath('redis-server')) return;
  const listen = ['--bind', '127.0.0.1', '-::1', '--port', portOf(redisUrl)];
  run([...sudo, 'redis-server', '--daemonize', 'yes', ...listen, '--save', '', '--appendonly', 'no']);
  await waitUntilAnswers(redisUrl);
}

/**
 * PostgreSQL and Redis where the integration tests look for them (the browser journeys use
 * the same local ones). A local install that is merely stopped is started; anything else
 * gets the platform preflight's message, which says how to start them.
 */
async function checkServices(): Promise<Problem[]> {
  const databaseUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const sudo = privilege();
  if (sudo && isLocal(databaseUrl) && !(await answers(databaseUrl))) await startPostgres(sudo, databaseUrl);
  if (sudo && isLocal(redisUrl) && !(await answers(redisUrl))) await startRedis(sudo, redisUrl);
  try {
    await servicesPreflight(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl }));
    log(`PostgreSQL (${new URL(databaseUrl).host}) and Redis (${new URL(redisUrl).host}) answer`);
    return [];
  } catch (error) {
    // The platform's message: a title, one "  - " line per service down, then how to start them.
    const lines = (error as Error).message.split('\n').slice(1);
    const down = lines.filter((line) => line.startsWith('  - ')).map((line) => line.slice(4));
    return [
      {
        what: down.join('; '),
        fix: lines
          .filter((line) => !line.startsWith('  - '))
          .join('\n')
          .trim(),
      },
    ];
  }
}

function installed(pkg: string): boolean {
  return spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;
}

/** Chromium for the journeys, and the fonts pages are drawn with (Indonesian text, PDFs). */
function checkBrowser(): Problem[] {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured && !isExecutable(configured)) {
    return [
      {
        what: `CHROMIUM_PATH=${configured} is not an executable file`,
        fix: "point CHROMIUM_PATH at Chromium or Chrome, or unset it to use Debian's chromium (installed for you)",
      },
    ];
  }
  if (!onPath('dpkg')) {
    if (configured || isExecutable(DEFAULT_CHROMIUM)) return [];
    return [{ what: `no Chromium at ${DEFAULT_CHROMIUM}`, fix: 'run: CHROMIUM_PATH=/path/to/chromium npm test' }];
  }
  const wanted = [...(configured ? [] : ['chromium']), ...FONT_PACKAGES];
  const missing = wanted.filter((pkg) => !installed(pkg));
  if (missing.length > 0) {
    const sudo = privilege();
    const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!sudo) {
      return [{ what: `Debian packages missing: ${missing.join(' ')}`, fix: `run: sudo ${install.join(' ')}` }];
    }
    log(`installing ${missing.join(' ')} (browser journeys)`);
    if (!run([...sudo, 'apt-get', 'update', '-qq'], env) || !run([...sudo, ...install, '-qq'], env)) {
      return [
        {
          what: `apt-get could not install ${missing.join(' ')} (its message is above)`,
          fix: `run: ${install.join(' ')}`,
        },
      ];
    }
  }
  const chromium = configured ?? DEFAULT_CHROMIUM;
  const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    return [
      {
        what: `${chromium} --version failed: ${version.stderr.trim()}`,
        fix: 'run: apt-get install --reinstall chromium',
      },
    ];
  }
  log(`${version.stdout.trim()} (${chromium}), fonts ${FONT_PACKAGES.join(' ')}`);
  return [];
}

/** The mediasoup worker the api and its tests spawn (a cached build returns at once). */
function checkMediaWorker(): Problem[] {
  const configured = process.env['MEDIASOUP_WORKER_BIN'];
  if (configured && !isExecutable(configured)) {
    return [
      {
        what: `MEDIASOUP_WORKER_BIN=${configured} is not an executable file`,
        fix: 'unset MEDIASOUP_WORKER_BIN (the tests then build and cache the worker), or point it at mediasoup-worker 3.19.3',
      },
    ];
  }
  try {
    log(`mediasoup worker: ${useDevelopmentWorkerBin()}`);
    return [];
  } catch {
    return [
      {
        what: 'the mediasoup worker could not be built (its message is above)',
        fix: 'run: tools/mediasoup/build-worker.sh',
      },
    ];
  }
}

/** What the parts about to run need: services and the worker for int and e2e, the browser for e2e. */
export interface Needs {
  services: boolean;
  browser: boolean;
  mediaWorker: boolean;
}

const EVERYTHING: Needs = { services: true, browser: true, mediaWorker: true };

/**
 * Meets what it can and throws a PreflightError listing the rest. Leaves
 * MEDIASOUP_WORKER_BIN in process.env, so every suite started afterwards spawns that worker.
 */
export async function testPreflight(needs: Needs = EVERYTHING): Promise<void> {
  const problems = [
    ...checkNode(),
    ...(needs.services ? await checkServices() : []),
    ...(needs.browser ? checkBrowser() : []),
  ];
  // The worker may take minutes to build the first time: not before the quick checks pass.
  if (problems.length === 0 && needs.mediaWorker) problems.push(...checkMediaWorker());
  if (problems.length > 0) throw new PreflightError(problems);
}

if (require.main === module) {
  testPreflight().then(
    () => log('ready'),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
