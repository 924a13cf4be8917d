/**
 * Benchmark (not a test) of quiz attempts under load, `npm run bench:quiz`: 200 learners
 * take a 20-question quiz at once; each answer is saved twice in parallel plus once more
 * with an older sequence (a late duplicate from a flaky network), and the submit races the
 * last saves. The same learners do the same against bare Fastify + pg running the very
 * same save statement (bare-quiz.server.ts) before and after the api's rounds, in one run.
 *
 * Prints per phase: answers lost (an acknowledged save whose answer, or a newer one, is not
 * in the submitted attempt), writes after finalise (answer rows saved after the attempt's
 * submit time), 5xx answers, calls sent again after a reset connection and calls left
 * without an answer even then, save latency, the CPU per save of the server, of its
 * PostgreSQL backends (from /proc) and of this process (the clients), PostgreSQL's wait
 * events, this process's event-loop delay (the clients' own lag is in every latency) and
 * the load average; then the api / bare ratios.
 * Attempts are started through the api before each phase (an attempt whose submit got no
 * answer is resumed, and counted); the phase times saves and submits.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import { watchPostgres } from './postgres-activity';
import { call, expectOk, learners, makeQuiz, QUESTIONS, type Learner } from './quiz-data';
import { cpuSeconds, startBenchApi } from './support';
import { loadAverage } from './webinar/proc';

const PORT = 3905;
const BARE_PORT = 3906;
const BARE_APPLICATION_NAME = 'bench-bare-quiz';
const LEARNERS = Number(process.env['BENCH_LEARNERS'] ?? 200);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

/** Where the learners send their saves and submits: the api, or the bare baseline. */
interface Target {
  name: string;
  pid: number;
  /** The application_name of its PostgreSQL connections. */
  applicationName: string;
  saveUrl(attemptId: string, questionId: string): string;
  submitUrl(attemptId: string): string;
  headers(learner: Learner): Record<string, string>;
}

interface Call {
  status: number;
  ms: number;
  retried: boolean;
}

interface Outcome {
  saves: Call[];
  submit: Call;
  /** questionId -> the greatest seq the server acknowledged, and its option. */
  acked: Map<string, { seq: number; optionId: string }>;
  attemptId: string;
}

interface AttemptBody {
  id: string;
  questions: { questionId: string; body: { options: { id: string }[] } }[];
}

