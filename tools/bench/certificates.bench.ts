/**
 * Benchmark (not a test) of certificate issuing, `npm run bench:certificates`:
 *
 * 1. Throughput: 1,000 certificates of one cohort through the queue (api -> Redis ->
 *    worker -> PDF on disk -> row issued) against the same renderer in a bare loop in
 *    this process (before and after the queue runs: the ratio is to their mean); with one
 *    worker process (one render thread, as the bare loop has: the fair comparison) and
 *    with two. CPU per certificate is shown beside the times, which a shared machine
 *    makes vary.
 * 2. Faults (`--faults`, or BENCH_FAULTS=1): 1,000 completions each queued 3 times, the
 *    worker killed with SIGKILL three times mid-batch and Redis restarted once. Counts
 *    certificates, duplicates and missing ones, and parses every PDF back. The benchmark
 *    runs its own Redis (port 6390) so that restarting it disturbs nothing else.
 */
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import { Queue } from 'bullmq';
import { PDFDocument } from 'pdf-lib';
import { Client } from 'pg';
import { CertificateRenderer } from '../../libs/api/certificates/src/lib/render/certificate-renderer';
import { certificateValues } from '../../libs/api/certificates/src/lib/render/certificate-values';
import { cpuSeconds, root, startBenchApi, startBenchWorker, waitForWorkers, type BenchApi } from './support';

const PORT = 3904;
const REDIS_PORT = 6390;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;

