import { objectShapeOf, resolveSchema, typesOf, type JsonSchema, type OpenApiDocument } from './openapi-operations';
import type { SeededRandom } from './seeded-random';

/** Where generated values take their ids from (real objects of the running app, then random ones). */
export interface ValueContext {
  document: OpenApiDocument;
  random: SeededRandom;
  /** A uuid: one of a real object when the run has some, else a random one. */
  someId(): string;
}

const NUL = '\u0000';
const RTL = '\u202e';

/** Strings that have broken parsers, databases and renderers. */
export const NASTY_STRINGS: readonly string[] = [
  `a${NUL}b`,
  NUL,
  `${RTL}fdp.exe`,
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '\ud800',
  '\udfff\ud800',
  '𝕱𝖚𝖟𝖟 ﷽ 👩🏽‍💻 Ẁ̸̢͚̦',
  "' OR 1=1 --",
  '%00',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '\r\nX-Injected: 1',
  ' ',
  '',
  '=HYPERLINK("http://x")',
];

/** Numbers out of every range a column or a parser has. */
export const NASTY_NUMBERS: readonly (number | string)[] = [
  '1e309',
  '-1e309',
  -1,
  0,
  'NaN',
  'Infinity',
  2 ** 63,
  -(2 ** 63),
  2 ** 31,
  2 ** 53 + 1,
  1.5,
  '0x10',
  '1e2',
  -0,
];

/** A value the schema accepts, as far as the fuzzer can tell (formats and ranges honoured, patterns not). */
export function sampleOf(context: ValueContext, schema: JsonSchema, depth = 0): unknown {
  const resolved = resolveSchema(context.document, schema);
  const { random } = context;
  if (resolved.default !== undefined && random.chance(0.3)) return resolved.default;
  if (resolved.enum?.length) return random.pick(resolved.enum);
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants?.length) return sampleOf(context, random.pick(variants), depth + 1);
  const shape = objectShapeOf(context.document, resolved);
  const type = shape ? 'object' : (typesOf(context.document, resolved).find((t) => t !== 'null') ?? 'string');
  switch (type) {
    case 'object':
      return sampleObject(context, shape ?? resolved, depth);
    case 'array': {
      if (depth > 4 || !resolved.items) return [];
      const count = Math.max(resolved.minItems ?? 0, Math.min(resolved.maxItems ?? 2, random.int(3)));
      return Array.from({ length: count }, () => sampleOf(context, resolved.items as JsonSchema, depth + 1));
    }
    case 'integer':
    case 'number': {
      const low = resolved.minimum ?? 0;
      const high = Math.max(low, Math.min(resolved.maximum ?? low + 100, low + 100));
      return low + random.int(high - low + 1);
    }
    case 'boolean':
      return random.chance(0.5);
    default:
      return sampleString(context, resolved);
  }
}

function sampleObject(context: ValueContext, shape: JsonSchema, depth: number): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  if (depth > 6) return value;
  const required = new Set(shape.required ?? []);
  for (const [name, property] of Object.entries(shape.properties ?? {})) {
    if (required.has(name) || context.random.chance(0.5)) value[name] = sampleOf(context, property, depth + 1);
  }
  return value;
}

function sampleString(context: ValueContext, schema: JsonSchema): string {
  const { random } = context;
  switch (schema.format) {
    case 'uuid':
      return context.someId();
    case 'email':
      return `fuzz.${random.int(1e6)}@example.test`;
    case 'date-time':
      return new Date(Date.UTC(2026, random.int(12), 1 + random.int(28), random.int(24))).toISOString();
    case 'date':
      return `2026-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
    case 'uri':
      return 'https://example.test/fuzz';
  }
  const length = Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 12, 12));
  return 'Fuzz ' + 'x'.repeat(Math.max(0, length - 5));
}

/** Values of the wrong kind for a field of this schema (a string where a number goes, and so on). */
export function wrongValuesFor(context: ValueContext, schema: JsonSchema): unknown[] {
  const types = typesOf(context.document, schema);
  const resolved = resolveSchema(context.document, schema);
  const values: unknown[] = [null, {}, [], true, 'fuzz', 12345, [sampleOf(context, schema)], { value: 1 }];
  if (types.includes('number') || types.includes('integer')) {
    values.push(...NASTY_NUMBERS, '12', 1e308, -1e308);
    if (resolved.maximum !== undefined) values.push(resolved.maximum + 1);
    if (resolved.minimum !== undefined) values.push(resolved.minimum - 1);
  }
  if (types.includes('string')) {
    values.push(...NASTY_STRINGS, hugeString(context.random, 100_000));
    if (resolved.maxLength !== undefined) values.push('x'.repeat(resolved.maxLength + 1));
    if (resolved.format) values.push(`not-a-${resolved.format}`, '2026-13-45', '2026-02-30T25:61:00Z', '99999-01-01');
  }
  if (types.includes('array'))
    values.push(
      Array.from({ length: 5000 }, () => 'x'),
      [null],
      [[[]]],
    );
  if (resolved.enum) values.push('NOT_AN_OPTION', String(resolved.enum[0]).toUpperCase() + NUL);
  return values.filter((value) => value !== undefined);
}

/** A string of about `length` characters, with a NUL, an RTL override and non-ASCII letters inside. */
export function hugeString(random: SeededRandom, length: number): string {
  const chunk = random.pick(['a', 'é', '界', '🙂', 'x'.repeat(7) + RTL, `ab${NUL}`]);
  return chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
}

/** JSON text nested `depth` levels deep (objects or arrays), built as text: the fuzzer itself never recurses into it. */
export function deepJson(depth: number, arrays: boolean): string {
  return arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}
