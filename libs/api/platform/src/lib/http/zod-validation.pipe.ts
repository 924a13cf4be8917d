import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ZodType, type core } from 'zod';
import { RequestValidationError } from './app-error';

/** Deeper than any request the api defines; deeper JSON is refused before a schema (or JSON.stringify) recurses into it. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Global pipe: every @Body() and @Query() must be typed with a zod DTO (createZodDto);
 * a handler that forgets fails loudly instead of accepting unchecked input.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const { metatype, type } = metadata;
    const schema = (metatype as { schema?: unknown } | undefined)?.schema;
    if (schema instanceof ZodType) {
      const unstorable = unstorableInput(value);
      if (unstorable) throw new RequestValidationError([unstorable], value);
      const result = schema.safeParse(value);
      if (!result.success) throw new RequestValidationError(result.error.issues, value);
      return result.data;
    }
    if (type === 'body' || type === 'query') {
      throw new Error(`A @${type === 'body' ? 'Body' : 'Query'}() parameter has no zod DTO type`);
    }
    return value;
  }
}

/**
 * What no schema should have to think about: a NUL character (PostgreSQL stores none in
 * text or jsonb, so it would fail as a server error) in any string or key, and nesting
 * deeper than MAX_INPUT_DEPTH. Walked without recursion, so any depth is safe to look at.
 */
export function unstorableInput(input: unknown): core.$ZodIssue | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { code: 'custom', path, message: 'validation.nulCharacter', input: value };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return { code: 'custom', path: [], message: 'validation.tooDeep', params: { maximum: MAX_INPUT_DEPTH }, input };
    }
    for (const [key, inner] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (key.includes('\u0000')) return { code: 'custom', path: at, message: 'validation.nulCharacter', input: key };
      stack.push({ value: inner, path: at });
    }
  }
  return undefined;
}
