import { badInput, type InputContext } from './bad-inputs';
import { operationsOf, type OpenApiDocument } from './openapi-operations';
import { deepJson } from './schema-values';
import { SeededRandom } from './seeded-random';

const DOCUMENT: OpenApiDocument = {
  paths: {
    '/api/things/{id}': {
      patch: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
        ],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: {
          '422': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
          default: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string', maxLength: 20 }, count: { type: 'integer' } },
        additionalProperties: false,
      },
    },
  },
};

const inputs = (seed: number, count: number) => {
  const [op] = operationsOf(DOCUMENT);
  const random = new SeededRandom(seed);
  const context: InputContext = { document: DOCUMENT, random, marker: 'fzmkTEST', someId: () => 'id-' + random.int(9) };
  return Array.from({ length: count }, () => badInput(op, context));
};

describe('bad inputs', () => {
  it('reads operations, their parameters and their body schema from the document', () => {
    expect(operationsOf(DOCUMENT)).toEqual([
      expect.objectContaining({
        key: 'PATCH /api/things/{id}',
        pathParams: ['id'],
        query: [{ name: 'page', required: false, schema: { type: 'integer', minimum: 1 } }],
        body: expect.objectContaining({ kind: 'json', schema: expect.objectContaining({ required: ['title'] }) }),
        reportStatuses: [422],
      }),
    ]);
  });

  it('are the same for the same seed, and differ for another', () => {
    expect(inputs(42, 50)).toEqual(inputs(42, 50));
    expect(inputs(42, 50)).not.toEqual(inputs(43, 50));
  });

  it('attack the path, the query, the body as a whole and each field', () => {
    const summaries = inputs(7, 400).map((input) => input.summary);
    expect(summaries.some((s) => s.startsWith('path id'))).toBe(true);
    expect(summaries.some((s) => s.startsWith('query page'))).toBe(true);
    expect(summaries).toContain('unknown query parameter');
    expect(summaries.some((s) => s.startsWith('body field title'))).toBe(true);
    expect(summaries).toContain('JSON nested 10,000 levels');
    expect(summaries).toContain('__proto__ key');
  });

  it('build deep JSON as text that parses', () => {
    expect(JSON.parse(deepJson(3, false))).toEqual({ a: { a: { a: 1 } } });
    expect(deepJson(10_000, true)).toHaveLength(20_000);
  });
});
