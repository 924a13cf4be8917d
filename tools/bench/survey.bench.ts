/**
 * Benchmark (not a test) of surveys, `npm run bench:survey`, against the api built and
 * started as in production with the demo data:
 *
 * 1. Answering: RESPONDENTS members of the public (default 1,000) answer the demo library's
 *    public satisfaction survey at once, each sending the same response twice in parallel
 *    (a double tap on a slow phone). Prints responses acknowledged, stored, lost (an
 *    acknowledged response not in the database), duplicates (a browser with two responses
 *    stored or acknowledged), 5xx, and the latency of the acknowledged ones.
 * 2. Results: a survey with RESULT_RESPONSES responses (default 20,000; every question kind
 *    and a speaker's block) written straight into the tables, then its results read through
 *    the api in one request each, ROUNDS times, against the very same SQL statements
 *    (`resultStatements`) run on bare pg in the same process: p50, p95 and the ratio.
 */
import { randomUUID } from 'node:crypto';
import type { SurveyDefinition, SurveyForm, SurveyQuestion } from '@bina-pustaka/shared-contracts';
import {
  everyKindDefinition,
  insertResponses,
  insertSurvey,
  manyResponses,
  resultStatements,
  responseScope,
  type SeedAnswer,
} from '@bina-pustaka/api-survey/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { call, type Reply } from './quiz-data';
import { startBenchApi } from './support';

