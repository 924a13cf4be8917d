import { z } from 'zod';
import type { ApiErrorBody } from './common.types';

/**
 * The schemas API answers are described by, each under the name its OpenAPI component
 * gets. The api's document is built from this registry; the types stay the interfaces in
 * the *.types files (the browser imports those without zod).
 */
export const apiResponseSchemas = z.registry<{ id: string }>();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Names the schema of the contract type T, and refuses to compile when the schema's output
 * is not exactly T (a field missing, extra or typed otherwise on either side), so the type
 * and the schema the API document shows cannot drift apart.
 */
export function describes<T>() {
  return <S extends z.ZodType>(
    id: string,
    schema: S & (Same<z.output<S>, T> extends true ? unknown : { 'the schema and the type differ': T }),
  ): S => {
    apiResponseSchemas.add(schema, { id });
    return schema;
  };
}

/** An instant as the api writes it: ISO 8601 with its offset (Date.toISOString()). */
export const timestamp = z.iso.datetime({ offset: true });

/** One page of a list (Page<T>): name it with describes<Page<T>>(). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const apiErrorSchema = describes<ApiErrorBody>()(
  'ApiError',
  z.strictObject({
    statusCode: z.number().int(),
    error: z.string(),
    message: z.string(),
    code: z.string(),
    issues: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional(),
  }),
);

/** A sentence for the person, in the language asked for (e.g. "check your email"). */
export const acknowledgementSchema = describes<{ message: string }>()(
  'Acknowledgement',
  z.strictObject({ message: z.string() }),
);
