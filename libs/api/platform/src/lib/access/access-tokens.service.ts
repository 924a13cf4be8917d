import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sign, TokenExpiredError, verify } from 'jsonwebtoken';
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

/** Short-lived HS256 access tokens; the algorithm, issuer and audience are fixed. */
@Injectable()
export class AccessTokens {
  /**
   * A key object made once: given a string, jsonwebtoken tries to parse it as a PEM
   * public key on every call, which cost a fifth of the api's CPU in the read benchmark.
   */
  private readonly key: KeyObject;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
    this.ttlSeconds = config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessClaims): { token: string; expiresAt: Date } {
    const token = sign({ sid: claims.sid }, this.key, {
      subject: claims.sub,
      expiresIn: this.ttlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
    return { token, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  verify(token: string): AccessClaims {
    try {
      const payload = verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      if (typeof payload === 'object' && typeof payload.sub === 'string' && typeof payload['sid'] === 'string') {
        return { sub: payload.sub, sid: payload['sid'] };
      }
    } catch (error) {
      if (error instanceof TokenExpiredError) throw invalidToken('auth.tokenExpired');
    }
    throw invalidToken('auth.tokenInvalid');
  }
}
