import { createHmac } from 'node:crypto';

/** The HMAC each header claims; RS256 is signed with the secret as an HMAC (algorithm confusion). */
const HMAC_OF: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512', RS256: 'sha256' };

const HS256 = { alg: 'HS256', typ: 'JWT' };

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const now = () => Math.floor(Date.now() / 1000);

/** A JWT with exactly this header and payload, signed as the header says (unsigned when `secret` is null). */
export function jwt(header: object, payload: object, secret: string | null): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  const signature =
    secret === null
      ? ''
      : createHmac(HMAC_OF[String(header['alg' as keyof object])] ?? 'sha256', secret)
          .update(unsigned)
          .digest('base64url');
  return `${unsigned}.${signature}`;
}

/** The payload of a JWT, unchecked. */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
}

export interface TokenMutation {
  name: string;
  /** Refused as expired rather than invalid (the api says which). */
  expired?: boolean;
  /** The genuine token, changed; `secret` is the key the genuine one was signed with. */
  mutate(genuine: string, secret: string): string;
}

/**
 * The ways a genuine HS256 token gets tampered with, for every place that takes one (REST
 * bearer tokens, webinar join tickets, the /forum socket handshake): each must be refused.
 */
export const TOKEN_MUTATIONS: readonly TokenMutation[] = [
  { name: 'alg none', mutate: (token) => jwt({ alg: 'none', typ: 'JWT' }, claimsOf(token), null) },
  {
    name: 'signed with another key',
    mutate: (token) => jwt(HS256, claimsOf(token), 'a-different-secret-of-enough-length!!'),
  },
  {
    name: 'another algorithm with the right key',
    mutate: (token, secret) => jwt({ alg: 'HS512', typ: 'JWT' }, claimsOf(token), secret),
  },
  {
    name: 'HS384 with the right key',
    mutate: (token, secret) => jwt({ alg: 'HS384', typ: 'JWT' }, claimsOf(token), secret),
  },
  {
    name: 'RS256 in the header, signed with the secret as an HMAC key',
    mutate: (token, secret) => jwt({ alg: 'RS256', typ: 'JWT' }, claimsOf(token), secret),
  },
  {
    name: 'expired',
    expired: true,
    mutate: (token, secret) => jwt(HS256, { ...claimsOf(token), iat: now() - 7200, exp: now() - 3600 }, secret),
  },
  { name: 'not valid yet', mutate: (token, secret) => jwt(HS256, { ...claimsOf(token), nbf: now() + 3600 }, secret) },
  { name: 'without an expiry', mutate: (token, secret) => jwt(HS256, { ...claimsOf(token), exp: undefined }, secret) },
  {
    name: 'for another audience',
    mutate: (token, secret) => jwt(HS256, { ...claimsOf(token), aud: 'another-app' }, secret),
  },
  {
    name: 'from another issuer',
    mutate: (token, secret) => jwt(HS256, { ...claimsOf(token), iss: 'someone-else' }, secret),
  },
  {
    name: 'with a payload changed after signing',
    mutate: (token) => {
      const [header, , signature] = token.split('.');
      return `${header}.${base64url({ ...claimsOf(token), sub: '00000000-0000-4000-8000-000000000000' })}.${signature}`;
    },
  },
  { name: 'not a JWT at all', mutate: () => 'not-a-token' },
];
