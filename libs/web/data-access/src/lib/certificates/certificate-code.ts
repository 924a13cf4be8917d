/**
 * Certificate codes: 12 characters of Crockford base32, printed in groups of four
 * (7KQ2-M9XD-4HPA). The same rule as the api's certificateCodeSchema, without zod, so the
 * public verify page stays small.
 */
const CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** "7kq2 m9xd-4hpa" -> "7KQ2M9XD4HPA"; null when it cannot be a code. */
export function normaliseCertificateCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/[\s-]/g, '');
  return CODE.test(code) ? code : null;
}
