import { z } from 'zod';
import { apiResponseSchemas, describes } from './common.responses';
import { certificateSchema } from './certificates.responses';

describe('describes()', () => {
  it('names a schema for the API document', () => {
    const schema = describes<{ a: string }>()('SpecNamed', z.strictObject({ a: z.string() }));
    expect(apiResponseSchemas.get(schema)?.id).toBe('SpecNamed');
    expect(apiResponseSchemas.get(certificateSchema)?.id).toBe('Certificate');
  });

  it('does not compile when the schema and its type differ (ts-jest type-checks this file)', () => {
    const check = () => {
      // @ts-expect-error a field the type does not have
      describes<{ a: string }>()('SpecExtra', z.strictObject({ a: z.string(), b: z.number() }));
      // @ts-expect-error a field the schema does not have
      describes<{ a: string; b: number }>()('SpecMissing', z.strictObject({ a: z.string() }));
      // @ts-expect-error null allowed by the type only
      describes<{ a: string | null }>()('SpecNull', z.strictObject({ a: z.string() }));
    };
    expect(check).toBeDefined();
  });
});
