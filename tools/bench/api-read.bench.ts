/**
 * Benchmark (not a test): GET /api/me through the whole api (JWT guard, session lookup,
 * pipes, filters, logging) against bare Fastify + pg running the same query, in one run
 * on this machine. Prints req/s, p99 and the ratio. `npm run bench`
 *
 * Method: the api runs as in production (NODE_ENV=production, built bundle, JSON logs to
 * /dev/null) on a database with 10,000 extra users; each server gets a warm-up, then
 * autocannon (50 connections) measures; the baseline runs before and after the api and
 * the two are averaged so drift on a shared machine shows instead of skewing the ratio.
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';

const root = join(__dirname, '../..');
const DURATION_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 50;
const API_PORT = 3901;
const BARE_PORT = 3902;
const databaseName = `bp_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${databaseName}`;

interface Result {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  /** CPU the server process itself spent per request: steadier than req/s on a shared machine. */
  serverCpuUsPerRequest: number;
  errors: number;
}

/** user + system CPU seconds of a process so far (Linux /proc; clock ticks are 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function measure(name: string, url: string, headers: Record<string, string>, pid: number): Promise<Result> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  const cpu = cpuSeconds(pid) - cpuBefore;
  return {
    name,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    serverCpuUsPerRequest: Math.round((cpu / result.requests.total) * 1e6),
    errors: result.errors + result.non2xx,
  };
}

function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () =>
      fetch(url)
        .then((response) => (response.ok ? resolve() : retry()))
        .catch(retry);
    const retry = () =>
      Date.now() > deadline ? reject(new Error(`${url} did not come up`)) : setTimeout(attempt, 300);
    attempt();
  });
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['nx', 'build', 'api'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('api build failed');

  const children: ChildProcess[] = [];
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  try {
    const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: databaseUrl,
        PORT: String(API_PORT),
        PUBLIC_URL: `http://127.0.0.1:${API_PORT}`,
        REDIS_PREFIX: databaseName.replace(/_/g, '-'),
        DEMO_SEED: 'true',
        LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(api);
    await waitForHttp(`http://127.0.0.1:${API_PORT}/api/health`);

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(`
      INSERT INTO users (email, full_name, roles, status, locale, password_hash)
      SELECT 'pustakawan' || n || '@bench.test', 'Pustakawan ' || n, '{learner}', 'active', 'id', 'x'
        FROM generate_series(1, 10000) AS n`);
    await db.query('ANALYZE');
    await db.end();

    const login = await fetch(`http://127.0.0.1:${API_PORT}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'dewi.lestari@perpustakaan.test', password: 'PustakaDemo2026' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };

    const bare = fork(
      join(__dirname, 'bare-read.server.ts'),
      [databaseUrl, String(BARE_PORT), claims.sid, claims.sub],
      {
        execArgv: ['-r', '@swc-node/register'],
      },
    );
    children.push(bare);
    await new Promise((resolve) => bare.once('message', resolve));

    const bareUrl = `http://127.0.0.1:${BARE_PORT}/me`;
    const apiUrl = `http://127.0.0.1:${API_PORT}/api/me`;
    const barePid = bare.pid ?? 0;
    const apiPid = api.pid ?? 0;
    const authorization = { authorization: `Bearer ${accessToken}` };
    const before = await measure('bare Fastify + pg (before)', bareUrl, {}, barePid);
    const full = await measure('api GET /api/me (JWT + session + Nest)', apiUrl, authorization, apiPid);
    const after = await measure('bare Fastify + pg (after)', bareUrl, {}, barePid);

    const mean = (a: number, b: number) => (a + b) / 2;
    console.table([before, full, after].map((r) => ({ ...r, requestsPerSecond: Math.round(r.requestsPerSecond) })));
    const throughputRatio = full.requestsPerSecond / mean(before.requestsPerSecond, after.requestsPerSecond);
    const cpuRatio = mean(before.serverCpuUsPerRequest, after.serverCpuUsPerRequest) / full.serverCpuUsPerRequest;
    console.log(
      `ratio api / bare: throughput ${throughputRatio.toFixed(2)}, server CPU per request ${cpuRatio.toFixed(2)} ` +
        `(goal >= 0.5); ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, ${new Date().toISOString()}`,
    );
  } finally {
    children.forEach((child) => child.kill('SIGTERM'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
