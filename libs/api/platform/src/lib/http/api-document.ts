import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { apiErrorSchema, apiResponseSchemas } from '@bina-pustaka/shared-contracts/schemas';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';
import { schemaRef } from './api-contract';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/**
 * The OpenAPI description of every route: request bodies and queries from the zod DTOs
 * (nestjs-zod), answers from the shared contracts' response schemas (api-contract.ts), and
 * for every operation the error body it answers with when something is wrong.
 */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  const document = cleanupOpenApiDoc(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Bina Pustaka API')
        .setDescription(
          'Pelatihan dan webinar untuk pustakawan. Errors answer in Indonesian or English by Accept-Language.',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
  const schemas: Record<string, SchemaObject> = { ...document.components?.schemas };
  for (const [id, schema] of Object.entries(responseComponents())) {
    if (schemas[id]) throw new Error(`OpenAPI component ${id} is both a request DTO and a response schema`);
    schemas[id] = schema;
  }
  const error = {
    description: 'The error: a sentence in the language asked for and a stable code',
    content: { 'application/json': { schema: schemaRef(apiErrorSchema) } },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const responses = path[method]?.responses;
      if (responses && !responses['default']) responses['default'] = error;
    }
  }
  return { ...document, components: { ...document.components, schemas } };
}

/** Every named response schema as an OpenAPI 3.0 schema, referring to the others by $ref. */
function responseComponents(): Record<string, SchemaObject> {
  const { schemas } = z.toJSONSchema(apiResponseSchemas, {
    metadata: apiResponseSchemas,
    target: 'openapi-3.0',
    uri: (id) => `#/components/schemas/${id}`,
    // The format says it for readers and generators: drop zod's long regexes and its
    // safe-integer bounds on every count.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'uuid' || jsonSchema.format === 'date-time') delete jsonSchema.pattern;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
  if ('__shared' in schemas) throw new Error('A response schema needs a shared definition: name it with describes()');
  // Each comes with the "$id" JSON Schema gives a document of its own; a component has none.
  for (const schema of Object.values(schemas)) delete schema.$id;
  return schemas as Record<string, SchemaObject>;
}
