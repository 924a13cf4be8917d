import { createApiDocument } from '@bina-pustaka/api-platform';
import { listRoutes, startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { SignedIn } from '@bina-pustaka/shared-contracts';
import { apiResponseSchemas } from '@bina-pustaka/shared-contracts/schemas';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppModule } from './app.module';

interface Content {
  content?: Record<string, { schema?: { $ref?: string; items?: { $ref?: string } } }>;
}
interface Operation {
  requestBody?: Content;
  responses: Record<string, Content>;
}

/** Answers without a body: 204 No Content, and 303 See Other (a Location to open). */
const BODILESS = [204, 303];
const hasSchema = (part: Content | undefined) =>
  Object.values(part?.content ?? {}).some((media) => media.schema !== undefined);

/** Every "$ref" string anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

/** The zod schema of a JSON answer as the document names it (a component, or a list of one). */
function declaredSchema(answer: Content | undefined): z.core.$ZodType | undefined {
  const schema = answer?.content?.['application/json']?.schema;
  const ref = schema?.$ref ?? schema?.items?.$ref;
  const named = ref && apiResponseSchemas._idmap.get(ref.replace('#/components/schemas/', ''));
  if (!named) return undefined;
  return schema?.items ? z.array(named) : named;
}

// The demo library's people (README), one of each role.
const DEMO_PASSWORD = 'PustakaDemo2026';
const DEMO_PEOPLE = [
  'admin@perpustakaan.test',
  'koordinator@perpustakaan.test',
  'pelatih.siti@perpustakaan.test',
  'dewi.lestari@perpustakaan.test',
];

/**
 * The OpenAPI document a city's IT team would generate a client from: valid, and every
 * route in it with the schema of its answer at the status it really gives, and of its
 * request body unless it declares it takes none.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  beforeAll(async () => {
    // The demo library gives the answers checked below something to hold.
    t = await startTestApp({ root: (config) => AppModule.register(config), env: { DEMO_SEED: 'true' } });
    document = createApiDocument(t.app);
  });
  afterAll(() => t.close());

  it('is valid OpenAPI (@seriousme/openapi-schema-validator)', async () => {
    // The validator is an ES module Jest cannot load: its own command line checks a copy.
    const dir = await mkdtemp(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const cli = require.resolve('@seriousme/openapi-schema-validator/bin/validate-api-cli.js');
      const run = await promisify(execFile)(process.execPath, [cli, file]).catch(
        (failed: { stdout: string }) => failed,
      );
      expect(JSON.parse(run.stdout)).toEqual({ valid: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refers only to schemas it holds', () => {
    const held = new Set(Object.keys(document.components?.schemas ?? {}).map((id) => `#/components/schemas/${id}`));
    expect([...new Set(refsIn(document))].filter((ref) => !held.has(ref))).toEqual([]);
  });

  it('describes the answer and the request body of every route', () => {
    const offenders: string[] = [];
    const counts = { operations: 0, answers: 0, bodies: 0, noBody: 0 };
    for (const route of listRoutes(t.app)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = (document.paths[path] as Record<string, Operation> | undefined)?.[route.method.toLowerCase()];
      if (!operation) {
        offenders.push(`${route.key}: missing from the document`);
        continue;
      }
      counts.operations++;
      const answer = operation.responses[route.status];
      if (!answer) offenders.push(`${route.key}: no ${route.status} answer (the status the route gives)`);
      else if (BODILESS.includes(route.status) ? answer.content !== undefined : !hasSchema(answer)) {
        offenders.push(
          `${route.key}: its ${route.status} answer has ${BODILESS.includes(route.status) ? 'a body' : 'no schema'}`,
        );
      } else counts.answers++;
      if (!['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
      if (route.noBody) {
        counts.noBody++;
        if (operation.requestBody) offenders.push(`${route.key}: declared @NoBody() but documents a body`);
      } else if (hasSchema(operation.requestBody)) counts.bodies++;
      else offenders.push(`${route.key}: no request body schema (or @NoBody() if it takes none)`);
    }
    console.log(
      `OpenAPI: ${counts.operations} operations, ${counts.answers} with their answer described, ` +
        `${counts.bodies} request bodies described, ${counts.noBody} writes without a body`,
    );
    expect(offenders).toEqual([]);
  });

  it('answers as it says: what the demo people may read matches its schema', async () => {
    // Lists first, then one item of each (e.g. /api/courses/:id with the first course of
    // /api/courses), so the details are checked too.
    const reads = listRoutes(t.app)
      .filter((route) => route.method === 'GET' && (route.path.match(/:/g) ?? []).length <= 1)
      .sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
    const problems: string[] = [];
    let checked = 0;
    for (const email of DEMO_PEOPLE) {
      const signedIn = await t.api.post<SignedIn>('/api/auth/login', { email, password: DEMO_PASSWORD });
      expect(signedIn.status).toBe(200);
      const lists = new Map<string, unknown>();
      for (const route of reads) {
        const operation = (document.paths[route.path.replace(/:(\w+)/g, '{$1}')] as Record<string, Operation>).get;
        const schema = declaredSchema(operation.responses[route.status]);
        const path = route.path.includes(':') ? withFirstId(route.path, lists) : route.path;
        if (!schema || !path) continue; // files, or nothing in the list to open
        const answer = await t.api.get(path, { token: signedIn.body.accessToken });
        if (answer.status !== route.status) continue; // not theirs to read
        lists.set(route.path, answer.body);
        const parsed = z.safeParse(schema, answer.body);
        if (parsed.success) checked++;
        else problems.push(`GET ${path} as ${email}:\n${z.prettifyError(parsed.error)}`);
      }
    }
    console.log(`OpenAPI: ${checked} real answers matched their schema`);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });
});

/** "/api/courses/:id/progress" with the id of the first item "/api/courses" answered, if any. */
function withFirstId(path: string, lists: Map<string, unknown>): string | undefined {
  const [before] = path.split('/:');
  const list = lists.get(before) as { items?: { id?: string }[] } | { id?: string }[] | undefined;
  const id = (Array.isArray(list) ? list : list?.items)?.[0]?.id;
  return id && path.replace(/:\w+/, id);
}
