/**
 * Benchmark (not a test): GET /api/me through the whole api (JWT guard, session lookup,
 * pipes, filters, logging) against bare Fastify + pg running the same query, in one run
 * on this machine. Prints req/s, p99, server CPU per request and the ratios.
 * `npm run bench:api-read`
 *
 * Method: the api runs as in production on a database with 10,000 extra users; each server
 * gets a warm-up, then autocannon measures; the baseline runs before and after the api and
 * the two are averaged so drift on a shared machine shows instead of skewing the ratio.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { CONNECTIONS, DURATION_SECONDS, measure, startBenchApi } from './support';

const API_PORT = 3901;
const BARE_PORT = 3902;

async function main(): Promise<void> {
  const api = await startBenchApi(API_PORT);
  const bare = { kill: () => undefined } as { kill: () => void };
  try {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    await db.query(`
      INSERT INTO users (email, full_name, roles, status, locale, password_hash)
      SELECT 'pustakawan' || n || '@bench.test', 'Pustakawan ' || n, '{learner}', 'active', 'id', 'x'
        FROM generate_series(1, 10000) AS n`);
    await db.query('ANALYZE');
    await db.end();

    const accessToken = await api.signIn('dewi.lestari@perpustakaan.test');
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const server = fork(
      join(__dirname, 'bare-read.server.ts'),
      [api.databaseUrl, String(BARE_PORT), claims.sid, claims.sub],
      {
        execArgv: ['-r', '@swc-node/register'],
      },
    );
    bare.kill = () => server.kill('SIGTERM');
    await new Promise((resolve) => server.once('message', resolve));

    const bareUrl = `http://127.0.0.1:${BARE_PORT}/me`;
    const before = await measure('bare Fastify + pg (before)', bareUrl, {}, server.pid ?? 0);
    const full = await measure(
      'api GET /api/me (JWT + session + Nest)',
      `${api.baseUrl}/api/me`,
      { authorization: `Bearer ${accessToken}` },
      api.process.pid ?? 0,
    );
    const after = await measure('bare Fastify + pg (after)', bareUrl, {}, server.pid ?? 0);

    const mean = (a: number, b: number) => (a + b) / 2;
    console.table([before, full, after]);
    const throughputRatio = full.requestsPerSecond / mean(before.requestsPerSecond, after.requestsPerSecond);
    const cpuRatio = mean(before.serverCpuUsPerRequest, after.serverCpuUsPerRequest) / full.serverCpuUsPerRequest;
    console.log(
      `ratio api / bare: throughput ${throughputRatio.toFixed(2)}, server CPU per request ${cpuRatio.toFixed(2)} ` +
        `(goal >= 0.5); ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, ${new Date().toISOString()}`,
    );
  } finally {
    bare.kill();
    await api.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
