import { Inject, Injectable } from '@nestjs/common';
import { createSigner, createVerifier, TokenError } from 'fast-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppError } from '../http/app-error';

export interface AccessClaims {
  /** user id */
  sub: string;
  /** session (refresh-token family) id */
  sid: string;
}

const ISSUER = 'bina-pustaka';
const AUDIENCE = 'bina-pustaka-api';

const invalidToken = (code: string) =>
  new AppError(401, code, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

/**
 * Short-lived HS256 access tokens; the algorithm, issuer and audience are fixed. fast-jwt
 * caches a verified token until it expires (a client sends the same token many times);
 * whether its session still lives is checked in the database on every request anyway.
 */
@Injectable()
export class AccessTokensService {
  private readonly signer: (payload: Record<string, unknown>) => string;
  private readonly verifier: (token: string) => Record<string, unknown>;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const key = Buffer.from(config.auth.jwtSecret, 'utf8');
    this.ttlSeconds = config.auth.accessTokenTtlSeconds;
    this.signer = createSigner({
      key,
      algorithm: 'HS256',
      iss: ISSUER,
      aud: AUDIENCE,
      expiresIn: this.ttlSeconds * 1000,
    });
    this.verifier = createVerifier({
      key,
      algorithms: ['HS256'],
      allowedIss: ISSUER,
      allowedAud: AUDIENCE,
      requiredClaims: ['sub', 'sid', 'exp'],
      cache: 10_000,
    });
  }

  sign(claims: AccessClaims): { token: string; expiresAt: Date } {
    const token = this.signer({ sub: claims.sub, sid: claims.sid });
    return { token, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  verify(token: string): AccessClaims {
    try {
      const payload = this.verifier(token);
      if (typeof payload['sub'] === 'string' && typeof payload['sid'] === 'string') {
        return { sub: payload['sub'], sid: payload['sid'] };
      }
    } catch (error) {
      if (error instanceof TokenError && error.code === TokenError.codes.expired)
        throw invalidToken('auth.tokenExpired');
    }
    throw invalidToken('auth.tokenInvalid');
  }
}
