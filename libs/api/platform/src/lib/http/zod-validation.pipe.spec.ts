import { z } from 'zod';
import '../i18n/platform.messages';
import { RequestValidationError } from './app-error';
import { describeError } from './describe-error';
import { MAX_INPUT_DEPTH, ZodValidationPipe } from './zod-validation.pipe';

// Found by the bad-input fuzzer (apps/api bad-input.int-spec.ts): a NUL in a search
// (GET /api/trainers?q=%00) reached PostgreSQL and came back as a 500.
class SearchDto {
  static schema = z.object({ q: z.string().optional(), details: z.unknown().optional() });
}

const refusal = (value: unknown) => {
  try {
    new ZodValidationPipe().transform(value, { type: 'query', metatype: SearchDto as never });
  } catch (error) {
    if (error instanceof RequestValidationError) return describeError(error, 'en', 1024);
    throw error;
  }
  return undefined;
};

describe('ZodValidationPipe: input no schema should have to think about', () => {
  it('refuses a NUL in a value, naming the field', () => {
    expect(refusal({ q: 'a\u0000b' })?.body).toMatchObject({
      code: 'validation.failed',
      issues: [
        {
          field: 'q',
          message: 'Search term contains a NUL character (code 0), which is not allowed. Remove it and send again.',
        },
      ],
    });
  });

  it('refuses a NUL in a key or a nested value', () => {
    expect(refusal({ details: { 'a\u0000': 1 } })?.status).toBe(400);
    expect(refusal({ details: [['ok', 'x\u0000']] })?.body.issues).toEqual([
      expect.objectContaining({ field: 'details.0.1' }),
    ]);
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels, even 100,000 (no recursion)`, () => {
    const deep = JSON.parse('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
    expect(refusal({ details: deep })?.body.issues).toEqual([
      { field: '', message: `The request is nested too deeply (at most ${MAX_INPUT_DEPTH} levels).` },
    ]);
  });

  it('lets RTL marks, emoji and ordinary nesting through to the schema', () => {
    expect(refusal({ q: '\u202efdp.exe 🙂', details: { a: [{ b: [1] }] } })).toBeUndefined();
  });
});
