/**
 * The baseline of the quiz benchmark: bare Fastify and a pg Pool running the very save
 * statement the api runs (libs/api/assessment save-answer.statement.ts), with no framework,
 * auth (the learner's id comes in `x-user-id`), validation, explanation of a refused save or
 * request log. Its submit is only the lock and the status change the api's submit starts
 * with (no marking). Started with the api's environment; argv: port, the pool's application_name.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import type { AnswerValue } from '@bina-pustaka/shared-contracts';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import {
  saveAnswerStatement,
  type SaveAnswerRow,
} from '../../libs/api/assessment/src/lib/attempts/save-answer.statement';

const [port, applicationName] = process.argv.slice(2);
const config = loadConfig(process.env);
// As many connections as the api's TypeORM pool.
const pool = new Pool({ connectionString: config.database.url, max: 20, application_name: applicationName });
// A connection PostgreSQL closed while idle is replaced on the next query, as TypeORM's pool does.
pool.on('error', (error) => console.error(`bare quiz server: ${error.message}`));

const app = Fastify();
app.put<{ Params: { id: string; questionId: string }; Body: { answer: AnswerValue; seq: number } }>(
  '/quiz-attempts/:id/answers/:questionId',
  async (request) => {
    const { rows } = await pool.query<SaveAnswerRow>(
      saveAnswerStatement({
        attemptId: request.params.id,
        userId: String(request.headers['x-user-id']),
        questionId: request.params.questionId,
        answer: request.body.answer,
        seq: request.body.seq,
        graceSeconds: config.assessment.saveGraceSeconds,
      }),
    );
    const saved = rows[0];
    return {
      questionId: request.params.questionId,
      seq: saved ? Number(saved.seq) : null,
      savedAt: saved?.saved_at.toISOString() ?? null,
    };
  },
);
app.post<{ Params: { id: string } }>('/quiz-attempts/:id/submit', async (request) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT id FROM attempts WHERE id = $1 FOR UPDATE`, [request.params.id]);
    await client.query(
      `UPDATE attempts SET status = 'submitted', submitted_at = clock_timestamp(), submitted_by = 'learner'
        WHERE id = $1 AND status = 'in-progress'`,
      [request.params.id],
    );
    await client.query('COMMIT');
    return { id: request.params.id };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
});
app
  .listen({ port: Number(port), host: '127.0.0.1' })
  .then(() => process.send?.('ready'))
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
