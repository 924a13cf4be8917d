import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so codes read aloud and typed by hand survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 characters = 60 random bits: not guessable, not sequential, short enough to type. */
export function newCertificateCode(): string {
  const bytes = randomBytes(8);
  let value = bytes.readBigUInt64BE();
  let code = '';
  for (let index = 0; index < 12; index += 1) {
    code += ALPHABET[Number(value & 31n)];
    value >>= 5n;
  }
  return code;
}
