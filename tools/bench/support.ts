/** What the benchmarks share: the api started as in production, and a measured load. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { useDevelopmentWorkerBin } from '../mediasoup/worker-bin';

export const root = join(__dirname, '../..');
export const DURATION_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
export const CONNECTIONS = 50;

export interface Result {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  /** From each response's time (autocannon's own summary has p97.5, not p95). */
  p95Ms: number;
  p99Ms: number;
  /** CPU the server process itself spent per request: steadier than req/s on a shared machine. */
  serverCpuUsPerRequest: number;
  errors: number;
}

/** user + system CPU seconds of a process so far, all its threads (Linux /proc; clock ticks are 1/100 s; 0 once it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** A 2 s warm-up, then DURATION_SECONDS of autocannon with CONNECTIONS connections. */
export async function measure(
  name: string,
  url: string,
  headers: Record<string, string>,
  pid: number,
  connections = CONNECTIONS,
): Promise<Result> {
  await autocannon({ url, connections, duration: 2, headers });
  const cpuBefore = cpuSeconds(pid);
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections, duration: DURATION_SECONDS, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    run.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const cpu = cpuSeconds(pid) - cpuBefore;
  times.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p95Ms: Math.round(times[Math.floor(times.length * 0.95)] ?? 0),
    p99Ms: result.latency.p99,
    serverCpuUsPerRequest: Math.round((cpu / result.requests.total) * 1e6),
    errors: result.errors + result.non2xx,
  };
}

export function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () =>
      fetch(url)
        .then((response) => (response.ok ? resolve() : retry()))
        .catch(retry);
    const retry = () =>
      Date.now() > deadline ? reject(new Error(`${url} did not come up`)) : setTimeout(attempt, 300);
    void attempt(); // never rejects: every failure goes to retry()
  });
}

/**
 * A benchmark's fixed port taken by another process (another benchmark on this shared
 * machine) would answer our health check with that process's api: refuse to start.
 */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new Error(`port ${port} is in use (another benchmark running here?): try again once it has ended`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export interface BenchApi {
  process: ChildProcess;
  baseUrl: string;
  databaseUrl: string;
  /** The api's environment, for a worker that must share its database, Redis prefix and storage. */
  env: NodeJS.ProcessEnv;
  /** Signs in a demo account and answers its access token. */
  signIn(email: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Builds and starts the api as in production (NODE_ENV=production, JSON logs to
 * /dev/null, demo data) on a fresh database that stop() drops. The api starts its
 * mediasoup workers: MEDIASOUP_WORKER_BIN, else the worker tools/mediasoup builds and
 * caches, as `npm start` finds it.
 */
export async function startBenchApi(port: number, extraEnv: Record<string, string> = {}): Promise<BenchApi> {
  await assertPortFree(port);
  useDevelopmentWorkerBin();
  const build = spawnSync('npx', ['nx', 'build', 'api'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('api build failed');
  const databaseName = `bp_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${databaseName}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    REDIS_PREFIX: databaseName.replace(/_/g, '-'),
    DEMO_SEED: 'true',
    STORAGE_DIR: join(root, 'tmp', databaseName),
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
    ...extraEnv,
  };
  const api = spawn(
    process.execPath,
    [
      // BENCH_PROFILE=<dir> writes a V8 CPU profile of the api there when it stops.
      ...(process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : []),
      join(root, 'dist/apps/api/main.js'),
    ],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = async () => {
    api.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
    // The queues' keys too, or every run leaves its prefix behind in the shared Redis.
    const redis = new Redis(env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    for await (const keys of redis.scanStream({ match: `${env['REDIS_PREFIX']}:*`, count: 500 })) {
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    }
    redis.disconnect();
    rmSync(env['STORAGE_DIR'] as string, { recursive: true, force: true });
  };
  try {
    // An api that stops during start-up says why on stderr (above): no minute of waiting for it.
    await new Promise<void>((resolve, reject) => {
      const stopped = (code: number | null) =>
        reject(new Error(`the api stopped (exit code ${code}) before it answered`));
      api.once('exit', stopped);
      waitForHttp(`${baseUrl}/api/health`).then(() => {
        api.off('exit', stopped);
        resolve();
      }, reject);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    process: api,
    baseUrl,
    databaseUrl,
    env,
    async signIn(email) {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'PustakaDemo2026' }),
      });
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    stop,
  };
}

/** Resolves once `count` workers listen on the certificates queue (BullMQ's worker list). */
export async function waitForWorkers(env: NodeJS.ProcessEnv, count: number, timeoutMs = 30_000): Promise<void> {
  const queue = new Queue('certificates', {
    connection: { url: env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' },
    prefix: env['REDIS_PREFIX'],
  });
  try {
    const deadline = Date.now() + timeoutMs;
    while ((await queue.getWorkersCount()) !== count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} workers on the queue`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await queue.close();
  }
}

/**
 * Starts a built worker process (`nx build worker` first) and resolves once it listens on
 * the certificates queue (its logs are buffered, so BullMQ's worker list is the signal).
 * `running` is how many workers listen already.
 */
export async function startBenchWorker(env: NodeJS.ProcessEnv, running = 0): Promise<ChildProcess> {
  const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : [];
  const worker = spawn(process.execPath, [...profile, join(root, 'dist/apps/worker/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForWorkers(env, running + 1);
  return worker;
}
