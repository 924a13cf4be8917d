/**
 * Benchmark (not a test) of quiz attempts under load, `npm run bench:quiz`: 200 learners
 * take a 20-question quiz at once; each answer is saved twice in parallel plus once more
 * with an older sequence (a late duplicate from a flaky network), and the submit races the
 * last saves. Repeated for several rounds. Prints answers lost (an acknowledged save whose
 * answer, or a newer one, is not in the submitted attempt), writes after finalise (answer
 * rows saved after the attempt's submit time), 5xx answers and save latency.
 */
import { Client } from 'pg';
import { startBenchApi, type BenchApi } from './support';

const PORT = 3905;
const LEARNERS = Number(process.env['BENCH_LEARNERS'] ?? 200);
const QUESTIONS = 20;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

interface Call {
  status: number;
  ms: number;
}

async function call(api: BenchApi, token: string, method: string, path: string, body?: unknown) {
  const started = performance.now();
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    ms: performance.now() - started,
    body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

async function expectOk<T>(promise: Promise<{ status: number; body: unknown }>, what: string): Promise<T> {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** A 20-question single-choice quiz in the demo RDA course, published, unlimited attempts. */
async function makeQuiz(api: BenchApi): Promise<{ quizId: string; courseId: string }> {
  const trainer = await api.signIn('pelatih.siti@perpustakaan.test');
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `SELECT c.id AS course_id, m.id AS module_id FROM courses c JOIN course_modules m ON m.course_id = c.id
      WHERE c.title LIKE 'Katalogisasi%' ORDER BY m.position LIMIT 1`,
  );
  await db.end();
  const { course_id: courseId, module_id: moduleId } = rows[0];
  await expectOk(
    call(api, trainer, 'POST', `/api/courses/${courseId}/questions/import`, {
      format: 'bina-pustaka.question-bank',
      version: 1,
      categories: [],
      questions: Array.from({ length: QUESTIONS }, (_, index) => ({
        prompt: `Pertanyaan ${index + 1}: unsur RDA yang tepat?`,
        body: {
          type: 'single-choice',
          options: ['A', 'B', 'C', 'D'].map((letter, option) => ({ text: `Pilihan ${letter}`, correct: option === 0 })),
        },
      })),
    }),
    'import questions',
  );
  const questions = await expectOk<{ id: string }[]>(
    call(api, trainer, 'GET', `/api/courses/${courseId}/questions`),
    'list questions',
  );
  const quiz = await expectOk<{ id: string }>(
    call(api, trainer, 'POST', '/api/quizzes', {
      moduleId,
      title: 'Kuis beban',
      published: true,
      attemptsAllowed: null,
      selection: { mode: 'fixed', questionIds: questions.map((question) => question.id) },
    }),
    'create quiz',
  );
  return { quizId: quiz.id, courseId };
}

/** LEARNERS librarians enrolled in the course's cohort, signed in. */
async function learners(api: BenchApi, courseId: string): Promise<string[]> {
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  await db.query(
    `INSERT INTO users (email, full_name, roles, status, locale, password_hash)
     SELECT 'kuis' || n || '@bench.test', 'Peserta Kuis ' || n, '{learner}', 'active', 'id',
            (SELECT password_hash FROM users WHERE email = 'dewi.lestari@perpustakaan.test')
       FROM generate_series(1, $1) AS n`,
    [LEARNERS],
  );
  await db.query(
    `INSERT INTO enrolments (cohort_id, course_id, user_id, status)
     SELECT (SELECT id FROM cohorts WHERE course_id = $1 ORDER BY created_at LIMIT 1), $1, id, 'active'
       FROM users WHERE email LIKE 'kuis%@bench.test'`,
    [courseId],
  );
  await db.end();
  const tokens: string[] = [];
  for (let index = 1; index <= LEARNERS; index += 1) tokens.push(await api.signIn(`kuis${index}@bench.test`));
  return tokens;
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
async function takeQuiz(api: BenchApi, token: string, quizId: string, round: number): Promise<Outcome> {
  const attempt = await expectOk<AttemptBody>(
    call(api, token, 'POST', `/api/learn/quizzes/${quizId}/attempts`),
    'start attempt',
  );
  const saves: Call[] = [];
  const acked = new Map<string, { seq: number; optionId: string }>();
  const save = async (questionId: string, optionId: string, seq: number) => {
    const response = await call(api, token, 'PUT', `/api/quiz-attempts/${attempt.id}/answers/${questionId}`, {
      answer: { type: 'single-choice', optionId },
      seq,
    });
    saves.push({ status: response.status, ms: response.ms });
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
    const seq = 1000 + index;
    await Promise.all([save(question.questionId, chosen, seq), save(question.questionId, chosen, seq)]);
    // A late duplicate carrying an older change: it must not replace the newer answer.
    await save(question.questionId, options[(index + round + 1) % options.length].id, seq - 500);
  };
  for (let index = 0; index < last; index += 1) await answerOne(index);
  const racing = Array.from({ length: attempt.questions.length - last }, (_, offset) => answerOne(last + offset));
  const submitting = call(api, token, 'POST', `/api/quiz-attempts/${attempt.id}/submit`);
  await Promise.all(racing);
  const submit = await submitting;
  return { saves, submit: { status: submit.status, ms: submit.ms }, acked, attemptId: attempt.id };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const api = await startBenchApi(PORT);
  const db = new Client({ connectionString: api.databaseUrl });
  try {
    await db.connect();
    const { quizId, courseId } = await makeQuiz(api);
    const tokens = await learners(api, courseId);
    const rows: Record<string, Record<string, string | number>> = {};
    for (let round = 1; round <= ROUNDS; round += 1) {
      const started = performance.now();
      const outcomes = await Promise.all(tokens.map((token) => takeQuiz(api, token, quizId, round)));
      const wallMs = performance.now() - started;
      let lost = 0;
      for (const outcome of outcomes) {
        const { rows: stored } = await db.query(
          `SELECT question_id, seq, value->>'optionId' AS option_id FROM attempt_answers WHERE attempt_id = $1`,
          [outcome.attemptId],
        );
        const byQuestion = new Map(stored.map((row) => [row.question_id, row]));
        for (const [questionId, ack] of outcome.acked) {
          const row = byQuestion.get(questionId);
          if (!row || Number(row.seq) < ack.seq || (Number(row.seq) === ack.seq && row.option_id !== ack.optionId)) {
            lost += 1;
          }
        }
      }
      const { rows: late } = await db.query(
        `SELECT count(*) AS n FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id
          WHERE t.quiz_id = $1 AND a.saved_at > t.submitted_at`,
        [quizId],
      );
      const saves = outcomes.flatMap((outcome) => outcome.saves);
      const submits = outcomes.map((outcome) => outcome.submit);
      rows[`round ${round}`] = {
        'saves sent': saves.length,
        acknowledged: outcomes.reduce((sum, outcome) => sum + outcome.acked.size, 0),
        'answers lost': lost,
        'writes after finalise': Number(late[0].n),
        '5xx': [...saves, ...submits].filter((each) => each.status >= 500).length,
        'save 409 (after submit)': saves.filter((each) => each.status === 409).length,
        'save p50 ms': percentile(
          saves.map((each) => each.ms),
          50,
        ).toFixed(0),
        'save p99 ms': percentile(
          saves.map((each) => each.ms),
          99,
        ).toFixed(0),
        'submit p99 ms': percentile(
          submits.map((each) => each.ms),
          99,
        ).toFixed(0),
        'wall s': (wallMs / 1000).toFixed(1),
      };
    }
    console.log(`\nQuiz attempts: ${LEARNERS} learners x ${QUESTIONS} answers, duplicates and a racing submit\n`);
    console.table(rows);
  } finally {
    await db.end();
    await api.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
