import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Where the running product is, shared with the test files through the environment. */
export interface ProductAddresses {
  baseUrl: string;
  mailboxUrl: string;
  databaseUrl: string;
  redisPrefix: string;
  /** The process group leader of the product (tools/start.ts): its descendants are the api, worker, mailbox. */
  pid: number;
}

const root = join(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode} before ${url} answered`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts api, worker and mailbox through tools/start.ts (the built bundles, demo data). */
export async function startProduct(): Promise<{ addresses: ProductAddresses; process: ChildProcess }> {
  const [port, smtpPort, mailboxPort] = [await freePort(), await freePort(), await freePort()];
  const id = randomBytes(4).toString('hex');
  const addresses: ProductAddresses = {
    baseUrl: `http://127.0.0.1:${port}`,
    mailboxUrl: `http://127.0.0.1:${mailboxPort}`,
    databaseUrl: `postgres://postgres@127.0.0.1:5432/bp_e2e_${id}`,
    redisPrefix: `bpe2e-${id}`,
    pid: 0,
  };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/start.ts', '--no-build'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: addresses.baseUrl,
      DATABASE_URL: addresses.databaseUrl,
      REDIS_PREFIX: addresses.redisPrefix,
      MAILBOX_SMTP_PORT: String(smtpPort),
      MAILBOX_PORT: String(mailboxPort),
      LOG_LEVEL: 'warn',
      SMTP_URL: '',
      // The journeys sign in as the demo people.
      DEMO_SEED: 'true',
    },
  });
  addresses.pid = child.pid ?? 0;
  await waitFor(`${addresses.baseUrl}/api/health`, child);
  await waitFor(`${addresses.mailboxUrl}/messages.json`, child);
  return { addresses, process: child };
}
