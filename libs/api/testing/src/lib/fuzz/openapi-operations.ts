/** The parts of an OpenAPI 3 document the fuzzer reads (a loose view: any document will do). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface RawContent {
  content?: Record<string, { schema?: JsonSchema }>;
}

interface RawOperation {
  parameters?: RawParameter[];
  requestBody?: RawContent;
  responses?: Record<string, RawContent>;
}

export interface QueryParameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export type BodyKind = 'json' | 'multipart' | 'text';

export interface FuzzOperation {
  /** e.g. "PATCH /api/courses/{id}" */
  key: string;
  method: string;
  /** The document's path template, e.g. "/api/courses/{id}". */
  path: string;
  pathParams: string[];
  query: QueryParameter[];
  /** What the operation reads as its body, when the document says it takes one. */
  body?: { kind: BodyKind; contentType: string; schema?: JsonSchema };
  /** 4xx statuses the document gives a body of their own (e.g. 422 with a report), not the error body. */
  reportStatuses: number[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, in a stable order (the order the inputs are drawn in). */
export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const path of Object.keys(document.paths).sort()) {
    for (const method of METHODS) {
      const raw = document.paths[path][method] as RawOperation | undefined;
      if (!raw) continue;
      const parameters = raw.parameters ?? [];
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        query: parameters
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => ({
            name: parameter.name,
            required: parameter.required === true,
            schema: resolveSchema(document, parameter.schema ?? {}),
          })),
        body: bodyOf(document, raw),
        reportStatuses: reportStatusesOf(raw),
      });
    }
  }
  return operations;
}

function bodyOf(document: OpenApiDocument, raw: RawOperation): FuzzOperation['body'] {
  const content = raw.requestBody?.content;
  if (!content) return undefined;
  const [contentType, media] = Object.entries(content)[0] ?? [];
  if (!contentType) return undefined;
  const kind: BodyKind = contentType.includes('json')
    ? 'json'
    : contentType.includes('multipart')
      ? 'multipart'
      : 'text';
  return { kind, contentType, schema: media?.schema && resolveSchema(document, media.schema) };
}

function reportStatusesOf(raw: RawOperation): number[] {
  const schemaOf = (answer: RawContent | undefined) => JSON.stringify(answer?.content?.['application/json']?.schema);
  const error = schemaOf(raw.responses?.['default']);
  return Object.entries(raw.responses ?? {})
    .filter(([status, answer]) => Number(status) >= 400 && Number(status) < 500 && schemaOf(answer) !== error)
    .map(([status]) => Number(status));
}

/** The schema a $ref names (followed until it names none). */
export function resolveSchema(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const id = current.$ref.replace('#/components/schemas/', '');
    current = (document.components?.schemas?.[id] as JsonSchema | undefined) ?? {};
  }
  return current;
}

/** The types a schema admits, with anyOf/oneOf/allOf flattened into one list. */
export function typesOf(document: OpenApiDocument, schema: JsonSchema): string[] {
  const resolved = resolveSchema(document, schema);
  const own = resolved.type ? [resolved.type].flat() : [];
  const nested = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])].flatMap((inner) =>
    typesOf(document, inner),
  );
  const types = [...own, ...nested];
  if (resolved.properties && !types.includes('object')) types.push('object');
  if (resolved.enum && types.length === 0) types.push(typeof resolved.enum[0]);
  return [...new Set(types)];
}

/** The first object-shaped variant of a schema (its own properties, or an anyOf/oneOf/allOf member's). */
export function objectShapeOf(document: OpenApiDocument, schema: JsonSchema): JsonSchema | undefined {
  const resolved = resolveSchema(document, schema);
  if (resolved.properties) return resolved;
  for (const inner of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
    const shape = objectShapeOf(document, inner);
    if (shape) return shape;
  }
  return undefined;
}
