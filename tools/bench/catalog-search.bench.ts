/**
 * Benchmark (not a test): the course catalog with 1,000 published courses and 10,000
 * enrolments, as a librarian searches it (Indonesian full text, filters, "my status"),
 * through the whole api against bare Fastify + pg running the very same statements
 * (bare-catalog.server.ts), in one run. Prints req/s, p50, p99, each server's CPU per
 * request and the ratios api / bare per query. `npm run bench:catalog`
 *
 * Method: for each query the baseline runs before and after the api and the two are
 * averaged, so drift on a shared machine shows instead of skewing the ratio; both
 * servers must answer the same JSON before anything is measured.
 */
import { fork } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { seedCatalog } from './catalog-data';
import { DURATION_SECONDS, measure, startBenchApi, type Result } from './support';
import { loadAverage } from './webinar/proc';

const PORT = 3903;
const BARE_PORT = 3904;
const CONNECTIONS = 20;

/** What a librarian asks the catalog, as query strings of GET /api/catalog. */
const QUERIES: [name: string, query: string][] = [
  ['first page, no search', ''],
  ['search "pelestarian naskah"', 'q=pelestarian%20naskah'],
  ['search "perpustakaan sekolah" + category', 'q=perpustakaan%20sekolah&category=layanan'],
  ['filter SKKNI unit + JP range', 'skkni=J.91LPS00.007.2&jpMin=3&jpMax=8'],
  ['my status: not enrolled', 'enrolment=none'],
];

async function main(): Promise<void> {
  const api = await startBenchApi(PORT);
  const bare = { kill: () => undefined } as { kill: () => void };
  try {
    const counts = await seedCatalog(api.databaseUrl);
    const token = await api.signIn('dewi.lestari@perpustakaan.test');
    const viewerId = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
    const headers = { authorization: `Bearer ${token}` };
    const server = fork(join(__dirname, 'bare-catalog.server.ts'), [String(BARE_PORT), viewerId], {
      execArgv: ['-r', '@swc-node/register'],
      env: api.env,
    });
    bare.kill = () => server.kill('SIGTERM');
    await new Promise((resolve) => server.once('message', resolve));

    const rows = [];
    for (const [name, query] of QUERIES) {
      const apiUrl = `${api.baseUrl}/api/catalog?${query}`;
      const bareUrl = `http://127.0.0.1:${BARE_PORT}/catalog?${query}`;
      const [fromApi, fromBare] = await Promise.all([
        fetch(apiUrl, { headers }).then((response) => response.json()),
        fetch(bareUrl).then((response) => response.json()),
      ]);
      if (!isDeepStrictEqual(fromApi, fromBare)) throw new Error(`api and bare answer "${name}" differently`);

      const loadBefore = loadAverage();
      const before = await measure(`${name}: bare (before)`, bareUrl, {}, server.pid ?? 0, CONNECTIONS);
      const full = await measure(`${name}: api`, apiUrl, headers, api.process.pid ?? 0, CONNECTIONS);
      const after = await measure(`${name}: bare (after)`, bareUrl, {}, server.pid ?? 0, CONNECTIONS);
      rows.push(compare(name, before, full, after, `${loadBefore} -> ${loadAverage()}`));
    }
    console.table(rows);
    console.log(
      `${counts.courses} published courses, ${counts.enrolments} enrolments, ${errorSummary(rows)}; ` +
        `${CONNECTIONS} connections, ${DURATION_SECONDS} s each after a 2 s warm-up; ${new Date().toISOString()}`,
    );
  } finally {
    bare.kill();
    await api.stop();
  }
}

/** One line of the table: the api against the mean of the baseline before and after it. */
function compare(name: string, before: Result, full: Result, after: Result, load: string) {
  const mean = (pick: (result: Result) => number) => (pick(before) + pick(after)) / 2;
  const bareCpu = mean((r) => r.serverCpuUsPerRequest);
  return {
    query: name,
    'bare req/s': `${before.requestsPerSecond} / ${after.requestsPerSecond}`,
    'api req/s': full.requestsPerSecond,
    'bare p50/p99 ms': `${before.p50Ms}/${before.p99Ms}, ${after.p50Ms}/${after.p99Ms}`,
    'api p50/p99 ms': `${full.p50Ms}/${full.p99Ms}`,
    'CPU µs/req bare / api': `${Math.round(bareCpu)} / ${full.serverCpuUsPerRequest}`,
    'ratio req/s': +(full.requestsPerSecond / mean((r) => r.requestsPerSecond)).toFixed(2),
    'ratio CPU': +(bareCpu / full.serverCpuUsPerRequest).toFixed(2),
    errors: before.errors + full.errors + after.errors,
    'load average': load,
  };
}

function errorSummary(rows: { errors: number }[]): string {
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  return errors === 0 ? 'no errors' : `${errors} errors or non-2xx answers`;
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
