/**
 * Benchmark (not a test) of the api under bad input, `npm run bench:bad-input` (issue 12):
 * the api built and started as in production (with its demo library), the bad-input
 * fuzzer of libs/api/testing sends FUZZ_PER_OP inputs (default 250) to every operation of
 * the api's own OpenAPI document as the demo admin and as a demo learner, so 500 per
 * operation; then every text column of the database is searched for the marker the
 * unknown fields carried.
 *
 * Prints: operations covered, inputs sent, the count of each status, 5xx seen (and each
 * failure), unknown fields stored, the time and the seed (FUZZ_SEED=<seed> replays it).
 * Exits 1 when it saw a failure, so a run can gate a change.
 */
import { Client } from 'pg';
import {
  collectIds,
  describeFuzzReport,
  findStoredMarker,
  fuzzMarker,
  fuzzPerOperation,
  fuzzSeed,
  runFuzz,
  SESSION_ENDING_OPERATIONS,
  type FuzzActor,
  type OpenApiDocument,
} from '../../libs/api/testing/src/lib/fuzz';
import { startBenchApi } from './support';

const PORT = Number(process.env['BENCH_PORT'] ?? 3907);
const ACTORS = { admin: 'admin@perpustakaan.test', learner: 'dewi.lestari@perpustakaan.test' };

async function main(): Promise<void> {
  const seed = fuzzSeed();
  const perOperation = fuzzPerOperation(250);
  console.log(`bench:bad-input: seed ${seed}, ${perOperation} inputs per operation and actor`);
  // API_DOCS: in production the document is served to admins only, which the fuzzing admin is.
  const api = await startBenchApi(PORT, { API_DOCS: 'true' });
  const db = new Client({ connectionString: api.databaseUrl });
  try {
    await db.connect();
    const actors: FuzzActor[] = [];
    for (const [name, email] of Object.entries(ACTORS)) {
      actors.push({ name, token: await api.signIn(email), renew: () => api.signIn(email) });
    }
    const get = async <T>(path: string, token: string): Promise<T> => {
      const response = await fetch(api.baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return (await response.json()) as T;
    };
    const document = await get<OpenApiDocument>('/api/docs/openapi.json', actors[0].token);
    const own = await Promise.all(actors.map((actor) => get<{ id: string }>('/api/me', actor.token)));
    const ids = await collectIds(
      api.baseUrl,
      document,
      actors[0].token,
      own.map((me) => me.id),
    );
    const marker = fuzzMarker();
    const report = await runFuzz({
      baseUrl: api.baseUrl,
      document,
      actors,
      seed,
      perOperation,
      ids,
      marker,
      skip: SESSION_ENDING_OPERATIONS,
      onOperation: (op, done, total) => {
        if (done % 10 === 0 || done === total) process.stderr.write(`  ${done}/${total} operations (${op.key})\n`);
      },
    });
    const scan = await findStoredMarker(async (sql, parameters) => (await db.query(sql, parameters)).rows, marker);
    console.log(describeFuzzReport(report));
    console.log(`real ids in the pool: ${ids.size}; ${actors.length} actors (${Object.keys(ACTORS).join(', ')})`);
    console.log(
      `unknown fields stored: ${scan.found.length} (marker searched in ${scan.scannedColumns} text columns)` +
        scan.found.map((column) => `\n  ${column}`).join(''),
    );
    if (report.failures.length > 0 || scan.found.length > 0) process.exitCode = 1;
  } finally {
    await db.end();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
