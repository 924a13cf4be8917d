import { certificateCodeSchema } from '@bina-pustaka/shared-contracts/schemas';
import { newCertificateCode } from './certificate-codes';

describe('certificate codes', () => {
  it('are 12 Crockford base32 characters that the verify schema accepts', () => {
    const codes = Array.from({ length: 2_000 }, newCertificateCode);
    for (const code of codes) expect(certificateCodeSchema.parse(code)).toBe(code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are read back however people type them', () => {
    expect(certificateCodeSchema.parse(' 7kq2-m9xd 4hpa ')).toBe('7KQ2M9XD4HPA');
    expect(certificateCodeSchema.safeParse('7KQ2-M9XD-4HPI').success).toBe(false);
    expect(certificateCodeSchema.safeParse('7KQ2').success).toBe(false);
  });
});
