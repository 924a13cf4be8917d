/** The quiz benchmark's data: a 20-question quiz in the demo RDA course and its learners, signed in. */
import { Client } from 'pg';
import type { BenchApi } from './support';

export const QUESTIONS = 20;

export interface Reply {
  /** 0 when no answer came, even after the one retry. */
  status: number;
  ms: number;
  body: unknown;
  /** Whether the first try was left without an answer (a reset connection) and the call was sent again. */
  retried: boolean;
}

/**
 * One HTTP call, timed from the first send to the whole body read. A call left without an
 * answer (a reset connection: under load this process may reuse a kept-alive connection
 * the server is closing) is sent once more, as an autosaving client would; saves and
 * submits are idempotent, so a retry never changes what is stored.
 */
export async function call(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Reply> {
  const started = performance.now();
  let failure: unknown;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const response = await fetch(url, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        ms: performance.now() - started,
        body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
        retried: attempt > 0,
      };
    } catch (error) {
      failure = (error as Error).cause ?? error;
    }
  }
  return { status: 0, ms: performance.now() - started, body: String(failure), retried: true };
}

export async function expectOk<T>(promise: Promise<Reply>, what: string): Promise<T> {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A 20-question single-choice quiz in the demo RDA course, published, unlimited attempts. */
export async function makeQuiz(api: BenchApi): Promise<{ quizId: string; courseId: string }> {
  const trainer = bearer(await api.signIn('pelatih.siti@perpustakaan.test'));
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `SELECT c.id AS course_id, m.id AS module_id FROM courses c JOIN course_modules m ON m.course_id = c.id
      WHERE c.title LIKE 'Katalogisasi%' ORDER BY m.position LIMIT 1`,
  );
  await db.end();
  const { course_id: courseId, module_id: moduleId } = rows[0];
  await expectOk(
    call(`${api.baseUrl}/api/courses/${courseId}/questions/import`, 'POST', trainer, {
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
    call(`${api.baseUrl}/api/courses/${courseId}/questions`, 'GET', trainer),
    'list questions',
  );
  const quiz = await expectOk<{ id: string }>(
    call(`${api.baseUrl}/api/quizzes`, 'POST', trainer, {
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

export interface Learner {
  userId: string;
  /** The Authorization header of the learner's access token. */
  headers: Record<string, string>;
}

/** `count` librarians enrolled in the course's cohort, signed in. */
export async function learners(api: BenchApi, courseId: string, count: number): Promise<Learner[]> {
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  await db.query(
    `INSERT INTO users (email, full_name, roles, status, locale, password_hash)
     SELECT 'kuis' || n || '@bench.test', 'Peserta Kuis ' || n, '{learner}', 'active', 'id',
            (SELECT password_hash FROM users WHERE email = 'dewi.lestari@perpustakaan.test')
       FROM generate_series(1, $1) AS n`,
    [count],
  );
  await db.query(
    `INSERT INTO enrolments (cohort_id, course_id, user_id, status)
     SELECT (SELECT id FROM cohorts WHERE course_id = $1 ORDER BY created_at LIMIT 1), $1, id, 'active'
       FROM users WHERE email LIKE 'kuis%@bench.test'`,
    [courseId],
  );
  await db.end();
  const signedIn: Learner[] = [];
  for (let index = 1; index <= count; index += 1) {
    const token = await api.signIn(`kuis${index}@bench.test`);
    const { sub } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string };
    signedIn.push({ userId: sub, headers: bearer(token) });
  }
  return signedIn;
}
