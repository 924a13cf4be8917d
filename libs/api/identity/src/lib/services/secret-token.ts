import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random one-time secret for links and cookies; only its SHA-256 is stored. */
export function newSecretToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * A secret derived from another one with a server key: the same input always gives the
 * same token, which only the server can compute.
 */
export function deriveSecretToken(key: Buffer, ...parts: string[]): { token: string; hash: Buffer } {
  const token = createHmac('sha256', key).update(parts.join('\n')).digest('base64url');
  return { token, hash: hashSecretToken(token) };
}
