import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ZodType } from 'zod';
import { RequestValidationError } from './app-error';

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
