/**
 * Benchmark (not a test): the forums grown to 5,000 threads and 100,000 posts, read by a
 * librarian: the forum home (categories and course forums with unread counts), the last
 * page of a 500-post thread and an Indonesian full-text search, through the whole api
 * against bare Fastify + pg running the very same statements (bare-forum.server.ts), in
 * one run. Prints req/s, p50, p95, p99, each server's CPU per request and the ratios api /
 * bare per read. `npm run bench:forum` (BENCH_SECONDS sets each measurement's length).
 *
 * Method, as the catalog benchmark: the baseline runs before and after the api and the two
 * are averaged; both servers must answer the same JSON before anything is measured.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { seedForum } from './forum-data';
import { DURATION_SECONDS, measure, startBenchApi, type Result } from './support';
import { loadAverage } from './webinar/proc';

const PORT = 3912;
const BARE_PORT = 3913;
const CONNECTIONS = 20;
const VIEWER = 'dewi.lestari@perpustakaan.test';

async function main(): Promise<void> {
  const api = await startBenchApi(PORT);
  const bare = { kill: () => undefined } as { kill: () => void };
  try {
    const data = await seedForum(api.databaseUrl, VIEWER);
    const token = await api.signIn(VIEWER);
    const viewerId = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
    const headers = { authorization: `Bearer ${token}` };
    const server = fork(join(__dirname, 'bare-forum.server.ts'), [String(BARE_PORT), viewerId, 'bench-bare-forum'], {
      execArgv: ['-r', '@swc-node/register'],
      env: api.env,
    });
    bare.kill = () => server.kill('SIGTERM');
    await new Promise((resolve, reject) => {
      server.once('message', resolve);
      server.once('exit', (code) => reject(new Error(`the bare server stopped (exit code ${code})`)));
    });

    /** What a librarian reads, as paths under /api (the api) and / (bare). */
    const reads: [name: string, path: string][] = [
      ['forum home: categories + my course forums', '/forums'],
      ['thread page 10 of 10 (500 posts)', `/forum-threads/${data.bigThreadId}?page=10`],
      ['search "pengelolaan arsip"', '/forum-search?q=pengelolaan%20arsip'],
    ];
    const rows = [];
    let matches = 0;
    for (const [name, path] of reads) {
      const apiUrl = `${api.baseUrl}/api${path}`;
      const bareUrl = `http://127.0.0.1:${BARE_PORT}${path}`;
      const [fromApi, fromBare] = await Promise.all([answerOf('api', apiUrl, headers), answerOf('bare', bareUrl, {})]);
      if (!isDeepStrictEqual(fromApi, fromBare)) {
        throw new Error(`api and bare answer "${name}" differently: ${firstDifference(fromApi, fromBare)}`);
      }
      if (path.startsWith('/forum-search')) matches = (fromApi as { total: number }).total;

      const loadBefore = loadAverage();
      const before = await measure(`${name}: bare (before)`, bareUrl, {}, server.pid ?? 0, CONNECTIONS);
      const full = await measure(`${name}: api`, apiUrl, headers, api.process.pid ?? 0, CONNECTIONS);
      const after = await measure(`${name}: bare (after)`, bareUrl, {}, server.pid ?? 0, CONNECTIONS);
      rows.push(compare(name, before, full, after, `${loadBefore} -> ${loadAverage()}`));
    }
    console.table(rows);
    const errors = rows.reduce((sum, row) => sum + row.errors, 0);
    console.log(
      `${data.threads} threads, ${data.posts} posts, ${data.authors} extra authors, the search matches ${matches} posts; ` +
        `${errors === 0 ? 'no errors' : `${errors} errors or non-2xx answers`}; ` +
        `${CONNECTIONS} connections, ${DURATION_SECONDS} s each after a 2 s warm-up; ${new Date().toISOString()}`,
    );
  } finally {
    bare.kill();
    await api.stop();
  }
}

/** A read's JSON; a refusal or a failure stops the bench with what came back. */
async function answerOf(side: string, url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${side} answered ${url} with ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Where two JSON answers first part, as a path and the two values (the bare server needs that line changed). */
function firstDifference(api: unknown, bare: unknown, path = '$'): string {
  if (isDeepStrictEqual(api, bare)) return '';
  if (typeof api !== 'object' || typeof bare !== 'object' || api === null || bare === null) {
    return `${path}: api ${JSON.stringify(api)}, bare ${JSON.stringify(bare)}`;
  }
  const keys = new Set([...Object.keys(api), ...Object.keys(bare)]);
  for (const key of keys) {
    const found = firstDifference(
      (api as Record<string, unknown>)[key],
      (bare as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return path;
}

/** One line of the table: the api against the mean of the baseline before and after it. */
function compare(name: string, before: Result, full: Result, after: Result, load: string) {
  const mean = (pick: (result: Result) => number) => (pick(before) + pick(after)) / 2;
  const bareCpu = mean((r) => r.serverCpuUsPerRequest);
  const latencies = (r: Result) => `${r.p50Ms}/${r.p95Ms}/${r.p99Ms}`;
  return {
    read: name,
    'bare req/s': `${before.requestsPerSecond} / ${after.requestsPerSecond}`,
    'api req/s': full.requestsPerSecond,
    'bare p50/p95/p99 ms': `${latencies(before)}, ${latencies(after)}`,
    'api p50/p95/p99 ms': latencies(full),
    'CPU µs/req bare / api': `${Math.round(bareCpu)} / ${full.serverCpuUsPerRequest}`,
    'ratio req/s': +(full.requestsPerSecond / mean((r) => r.requestsPerSecond)).toFixed(2),
    'ratio CPU': +(bareCpu / full.serverCpuUsPerRequest).toFixed(2),
    errors: before.errors + full.errors + after.errors,
    'load average': load,
  };
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
