import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiResponse } from '@nestjs/swagger';
import { apiErrorSchema, apiResponseSchemas } from '@bina-pustaka/shared-contracts/schemas';
import { z } from 'zod';

/**
 * What each route answers and takes, for the OpenAPI document: the schemas come from the
 * shared contracts (named there with describes()), so a generated client gets the same
 * types the web client uses. These decorators only describe; the route's behaviour is its
 * own (its status is @HttpCode's, or 201 for POST and 200 otherwise: the document test
 * checks that the status described here is that one).
 */

/** Set on routes that take no body, so the document test does not expect one. */
export const NO_BODY = 'api-contract:no-body';

const BINARY = { type: 'string', format: 'binary' } as const;

/** $ref to the component of a named contract schema; throws at start-up for an unnamed one. */
export function schemaRef(schema: z.ZodType): { $ref: string } {
  const id = apiResponseSchemas.get(schema)?.id;
  if (!id) throw new Error('A response schema must be named in the shared contracts with describes<T>()(id, schema)');
  return { $ref: `#/components/schemas/${id}` };
}

/** The route answers `status` with JSON of this schema, or `[schema]` for a list of them. */
export function Responds(schema: z.ZodType | [z.ZodType], status = 200, description?: string): MethodDecorator {
  const list = Array.isArray(schema);
  const ref = schemaRef(list ? schema[0] : schema);
  const name = ref.$ref.split('/').pop();
  return ApiResponse({
    status,
    description: description ?? (list ? `A list of ${name}` : name),
    schema: list ? { type: 'array', items: ref } : ref,
  });
}

/** 204 No Content. */
export function RespondsEmpty(): MethodDecorator {
  return ApiResponse({ status: 204, description: 'Done; no content' });
}

/** 303 See Other: no body, a Location to open (a page of the web client). */
export function RespondsRedirect(description: string): MethodDecorator {
  return ApiResponse({
    status: 303,
    description,
    headers: { Location: { description: 'The address to open', schema: { type: 'string' } } },
  });
}

/** The route answers with a file of one of these media types (a PDF, a CSV, an image). */
export function RespondsWithFile(
  mediaTypes: string | string[],
  status = 200,
  description = 'The file',
): MethodDecorator {
  const content = Object.fromEntries([mediaTypes].flat().map((type) => [type, { schema: BINARY }]));
  return ApiResponse({ status, description, content });
}

/**
 * Another status worth a client's attention (e.g. 422 with a report of what was refused);
 * its body is the error body unless a schema says otherwise.
 */
export function AlsoResponds(status: number, description: string, schema: z.ZodType = apiErrorSchema): MethodDecorator {
  return ApiResponse({ status, description, schema: schemaRef(schema) });
}

/** The route takes no request body (a POST that only acts, e.g. publish). */
export function NoBody(): MethodDecorator {
  return SetMetadata(NO_BODY, true);
}

/** The body is a CSV file (text/csv, UTF-8, a header line first). */
export function CsvBody(description: string): MethodDecorator {
  return applyDecorators(
    ApiConsumes('text/csv'),
    ApiBody({ description, required: true, schema: { type: 'string', format: 'binary' } }),
  );
}

/**
 * A multipart upload: the fields of `fields` first (the api reads them before the file
 * streams), then one part named "file".
 */
export function MultipartBody(fields: z.ZodType, description: string): MethodDecorator {
  const json = z.toJSONSchema(fields, { target: 'openapi-3.0', io: 'input' }) as {
    properties?: Record<string, object>;
    required?: string[];
  };
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      required: true,
      schema: {
        type: 'object',
        required: [...(json.required ?? []), 'file'],
        properties: { ...json.properties, file: BINARY },
      },
    }),
  );
}
