import { badInput, type FuzzInput } from './bad-inputs';
import { operationsOf, type FuzzOperation, type OpenApiDocument } from './openapi-operations';
import { SeededRandom } from './seeded-random';
import type { IdPool } from './id-pool';

/** A signed-in caller of the run; `renew` signs in again when the access token has expired. */
export interface FuzzActor {
  name: string;
  token: string;
  renew?: () => Promise<string>;
}

export interface FuzzOptions {
  baseUrl: string;
  document: OpenApiDocument;
  actors: FuzzActor[];
  seed: number;
  /** Inputs per operation and actor. */
  perOperation: number;
  ids: IdPool;
  /** Carried by unknown fields; look for it in the database afterwards (findStoredMarker). */
  marker: string;
  /** Operations not to send to (e.g. those that end the session under test), by key "POST /api/auth/logout". */
  skip?: readonly string[];
  /** Called after each operation (progress for long runs). */
  onOperation?: (op: FuzzOperation, done: number, total: number) => void;
}

export interface FuzzFailure {
  operation: string;
  actor: string;
  input: string;
  url: string;
  status: number | 'no answer';
  body: string;
  why: string;
}

export interface FuzzReport {
  seed: number;
  operations: number;
  skipped: string[];
  sent: number;
  byStatus: Record<number, number>;
  fiveHundreds: number;
  /** Over-limit bodies whose connection the server closed (after its 413) before the client had sent them whole. */
  closedEarly: number;
  failures: FuzzFailure[];
  milliseconds: number;
  /** The five operations that took longest to answer all their inputs (where the time went). */
  slowest: { operation: string; milliseconds: number }[];
}

/** Operations that end the session under test: fuzzing them would sign the actors out. */
export const SESSION_ENDING_OPERATIONS: readonly string[] = ['POST /api/auth/logout', 'PUT /api/me/password'];

/** Tokens that mean "sign in again" rather than a refusal of the input. */
const EXPIRED = new Set(['auth.tokenExpired']);

/**
 * Sends `perOperation` bad inputs to every operation of the document as each actor, one at
 * a time, and reports every answer that is a 5xx, no answer, or a 4xx that is not the
 * api's error body with a sentence in it.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const skip = new Set(options.skip ?? []);
  const all = operationsOf(options.document);
  const operations = all.filter((op) => !skip.has(op.key));
  const report: FuzzReport = {
    seed: options.seed,
    operations: operations.length,
    skipped: all.filter((op) => skip.has(op.key)).map((op) => op.key),
    sent: 0,
    byStatus: {},
    fiveHundreds: 0,
    closedEarly: 0,
    failures: [],
    milliseconds: 0,
    slowest: [],
  };
  const timeByOperation: { operation: string; milliseconds: number }[] = [];
  const root = new SeededRandom(options.seed);
  for (const [index, op] of operations.entries()) {
    const opStarted = Date.now();
    for (const actor of options.actors) {
      // Each operation and actor draws from its own generator: FUZZ_SEED replays one part alone.
      const random = root.fork(`${op.key} ${actor.name}`);
      const context = {
        document: options.document,
        random,
        marker: options.marker,
        someId: () => options.ids.pick(random, op.path),
      };
      for (let n = 0; n < options.perOperation; n++) {
        const input = badInput(op, context);
        const answer = await send(options.baseUrl, op, input, actor);
        report.sent++;
        if (input.oversize && answer.status === 'no answer' && /EPIPE|ECONNRESET|closed/i.test(answer.text)) {
          report.closedEarly++;
          continue;
        }
        if (answer.status !== 'no answer') report.byStatus[answer.status] = (report.byStatus[answer.status] ?? 0) + 1;
        const why = problemWith(answer, op);
        if (why === undefined) continue;
        if (answer.status === 'no answer' || answer.status >= 500) report.fiveHundreds++;
        report.failures.push({
          operation: op.key,
          actor: actor.name,
          input: input.summary,
          url: input.url.slice(0, 200),
          status: answer.status,
          body: answer.text.slice(0, 500),
          why,
        });
      }
    }
    timeByOperation.push({ operation: op.key, milliseconds: Date.now() - opStarted });
    options.onOperation?.(op, index + 1, operations.length);
  }
  report.milliseconds = Date.now() - started;
  report.slowest = timeByOperation.sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 5);
  return report;
}

interface Answer {
  status: number | 'no answer';
  text: string;
}

async function send(baseUrl: string, op: FuzzOperation, input: FuzzInput, actor: FuzzActor): Promise<Answer> {
  const attempt = async (): Promise<Answer> => {
    try {
      const response = await fetch(baseUrl + input.url, {
        method: op.method,
        headers: { ...input.headers, authorization: `Bearer ${actor.token}`, 'accept-language': 'en' },
        body: input.body,
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      return { status: 'no answer', text: String((error as Error).cause ?? error) };
    }
  };
  const answer = await attempt();
  if (answer.status === 401 && actor.renew && EXPIRED.has(codeOf(answer.text) ?? '')) {
    actor.token = await actor.renew();
    return attempt();
  }
  return answer;
}

function codeOf(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

/** Why an answer is wrong, or undefined when it is a fine answer to bad input. */
function problemWith(answer: Answer, op: FuzzOperation): string | undefined {
  if (answer.status === 'no answer') return 'the server did not answer';
  if (answer.status >= 500) return `status ${answer.status}`;
  if (answer.status < 400 || op.reportStatuses.includes(answer.status)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `a ${answer.status} whose body is not JSON`;
  }
  const error = body as Partial<Record<'statusCode' | 'error' | 'code' | 'message', unknown>>;
  if (error.statusCode !== answer.status || typeof error.error !== 'string' || typeof error.code !== 'string') {
    return `a ${answer.status} whose body is not the api's error body`;
  }
  if (typeof error.message !== 'string' || error.message.trim() === '') return `a ${answer.status} without a message`;
  return undefined;
}

/** The report as a few lines for a person: counts, then each failure. */
export function describeFuzzReport(report: FuzzReport): string {
  const statuses = Object.entries(report.byStatus)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const lines = [
    `bad-input fuzz, seed ${report.seed} (FUZZ_SEED=${report.seed} replays it)`,
    `${report.operations} operations (${report.skipped.length} skipped: ${report.skipped.join(', ') || 'none'})`,
    `${report.sent} inputs sent in ${(report.milliseconds / 1000).toFixed(1)} s; by status: ${statuses}`,
    `slowest: ${report.slowest.map((s) => `${s.operation} ${(s.milliseconds / 1000).toFixed(1)} s`).join(', ')}`,
    `${report.closedEarly} over-limit bodies cut off by the server's 413 before they were sent whole`,
    `${report.fiveHundreds} answers of 5xx or none; ${report.failures.length} failures`,
    ...report.failures
      .slice(0, 50)
      .map(
        (f) =>
          `  ${f.operation} as ${f.actor}: ${f.why}\n    input: ${f.input}\n    url: ${f.url}\n    body: ${f.body}`,
      ),
  ];
  return lines.join('\n');
}