/** One learner's attempt: every answer saved twice at once and once late, submit racing the last ones. */
async function takeQuiz(target: Target, learner: Learner, attempt: AttemptBody, round: number): Promise<Outcome> {
  const headers = target.headers(learner);
  const saves: Call[] = [];
  const acked = new Map<string, { seq: number; optionId: string }>();
  const save = async (questionId: string, optionId: string, seq: number) => {
    const response = await call(target.saveUrl(attempt.id, questionId), 'PUT', headers, {
      answer: { type: 'single-choice', optionId },
      seq,
    });
    saves.push({ status: response.status, ms: response.ms, retried: response.retried });
    const stored = (response.body as { seq?: number }).seq;
    // The server answers the seq it now holds: ours if it took it, a newer one otherwise.
    if (response.status === 200 && stored === seq && (acked.get(questionId)?.seq ?? -1) < seq) {
      acked.set(questionId, { seq, optionId });
    }
  };
  const last = attempt.questions.length - 3;
  const answerOne = async (index: number) => {
    const question = attempt.questions[index];
    const options = question.body.options;
    const chosen = options[(index + round) % options.length].id;
    // Greater in every round, as a client's clock would be: an attempt left running by a
    // submit that got no answer is resumed by the next round's start.
    const seq = round * 100_000 + 1000 + index;
    await Promise.all([save(question.questionId, chosen, seq), save(question.questionId, chosen, seq)]);
    // A late duplicate carrying an older change: it must not replace the newer answer.
    await save(question.questionId, options[(index + round + 1) % options.length].id, seq - 500);
  };
  for (let index = 0; index < last; index += 1) await answerOne(index);
  const racing = Array.from({ length: attempt.questions.length - last }, (_, offset) => answerOne(last + offset));
  const [submit] = await Promise.all([call(target.submitUrl(attempt.id), 'POST', headers), ...racing]);
  return {
    saves,
    submit: { status: submit.status, ms: submit.ms, retried: submit.retried },
    acked,
    attemptId: attempt.id,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Acknowledged saves missing from the submitted attempts, and answer rows written after the submit. */
async function check(db: Client, outcomes: Outcome[]): Promise<{ lost: number; late: number }> {
  const attemptIds = outcomes.map((outcome) => outcome.attemptId);
  const { rows: stored } = await db.query<{ attempt_id: string; question_id: string; seq: string; option_id: string }>(
    `SELECT attempt_id, question_id, seq, value->>'optionId' AS option_id
       FROM attempt_answers WHERE attempt_id = ANY($1)`,
    [attemptIds],
  );
  const byKey = new Map(stored.map((row) => [`${row.attempt_id}/${row.question_id}`, row]));
  let lost = 0;
  for (const outcome of outcomes) {
    for (const [questionId, ack] of outcome.acked) {
      const row = byKey.get(`${outcome.attemptId}/${questionId}`);
      if (!row || Number(row.seq) < ack.seq || (Number(row.seq) === ack.seq && row.option_id !== ack.optionId)) {
        lost += 1;
      }
    }
  }
  const { rows: late } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id
      WHERE t.id = ANY($1) AND a.saved_at > t.submitted_at`,
    [attemptIds],
  );
  return { lost, late: Number(late[0].n) };
}

/** Every attempt id a start answered so far: one answered again was resumed, not new. */
const startedBefore = new Set<string>();

interface Phase {
  row: Record<string, string | number>;
  savesPerSecond: number;
  p99Ms: number;
  cpuUsPerSave: number;
}

/** Every learner starts an attempt (through the api), then saves and submits to the target. */
async function phase(
  apiUrl: string,
  databaseUrl: string,
  db: Client,
  target: Target,
  everyone: Learner[],
  quizId: string,
  round: number,
): Promise<Phase> {
  const attempts = await Promise.all(
    everyone.map((learner) =>
      expectOk<AttemptBody>(call(`${apiUrl}/api/learn/quizzes/${quizId}/attempts`, 'POST', learner.headers), 'start'),
    ),
  );
  const resumed = attempts.filter((attempt) => startedBefore.has(attempt.id)).length;
  for (const attempt of attempts) startedBefore.add(attempt.id);
  const loadBefore = loadAverage();
  const postgres = await watchPostgres(databaseUrl, target.applicationName);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const cpuBefore = cpuSeconds(target.pid);
  const benchCpuBefore = process.cpuUsage();
  const started = performance.now();
  const outcomes = await Promise.all(
    everyone.map((learner, index) => takeQuiz(target, learner, attempts[index], round)),
  );
  const wallMs = performance.now() - started;
  const serverCpu = cpuSeconds(target.pid) - cpuBefore;
  const benchCpu = process.cpuUsage(benchCpuBefore);
  loopDelay.disable();
  const pg = await postgres();
  const { lost, late } = await check(db, outcomes);
  const saves = outcomes.flatMap((outcome) => outcome.saves);
  const submits = outcomes.map((outcome) => outcome.submit);
  const p99Ms = percentile(
    saves.map((each) => each.ms),
    99,
  );
  const perSave = (seconds: number) => Math.round((seconds / saves.length) * 1e6);
  return {
    savesPerSecond: saves.length / (wallMs / 1000),
    p99Ms,
    cpuUsPerSave: perSave(serverCpu),
    row: {
      phase: target.name,
      saves: saves.length,
      'resumed attempts': resumed,
      acknowledged: outcomes.reduce((sum, outcome) => sum + outcome.acked.size, 0),
      'answers lost': lost,
      'writes after finalise': late,
      '5xx': [...saves, ...submits].filter((each) => each.status >= 500).length,
      'retried (reset)': [...saves, ...submits].filter((each) => each.retried).length,
      'no answer': [...saves, ...submits].filter((each) => each.status === 0).length,
      'save 409': saves.filter((each) => each.status === 409).length,
      'saves/s': Math.round(saves.length / (wallMs / 1000)),
      'save p50 ms': Math.round(
        percentile(
          saves.map((each) => each.ms),
          50,
        ),
      ),
      'save p99 ms': Math.round(p99Ms),
      'submit p99 ms': Math.round(
        percentile(
          submits.map((each) => each.ms),
          99,
        ),
      ),
      'wall s': +(wallMs / 1000).toFixed(1),
      'server CPU µs/save': perSave(serverCpu),
      'PG CPU µs/save': perSave(pg.cpuSeconds),
      'bench CPU µs/save': perSave((benchCpu.user + benchCpu.system) / 1e6),
      'PG active': +pg.activeBackends.toFixed(1),
      'PG waits': pg.waits
        .slice(0, 4)
        .map(([event, share]) => `${event} ${Math.round(share * 100)}%`)
        .join(', '),
      'bench loop p99 ms': Math.round(loopDelay.percentile(99) / 1e6),
      load: `${loadBefore} -> ${loadAverage()}`,
    },
  };
}

async function main(): Promise<void> {
  const api = await startBenchApi(PORT);
  const bare = fork(join(__dirname, 'bare-quiz.server.ts'), [String(BARE_PORT), BARE_APPLICATION_NAME], {
    execArgv: ['-r', '@swc-node/register'],
    env: api.env,
  });
  const db = new Client({ connectionString: api.databaseUrl });
  try {
    await new Promise((resolve) => bare.once('message', resolve));
    await db.connect();
    const { quizId, courseId } = await makeQuiz(api);
    const everyone = await learners(api, courseId, LEARNERS);
    const apiTarget: Target = {
      name: 'api',
      pid: api.process.pid ?? 0,
      applicationName: 'bina-pustaka',
      saveUrl: (attemptId, questionId) => `${api.baseUrl}/api/quiz-attempts/${attemptId}/answers/${questionId}`,
      submitUrl: (attemptId) => `${api.baseUrl}/api/quiz-attempts/${attemptId}/submit`,
      headers: (learner) => learner.headers,
    };
    const bareUrl = `http://127.0.0.1:${BARE_PORT}`;
    const bareTarget = (name: string): Target => ({
      name,
      pid: bare.pid ?? 0,
      applicationName: BARE_APPLICATION_NAME,
      saveUrl: (attemptId, questionId) => `${bareUrl}/quiz-attempts/${attemptId}/answers/${questionId}`,
      submitUrl: (attemptId) => `${bareUrl}/quiz-attempts/${attemptId}/submit`,
      headers: (learner) => ({ 'x-user-id': learner.userId }),
    });
    const plan = [
      bareTarget('bare (before)'),
      ...Array.from({ length: ROUNDS }, (_, index) => ({ ...apiTarget, name: `api round ${index + 1}` })),
      bareTarget('bare (after)'),
    ];
    const phases: Phase[] = [];
    for (const [index, target] of plan.entries()) {
      phases.push(await phase(api.baseUrl, api.databaseUrl, db, target, everyone, quizId, index + 1));
    }
    console.log(`\nQuiz attempts: ${LEARNERS} learners x ${QUESTIONS} answers, duplicates and a racing submit\n`);
    console.table(phases.map((each) => each.row));
    const [before, after] = [phases[0], phases[phases.length - 1]];
    const mean = (pick: (each: Phase) => number) => (pick(before) + pick(after)) / 2;
    for (const [index, each] of phases.slice(1, -1).entries()) {
      console.log(
        `api round ${index + 1} / bare: saves/s ${(each.savesPerSecond / mean((p) => p.savesPerSecond)).toFixed(2)}, ` +
          `save p99 ${(each.p99Ms / mean((p) => p.p99Ms)).toFixed(2)}x, ` +
          `server CPU per save (bare / api) ${(mean((p) => p.cpuUsPerSave) / each.cpuUsPerSave).toFixed(2)}`,
      );
    }
    console.log(new Date().toISOString());
  } finally {
    await db.end();
    bare.kill('SIGTERM');
    await api.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