/** A Redis of the benchmark's own, without persistence (a restart loses every queued job). */
function startRedis(): void {
  execFileSync('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    String(REDIS_PORT),
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
}

function stopRedis(): void {
  spawnSync('redis-cli', ['-p', String(REDIS_PORT), 'shutdown', 'nosave']);
}

function redisPid(): number {
  const info = spawnSync('redis-cli', ['-p', String(REDIS_PORT), 'info', 'server'], { encoding: 'utf8' }).stdout;
  return Number(/process_id:(\d+)/.exec(info)?.[1] ?? 0);
}

interface Measured {
  wallMs: number;
  /** How long the api took to answer the request for the cohort (rows written, jobs queued). */
  answeredMs: number | null;
  firstMs: number;
  steadyMsPerDoc: number;
  /** CPU of the rendering process(es) per certificate: steadier than wall time on a shared machine. */
  cpuMsPerDoc: number;
  /** CPU of PostgreSQL (this database's connections), the benchmark's Redis and the api, per certificate. */
  serviceCpuMsPerDoc: number | null;
}
const HOLDERS = Number(process.env['BENCH_CERTIFICATES'] ?? 1_000);
const FAULTS = process.argv.includes('--faults') || process.env['BENCH_FAULTS'] === '1';

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The same renderer the worker uses, called in a plain loop on the same documents: the
 * default template's design and the values the worker prints for these holders.
 */
async function bareLoop(db: Client, courseTitle: string): Promise<Measured> {
  const { rows } = await db.query(`SELECT design FROM certificate_templates WHERE is_default`);
  const design = rows[0].design as CertificateTemplateDesign;
  const awardedAt = new Date(Date.now() - 40 * 24 * 3600 * 1000);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const renderer = CertificateRenderer.create();
  let firstMs = 0;
  for (let index = 0; index < HOLDERS; index += 1) {
    const code = `BENCH${String(index).padStart(7, '0')}`;
    await renderer.render({
      design,
      values: certificateValues({
        holderName: `Peserta Bench ${index + 1}`,
        holderNip: `199001012020${String(index + 1).padStart(6, '0')}`,
        holderInstitution: null,
        subjectTitle: courseTitle,
        jp: 6,
        awardedAt,
        cohortName: 'Angkatan 1 Tahun 2026',
        number: `${String(index + 1).padStart(3, '0')}/BP/XI/2026`,
        role: 'peserta',
      }),
      issuer: 'Dinas Perpustakaan dan Kearsipan Kota Sukamaju',
      code,
      verifyUrl: `http://127.0.0.1:${PORT}/verifikasi/${code}`,
      images: new Map(),
    });
    if (index === 0) firstMs = performance.now() - started;
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    wallMs,
    answeredMs: null,
    firstMs,
    steadyMsPerDoc: (wallMs - firstMs) / (HOLDERS - 1),
    cpuMsPerDoc: (cpu.user + cpu.system) / 1000 / HOLDERS,
    serviceCpuMsPerDoc: null,
  };
}

/**
 * 1,000 librarians who completed the demo RDA course in its cohort, 40 days ago: older
 * than the reconciler looks (30 days), so only the measured requests issue them.
 */
async function seedCompletions(db: Client): Promise<{ courseId: string; cohortId: string }> {
  const [{ course_id: courseId, id: cohortId }] = (
    await db.query(
      `SELECT h.id, h.course_id FROM cohorts h JOIN courses c ON c.id = h.course_id
        WHERE c.title LIKE 'Katalogisasi%' ORDER BY h.created_at LIMIT 1`,
    )
  ).rows;
  await db.query(
    `INSERT INTO users (email, full_name, nip, roles, status, locale, password_hash)
     SELECT 'peserta' || n || '@bench.test', 'Peserta Bench ' || n, '199001012020' || lpad(n::text, 6, '0'), '{learner}', 'active', 'id', 'x'
       FROM generate_series(1, $1) AS n`,
    [HOLDERS],
  );
  await db.query(
    `INSERT INTO enrolments (cohort_id, course_id, user_id, status, enrolled_at, completed_at)
     SELECT $1, $2, id, 'completed', now() - interval '50 days', now() - interval '40 days'
       FROM users WHERE email LIKE '%@bench.test'`,
    [cohortId, courseId],
  );
  await db.query(
    `INSERT INTO course_completions (user_id, course_id, enrolment_id, jp, completed_at)
     SELECT user_id, course_id, id, 6, completed_at FROM enrolments WHERE course_id = $1 AND cohort_id = $2
        AND user_id IN (SELECT id FROM users WHERE email LIKE '%@bench.test')`,
    [courseId, cohortId],
  );
  return { courseId, cohortId };
}

interface Progress {
  issued: number;
  rows: number;
  firstIssuedAt: Date | null;
  lastIssuedAt: Date | null;
}

async function progress(db: Client, courseId: string): Promise<Progress> {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE c.status = 'issued') AS issued, count(*) AS rows,
            min(c.issued_at) AS first, max(c.issued_at) AS last
       FROM certificates c JOIN users u ON u.id = c.holder_id
      WHERE c.subject_id = $1 AND u.email LIKE '%@bench.test'`,
    [courseId],
  );
  return {
    issued: Number(rows[0].issued),
    rows: Number(rows[0].rows),
    firstIssuedAt: rows[0].first,
    lastIssuedAt: rows[0].last,
  };
}

async function askForCohort(api: BenchApi, token: string, courseId: string, cohortId: string): Promise<void> {
  const response = await fetch(`${api.baseUrl}/api/certificate-batches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ courseId, cohortId }),
  });
  if (response.status !== 201) throw new Error(`batch: ${response.status} ${await response.text()}`);
}

async function clearCertificates(db: Client, courseId: string): Promise<void> {
  await db.query(
    `DELETE FROM certificates WHERE subject_id = $1 AND holder_id IN (SELECT id FROM users WHERE email LIKE '%@bench.test')`,
    [courseId],
  );
}

