import { objectShapeOf, type FuzzOperation, type JsonSchema } from './openapi-operations';
import {
  deepJson,
  hugeString,
  NASTY_NUMBERS,
  NASTY_STRINGS,
  sampleOf,
  wrongValuesFor,
  type ValueContext,
} from './schema-values';

/** One request the fuzzer sends: what it is (for the report) and its parts. */
export interface FuzzInput {
  /** Which attack, e.g. "body field title: wrong type". */
  summary: string;
  /** Path and query string, e.g. "/api/courses/x?page=-1". */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Over the server's body limit: it may answer 413 and close while the body is still being sent. */
  oversize?: boolean;
}

export interface InputContext extends ValueContext {
  /** Carried by every unknown field (its name and value): it must never be stored. */
  marker: string;
}

const UUID_LIKE = '00000000-0000-4000-8000-000000000000';

/** Path ids that are not uuids, one of them per input. */
const BAD_IDS: readonly string[] = [
  'not-a-uuid',
  '1',
  '-1',
  '0',
  '..%2F..%2Fetc%2Fpasswd',
  '%2E%2E',
  '%00',
  'a%00b',
  '%E2%80%AE' + 'dip',
  '%F0%9F%99%82',
  encodeURIComponent(`${UUID_LIKE}'--`),
  UUID_LIKE.toUpperCase() + 'x',
  UUID_LIKE.replace(/-/g, ''),
  '{' + UUID_LIKE + '}',
  'null',
  'undefined',
  '1e309',
  'x'.repeat(5000),
  encodeURIComponent('é'.repeat(300)),
  '%',
  '%zz',
];

type Strategy = (op: FuzzOperation, context: InputContext) => FuzzInput;

/** The next bad input for an operation: one of the attacks that fit it, drawn with the run's seeded generator. */
export function badInput(op: FuzzOperation, context: InputContext): FuzzInput {
  const strategies: Strategy[] = [];
  if (op.pathParams.length > 0) strategies.push(badPathId, badPathId);
  strategies.push(badQuery, badQuery);
  const takesBody = ['POST', 'PUT', 'PATCH'].includes(op.method);
  if (takesBody) strategies.push(genericBody, genericBody);
  if (takesBody && op.body?.kind === 'json' && op.body.schema)
    strategies.push(badBodyField, badBodyField, badBodyField);
  return context.random.pick(strategies)(op, context);
}

/** The operation's path with real (or random) ids, one of them swapped for `badId` when given. */
function urlOf(op: FuzzOperation, context: InputContext, badParam?: { name: string; value: string }): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === badParam?.name ? badParam.value : encodeURIComponent(context.someId()),
  );
}

/** A query string with the required parameters filled in validly, plus `extra`. */
function queryOf(op: FuzzOperation, context: InputContext, extra: [string, string][] = []): string {
  const pairs: [string, string][] = op.query
    .filter((parameter) => parameter.required && !extra.some(([name]) => name === parameter.name))
    .map((parameter) => [parameter.name, String(sampleOf(context, parameter.schema))]);
  const all = [...pairs, ...extra];
  return all.length ? '?' + all.map(([k, v]) => `${encodeQuery(k)}=${encodeQuery(v)}`).join('&') : '';
}

/** Percent-encoded; a lone surrogate (no UTF-8 for it) goes as the bytes of one, which is invalid UTF-8 to the server. */
function encodeQuery(text: string): string {
  // for..of walks code points: a pair stays whole, a lone surrogate comes alone.
  return [...text].map((char) => (/^[\ud800-\udfff]$/.test(char) ? '%ED%A0%80' : encodeURIComponent(char))).join('');
}

const badPathId: Strategy = (op, context) => {
  const name = context.random.pick(op.pathParams);
  const value = context.random.pick(BAD_IDS);
  return withBody(op, context, {
    summary: `path ${name} = ${value.slice(0, 40)}${value.length > 40 ? `… (${value.length} chars)` : ''}`,
    url: urlOf(op, context, { name, value }) + queryOf(op, context),
    headers: {},
  });
};

const badQuery: Strategy = (op, context) => {
  const { random } = context;
  const known = op.query.length > 0 && random.chance(0.75) ? random.pick(op.query) : undefined;
  let pairs: [string, string][];
  let summary: string;
  if (!known) {
    pairs = [[`fuzz_${context.marker}`, context.marker]];
    summary = 'unknown query parameter';
  } else {
    const kind = random.int(5);
    const value = [
      () => String(random.pick(NASTY_NUMBERS)),
      () => random.pick(NASTY_STRINGS),
      () => hugeString(random, 6_000),
      () => 'fuzz',
      () => String(sampleOf(context, known.schema)),
    ][kind]();
    // Kind 4 repeats a valid value: an array where one value goes.
    pairs =
      kind === 4
        ? [
            [known.name, value],
            [known.name, value],
          ]
        : [[known.name, value]];
    summary = `query ${known.name} = ${kind === 4 ? 'repeated' : JSON.stringify(value.slice(0, 30))} (${value.length} chars)`;
  }
  return withBody(op, context, { summary, url: urlOf(op, context) + queryOf(op, context, pairs), headers: {} });
};

/** Writes get a valid-looking body beside a bad path or query, so only one thing is wrong. */
function withBody(op: FuzzOperation, context: InputContext, input: FuzzInput): FuzzInput {
  if (!['POST', 'PUT', 'PATCH'].includes(op.method) || op.body?.kind !== 'json' || !op.body.schema) return input;
  return {
    ...input,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sampleOf(context, op.body.schema)),
  };
}

