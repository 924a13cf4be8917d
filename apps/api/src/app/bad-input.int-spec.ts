import { createApiDocument } from '@bina-pustaka/api-platform';
import {
  collectIds,
  describeFuzzReport,
  findStoredMarker,
  fuzzMarker,
  fuzzPerOperation,
  fuzzSeed,
  runFuzz,
  SESSION_ENDING_OPERATIONS,
  startTestApp,
  type FuzzActor,
  type FuzzReport,
  type OpenApiDocument,
  type TestApp,
} from '@bina-pustaka/api-testing';
import type { SignedIn } from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

// The demo library's admin (every route open to it) and a learner with enrolments (so the
// learner's own routes, and the 403/404 of staff routes, run too).
const DEMO_PASSWORD = 'PustakaDemo2026';
const ACTORS = { admin: 'admin@perpustakaan.test', learner: 'dewi.lestari@perpustakaan.test' };

/**
 * Bad input for every operation of the OpenAPI document (issue 12, "Bad input"): path ids
 * that are not uuids, wrong query types and ranges, bodies of the wrong shape, deep,
 * huge, with prototype keys, NUL and RTL characters, unknown fields. FUZZ_PER_OP inputs
 * per operation and actor (here 12 by default; `npm run bench:bad-input` sends 500 and
 * more), FUZZ_SEED replays a run.
 */
describe('bad input to every operation', () => {
  let t: TestApp;
  let report: FuzzReport;
  let marker: string;

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config), env: { DEMO_SEED: 'true' } });
    const document = createApiDocument(t.app) as unknown as OpenApiDocument;
    const actors: FuzzActor[] = [];
    for (const [name, email] of Object.entries(ACTORS)) {
      const signIn = async () => {
        const signedIn = await t.api.post<SignedIn>('/api/auth/login', { email, password: DEMO_PASSWORD });
        if (signedIn.status !== 200) throw new Error(`${email} could not sign in: ${signedIn.status}`);
        return signedIn.body.accessToken;
      };
      actors.push({ name, token: await signIn(), renew: signIn });
    }
    const own = await Promise.all(actors.map((a) => t.api.get<{ id: string }>('/api/me', { token: a.token })));
    const ids = await collectIds(
      t.api.baseUrl,
      document,
      actors[0].token,
      own.map((me) => me.body.id),
    );
    marker = fuzzMarker();
    report = await runFuzz({
      baseUrl: t.api.baseUrl,
      document,
      actors,
      seed: fuzzSeed(),
      perOperation: fuzzPerOperation(12),
      ids,
      marker,
      skip: SESSION_ENDING_OPERATIONS,
    });
    console.log(`${describeFuzzReport(report)}\nreal ids in the pool: ${ids.size}`);
  }, 600_000);
  afterAll(() => t?.close());

  it('covers every operation but the session-ending ones', () => {
    expect(report.skipped).toEqual([...SESSION_ENDING_OPERATIONS].sort());
    expect(report.operations).toBeGreaterThan(100);
  });

  it('answers every input with less than 500, and every refusal with the error body and a sentence', () => {
    expect(report.failures.map((f) => `${f.operation} as ${f.actor}: ${f.why} (${f.input}) ${f.body}`)).toEqual([]);
    expect(report.fiveHundreds).toBe(0);
  });

  it('stores no unknown field: its marker is in no text column of any table', async () => {
    const scan = await findStoredMarker((sql, parameters) => t.db.query(sql, parameters), marker);
    expect(scan.found).toEqual([]);
    expect(scan.scannedColumns).toBeGreaterThan(50);
  });
});