/** Asks for the cohort's certificates and waits until every one is issued. */
async function throughRun(
  api: BenchApi,
  db: Client,
  token: string,
  target: { courseId: string; cohortId: string },
  workers: number,
): Promise<Measured> {
  const processes: ChildProcess[] = [];
  for (let index = 0; index < workers; index += 1) processes.push(await startBenchWorker(renderers(api), index));

  try {
    await clearCertificates(db, target.courseId);
    const services = async () => [
      ...(
        (
          await db.query(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
          )
        ).rows as { pid: number }[]
      ).map((row) => row.pid),
      redisPid(),
      api.process.pid as number,
    ];
    const cpu = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
    const workerCpuBefore = cpu(processes.map((worker) => worker.pid as number));
    const serviceCpuBefore = cpu(await services());
    const askedAt = new Date();
    await askForCohort(api, token, target.courseId, target.cohortId);
    const answeredMs = Date.now() - askedAt.getTime();
    let state = await progress(db, target.courseId);
    while (state.issued < HOLDERS) {
      // The times come from the rows (issued_at), so polling often buys nothing but load on the database.
      await sleep(200);
      state = await progress(db, target.courseId);
    }
    const wallMs = (state.lastIssuedAt as Date).getTime() - askedAt.getTime();
    const firstMs = (state.firstIssuedAt as Date).getTime() - askedAt.getTime();
    const spent = (before: Map<number, number>, pids: number[]) =>
      pids.reduce((sum, pid) => sum + Math.max(0, cpuSeconds(pid) - (before.get(pid) ?? 0)), 0);
    return {
      wallMs,
      answeredMs,
      firstMs,
      steadyMsPerDoc: (wallMs - firstMs) / (HOLDERS - 1),
      cpuMsPerDoc: (spent(workerCpuBefore, [...workerCpuBefore.keys()]) * 1000) / HOLDERS,
      serviceCpuMsPerDoc: (spent(serviceCpuBefore, await services()) * 1000) / HOLDERS,
    };
  } finally {
    for (const worker of processes) worker.kill('SIGTERM');
    await waitForWorkers(api.env, 0);
  }
}

async function faultRun(api: BenchApi, db: Client, token: string, target: { courseId: string; cohortId: string }) {
  await clearCertificates(db, target.courseId);
  await db.query(`DELETE FROM notifications WHERE user_id IN (SELECT id FROM users WHERE email LIKE '%@bench.test')`);
  let worker = await startBenchWorker(renderers(api));
  const queue = new Queue('certificates', {
    connection: { url: REDIS_URL },
    prefix: api.env['REDIS_PREFIX'],
  });
  const started = Date.now();
  // Three requests for the same 1,000 certificates at once ...
  await Promise.all([1, 2, 3].map(() => askForCohort(api, token, target.courseId, target.cohortId)));
  // ... and two more jobs for each under other ids, as if duplicates had slipped past the job id.
  const { rows: ids } = await db.query(`SELECT id FROM certificates WHERE subject_id = $1 AND status = 'pending'`, [
    target.courseId,
  ]);
  await queue.addBulk(
    ids.flatMap(({ id }: { id: string }) =>
      ['a', 'b'].map((copy) => ({
        name: 'issue-certificate',
        data: { certificateId: id },
        opts: { jobId: `dup-${copy}-${id}` },
      })),
    ),
  );
  const faults = [
    { at: 0.2, what: 'SIGKILL worker' },
    { at: 0.4, what: 'restart Redis' },
    { at: 0.55, what: 'SIGKILL worker' },
    { at: 0.75, what: 'SIGKILL worker' },
  ];
  for (;;) {
    const state = await progress(db, target.courseId);
    const next = faults[0];
    if (next && state.issued >= next.at * HOLDERS) {
      faults.shift();
      console.log(`  ${seconds(Date.now() - started)} s, ${state.issued} issued: ${next.what}`);
      if (next.what === 'SIGKILL worker') {
        worker.kill('SIGKILL');
        await waitForWorkers(api.env, 0);
        worker = await startBenchWorker(renderers(api));
      } else {
        stopRedis();
        startRedis();
      }
    }
    if (state.issued >= HOLDERS && faults.length === 0) break;
    if (Date.now() - started > 10 * 60_000) throw new Error(`stuck at ${state.issued} issued`);
    await sleep(100);
  }
  const wallMs = Date.now() - started;
  worker.kill('SIGTERM');
  await queue.close();

  const { rows: perHolder } = await db.query(
    `SELECT c.holder_id, count(*) AS n, min(c.id::text) AS id FROM certificates c JOIN users u ON u.id = c.holder_id
      WHERE c.subject_id = $1 AND u.email LIKE '%@bench.test' GROUP BY c.holder_id`,
    [target.courseId],
  );
  const duplicates = perHolder.filter((row: { n: string }) => Number(row.n) > 1).length;
  const missing = HOLDERS - perHolder.length;
  let unreadable = 0;
  const storage = api.env['STORAGE_DIR'] as string;
  for (const { id } of perHolder as { id: string }[]) {
    try {
      const pdf = await PDFDocument.load(await readFile(join(storage, 'certificates', `${id}.pdf`)));
      if (pdf.getPageCount() !== 1) unreadable += 1;
    } catch {
      unreadable += 1;
    }
  }
  const { rows: numbers } = await db.query(
    `SELECT count(*) AS n, count(DISTINCT number) AS distinct_numbers FROM certificates WHERE subject_id = $1`,
    [target.courseId],
  );
  // Each holder is told once, however often their certificate was rendered.
  const { rows: told } = await db.query(
    `SELECT count(*) - count(DISTINCT n.user_id) AS extra FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE u.email LIKE '%@bench.test' AND n.kind = 'certificate-issued'`,
  );
  return {
    wallMs,
    certificates: perHolder.length,
    toldTwice: Number(told[0].extra),
    duplicates,
    missing,
    unreadable,
    numbersReused: Number(numbers[0].n) - Number(numbers[0].distinct_numbers),
  };
}