const badBodyField: Strategy = (op, context) => {
  const { random } = context;
  const schema = op.body?.schema as JsonSchema;
  const body = sampleOf(context, schema);
  const url = urlOf(op, context) + queryOf(op, context);
  const json = { 'content-type': 'application/json' };
  const shape = objectShapeOf(context.document, schema);
  if (!shape?.properties || typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      summary: 'body: wrong type',
      url,
      headers: json,
      body: JSON.stringify(random.pick(wrongValuesFor(context, schema))),
    };
  }
  const record = body as Record<string, unknown>;
  const fields = Object.keys(shape.properties);
  const roll = random.int(10);
  if (roll === 0 || fields.length === 0) {
    // An unknown field, at the top or inside a nested object of the body.
    const nested = Object.entries(record).find(
      ([, value]) => value && typeof value === 'object' && !Array.isArray(value),
    );
    const target = nested && random.chance(0.5) ? (nested[1] as Record<string, unknown>) : record;
    target[`fuzz_${context.marker}`] = `${context.marker} ${random.pick(NASTY_STRINGS)}`;
    return {
      summary: `body: unknown field${target === record ? '' : ` inside ${nested?.[0]}`}`,
      url,
      headers: json,
      body: JSON.stringify(record),
    };
  }
  const field = random.pick(fields);
  if (roll === 1 && shape.required?.includes(field)) {
    delete record[field];
    return { summary: `body field ${field}: missing`, url, headers: json, body: JSON.stringify(record) };
  }
  if (roll === 2) {
    // Deep JSON in one field, where a loose schema (unknown, record) might take it in.
    const levels = random.pick([100, 10_000, 100_000]);
    record[field] = '\u0001deep';
    const body = JSON.stringify(record).replace('"\\u0001deep"', deepJson(levels, random.chance(0.5)));
    return { summary: `body field ${field}: JSON nested ${levels} levels`, url, headers: json, body };
  }
  const value = random.pick(wrongValuesFor(context, shape.properties[field]));
  record[field] = value;
  const shown =
    typeof value === 'string'
      ? `${JSON.stringify(value.slice(0, 30))} (${value.length} chars)`
      : JSON.stringify(value)?.slice(0, 40);
  return { summary: `body field ${field} = ${shown}`, url, headers: json, body: JSON.stringify(record) };
};

/** Attacks on the body as a whole, for every write whatever its schema. */
const genericBody: Strategy = (op, context) => {
  const { random } = context;
  const url = urlOf(op, context) + queryOf(op, context);
  const json = { 'content-type': 'application/json' };
  const sample = op.body?.kind === 'json' && op.body.schema ? sampleOf(context, op.body.schema) : {};
  const attacks: (() => FuzzInput)[] = [
    () => ({
      summary: 'invalid JSON',
      url,
      headers: json,
      body: random.pick(['{"a":', '{a:1}', "{'a':1}", '[1,]', 'nul', '{"a":1}}', '\u0000']),
    }),
    () => ({ summary: 'empty body with a JSON content-type', url, headers: json, body: '' }),
    () => ({
      summary: 'JSON sent as text/plain',
      url,
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(sample),
    }),
    () => ({
      summary: 'wrong content-type',
      url,
      headers: {
        'content-type': random.pick([
          'application/xml',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'text/csv',
        ]),
      },
      body: 'a=1&b=2',
    }),
    () => ({ summary: 'JSON nested 10,000 levels', url, headers: json, body: deepJson(10_000, random.chance(0.5)) }),
    () => ({ summary: 'JSON nested 500 levels', url, headers: json, body: deepJson(500, random.chance(0.5)) }),
    () => ({
      summary: 'body of 1.5 MB',
      oversize: true,
      url,
      headers: json,
      body: JSON.stringify({ ...asObject(sample), fuzz: hugeString(random, 1_500_000) }),
    }),
    () => ({
      summary: '__proto__ key',
      url,
      headers: json,
      body: `{"__proto__":{"isAdmin":true,"${context.marker}":1},${JSON.stringify(asObject(sample)).slice(1)}`,
    }),
    () => ({
      summary: 'constructor.prototype keys',
      url,
      headers: json,
      body: JSON.stringify({
        ...asObject(sample),
        constructor: { prototype: { isAdmin: true, marker: context.marker } },
      }),
    }),
    () => ({
      summary: 'top-level array, string or number',
      url,
      headers: json,
      body: random.pick(['[]', '[{}]', '"x"', '0', 'null', 'true', '1e309']),
    }),
    () => ({
      summary: 'unknown top-level field',
      url,
      headers: json,
      body: JSON.stringify({ ...asObject(sample), [`fuzz_${context.marker}`]: context.marker }),
    }),
    () => ({
      summary: 'every string field NUL and RTL',
      url,
      headers: json,
      body: JSON.stringify(everyString(sample, `${'\u0000'}\u202e${random.pick(NASTY_STRINGS)}`)),
    }),
  ];
  if (op.body?.kind === 'text') {
    // Text bodies (CSV imports) in their own content type: odd lines, NUL, RTL, the marker.
    const text = { 'content-type': op.body.contentType };
    attacks.push(
      () => ({
        summary: 'text body of odd lines',
        url,
        headers: text,
        body: [...NASTY_STRINGS, context.marker].join('\n'),
      }),
      () => ({
        summary: 'text body: one 200 kB line',
        url,
        headers: text,
        body: `email\n${hugeString(random, 200_000)}`,
      }),
      () => ({ summary: 'text body: 20,000 empty columns', url, headers: text, body: ';'.repeat(20_000) }),
    );
  }
  return random.pick(attacks)();
};

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The value with every string in it replaced by `text`. */
function everyString(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((item) => everyString(item, text));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, everyString(inner, text)]));
  }
  return value;
}