const PORT = 3907;
const RESPONDENTS = Number(process.env['BENCH_RESPONDENTS'] ?? 1000);
const RESULT_RESPONSES = Number(process.env['BENCH_RESULT_RESPONSES'] ?? 20_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const PUBLIC_SLUG = 'kepuasan-layanan';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

/** An answer a person could give to the question, in the api's shape (public form). */
function formAnswer(question: SurveyQuestion): Record<string, unknown> | null {
  switch (question.kind) {
    case 'likert':
      return { number: 1 + Math.floor(Math.random() * question.scale.points) };
    case 'single-choice':
      return { choices: [pick(question.options).id] };
    default:
      return null; // the profile's and the suggestions' optional questions are left out
  }
}

/** The same answer, compactly, for the seeded survey (survey-seed's SeedAnswer). */
function seedAnswer(question: SurveyQuestion): SeedAnswer | null {
  switch (question.kind) {
    case 'likert':
      return 1 + Math.floor(Math.random() * question.scale.points);
    case 'rating':
      return 1 + Math.floor(Math.random() * 10);
    case 'number':
      return Math.floor(Math.random() * 40);
    case 'single-choice':
      return [pick(question.options).id];
    case 'multiple-choice':
      return question.options.filter(() => Math.random() < 0.5).map((option) => option.id);
    case 'matrix':
      return {
        rows: Object.fromEntries(question.rows.map((row) => [row.id, 1 + Math.floor(Math.random() * 4)])),
      };
    case 'date':
      return { date: `2026-${String(1 + Math.floor(Math.random() * 11)).padStart(2, '0')}-15` };
    default:
      return Math.random() < 0.3 ? `Saran nomor ${Math.floor(Math.random() * 1000)}` : null;
  }
}

function seedAnswers(questions: SurveyQuestion[]): Record<string, SeedAnswer> {
  const answers: Record<string, SeedAnswer> = {};
  for (const question of questions) {
    const answer = seedAnswer(question);
    if (answer !== null) answers[question.id] = answer;
  }
  return answers;
}

async function answering(baseUrl: string, db: Pool): Promise<void> {
  const form = (await call(`${baseUrl}/api/public/surveys/${PUBLIC_SLUG}`, 'GET', {})).body as SurveyForm;
  const questions = form.sections.flatMap((section) => section.questions);
  const count = async () =>
    (
      await db.query<{ responses: number; browsers: number; counted: number }>(
        `SELECT (SELECT count(*)::int FROM survey_responses WHERE survey_id = $1) AS responses,
                (SELECT count(*)::int FROM survey_public_respondents WHERE survey_id = $1) AS browsers,
                (SELECT response_count FROM surveys WHERE id = $1) AS counted`,
        [form.surveyId],
      )
    ).rows[0];
  const before = await count();
  const respondents = Array.from({ length: RESPONDENTS }, () => {
    const answers = questions
      .map((question) => ({ question, answer: formAnswer(question) }))
      .filter((each) => each.answer !== null)
      .map(({ question, answer }) => ({ questionId: question.id, ...answer }));
    return { browserId: randomUUID(), answers };
  });
  const started = performance.now();
  const replies = await Promise.all(
    respondents.map(async (respondent) => {
      const send = () => call(`${baseUrl}/api/public/surveys/${PUBLIC_SLUG}/responses`, 'POST', {}, respondent);
      return Promise.all([send(), send()]);
    }),
  );
  const wallMs = performance.now() - started;
  const after = await count();
  const all: Reply[] = replies.flat();
  const acknowledged = all.filter((reply) => reply.status === 201);
  const stored = after.responses - before.responses;
  const twiceAcknowledged = replies.filter((pair) => pair.every((reply) => reply.status === 201)).length;
  console.table([
    {
      respondents: RESPONDENTS,
      requests: all.length,
      '201': acknowledged.length,
      '409 (second of a pair)': all.filter((reply) => reply.status === 409).length,
      other4xx: all.filter((reply) => reply.status >= 400 && reply.status < 500 && reply.status !== 409).length,
      '5xx': all.filter((reply) => reply.status >= 500).length,
      'no answer': all.filter((reply) => reply.status === 0).length,
      stored,
      lost: Math.max(0, acknowledged.length - stored),
      duplicates: twiceAcknowledged + Math.max(0, stored - (after.browsers - before.browsers)),
      'response_count agrees': after.counted - before.counted === stored,
      'wall s': Math.round(wallMs / 100) / 10,
      'p50 ms': Math.round(
        percentile(
          acknowledged.map((reply) => reply.ms),
          50,
        ),
      ),
      'p95 ms': Math.round(
        percentile(
          acknowledged.map((reply) => reply.ms),
          95,
        ),
      ),
      'p99 ms': Math.round(
        percentile(
          acknowledged.map((reply) => reply.ms),
          99,
        ),
      ),
    },
  ]);
}

/** The statements of one results request, as the service runs them: the group sizes, then four at once. */
async function bareResults(db: Pool, surveyId: string, definition: SurveyDefinition): Promise<void> {
  const scope = responseScope(surveyId, {});
  const questions = definition.sections.flatMap((section) => section.questions);
  const scaled = questions.filter((q) => ['likert', 'rating', 'matrix'].includes(q.kind)).map((q) => q.id);
  const matrices = questions.filter((q) => q.kind === 'matrix').map((q) => q.id);
  const run = (statement: { sql: string; params: unknown[] }) => db.query(statement.sql, statement.params);
  await run(resultStatements.monthSizes(scope));
  await Promise.all([
    run(resultStatements.tallies(scope, scaled)),
    run(resultStatements.matrixAnswered(scope, matrices)),
    run(resultStatements.keyCounts(scope)),
    run(resultStatements.texts(scope, false)),
  ]);
}

async function timed(rounds: number, once: () => Promise<void>): Promise<number[]> {
  for (let warm = 0; warm < 3; warm += 1) await once();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return times;
}

async function results(baseUrl: string, databaseUrl: string, db: Pool, token: string): Promise<void> {
  const seeder = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  const definition = everyKindDefinition();
  const questions = definition.sections.flatMap((section) => section.questions);
  const speakerSection = definition.sections.find((section) => section.perSpeaker);
  const [{ id: speakerId }] = await seeder.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
  const surveyId = await insertSurvey(seeder, { title: 'Evaluasi bench', definition });
  const seeding = performance.now();
  await insertResponses(
    seeder,
    surveyId,
    manyResponses(RESULT_RESPONSES, (index) => ({
      on: `2026-${String(1 + (index % 11)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      answers: seedAnswers(questions.filter((question) => !speakerSection?.questions.includes(question))),
      speakers: speakerSection ? { [speakerId]: seedAnswers(speakerSection.questions) } : undefined,
    })),
  );
  const seededS = Math.round((performance.now() - seeding) / 100) / 10;
  await seeder.destroy();
  await db.query('ANALYZE survey_responses; ANALYZE survey_answers');
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey_answers WHERE survey_id = $1`, [
    surveyId,
  ]);
  let status = 0;
  const api = await timed(ROUNDS, async () => {
    const reply = await call(`${baseUrl}/api/surveys/${surveyId}/results`, 'GET', {
      authorization: `Bearer ${token}`,
    });
    status = reply.status;
  });
  const bare = await timed(ROUNDS, () => bareResults(db, surveyId, definition));
  const figures = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95) });
  const apiFigures = figures(api);
  const bareFigures = figures(bare);
  console.table([
    {
      responses: RESULT_RESPONSES,
      answers: rows[0].n,
      'seeded in s': seededS,
      'api status': status,
      'api p50 ms': Math.round(apiFigures.p50),
      'api p95 ms': Math.round(apiFigures.p95),
      'bare pg p50 ms': Math.round(bareFigures.p50),
      'bare pg p95 ms': Math.round(bareFigures.p95),
      'api / bare p95': Math.round((apiFigures.p95 / bareFigures.p95) * 100) / 100,
    },
  ]);
}

async function main(): Promise<void> {
  const api = await startBenchApi(PORT, {
    // Every respondent comes from this one address: the per-address limit is not what is measured.
    SURVEY_PUBLIC_RESPONSES_PER_HOUR: String(RESPONDENTS * 10),
  });
  const db = new Pool({ connectionString: api.databaseUrl, max: 10 });
  try {
    console.log(`\n1. ${RESPONDENTS} members of the public answer at once, each twice (public survey)`);
    await answering(api.baseUrl, db);
    console.log(`\n2. Results of a survey with ${RESULT_RESPONSES} responses: the api against the same SQL on bare pg`);
    await results(api.baseUrl, api.databaseUrl, db, await api.signIn('koordinator@perpustakaan.test'));
  } finally {
    await db.end();
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