/** Worker processes that serve only the certificates queue (mail waits for its own workers). */
const renderers = (api: BenchApi) => ({ ...api.env, WORKER_QUEUES: 'certificates' });

async function main(): Promise<void> {
  const build = spawnSync('npx', ['nx', 'build', 'worker'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('worker build failed');
  startRedis();
  // The api reconciles often here, so the fault run does not wait minutes for lost jobs.
  const api = await startBenchApi(PORT, { CERTIFICATE_RECONCILE_SECONDS: '5', REDIS_URL });
  const db = new Client({ connectionString: api.databaseUrl });
  try {
    await db.connect();
    const target = await seedCompletions(db);
    const token = await api.signIn('koordinator@perpustakaan.test');

    const { rows: courses } = await db.query(`SELECT title FROM courses WHERE id = $1`, [target.courseId]);
    const loadBefore = loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
    const bareBefore = await bareLoop(db, courses[0].title);
    const one = await throughRun(api, db, token, target, 1);
    const two = await throughRun(api, db, token, target, 2);
    // The bare loop again: on a shared machine the load drifts, and the queue runs are compared
    // with the mean of the bare loops before and after them.
    const bareAfter = await bareLoop(db, courses[0].title);
    const rate = (run: { wallMs: number }) => HOLDERS / (run.wallMs / 1000);
    const bareRate = (rate(bareBefore) + rate(bareAfter)) / 2;
    const row = (run: Measured) => ({
      'wall s': seconds(run.wallMs),
      'per s': rate(run).toFixed(0),
      'api answered ms': run.answeredMs?.toFixed(0) ?? '',
      'first doc ms': run.firstMs.toFixed(0),
      'steady ms/doc': run.steadyMsPerDoc.toFixed(1),
      'ratio to bare': (rate(run) / bareRate).toFixed(2),
      'CPU ms/doc': run.cpuMsPerDoc.toFixed(1),
      'db+redis+api CPU ms/doc': run.serviceCpuMsPerDoc?.toFixed(1) ?? '',
    });
    console.log(`\nCertificates: ${HOLDERS} of one cohort (landscape A4, fonts embedded, vector QR)`);
    console.log(
      `Load average before the runs: ${loadBefore}; after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}\n`,
    );
    console.table({
      'bare loop (1 process)': row(bareBefore),
      'queue, 1 worker process': row(one),
      'queue, 2 worker processes': row(two),
      'bare loop again': row(bareAfter),
    });
    if (FAULTS) {
      console.log('\nFaults: every certificate asked for 3 times, worker SIGKILLed 3 times, Redis restarted once');
      console.table({ 'fault run': await faultRun(api, db, token, target) });
    }
  } finally {
    await db.end();
    await api.stop();
    stopRedis();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
