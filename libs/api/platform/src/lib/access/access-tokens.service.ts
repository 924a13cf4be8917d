import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppError } from '../http/app-error';

export interface AccessClaims {
  /** user id */
  sub: string;
  /** session (refresh-token family) id */
  sid: string;
}

const ISSUER = 'bina-pustaka';

const invalidToken = (code: string) =>
  new AppError(401, code, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
const AUDIENCE = 'bina-pustaka-api';

/** Short-lived HS256 access tokens; the algorithm, issuer and audience are fixed. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(claims: AccessClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const token = this.jwt.sign(
      { sid: claims.sid },
      {
        subject: claims.sub,
        expiresIn: ttl,
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithm: 'HS256',
        secret: this.config.auth.jwtSecret,
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  verify(token: string): AccessClaims {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown }>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        secret: this.config.auth.jwtSecret,
      });
      if (typeof payload.sub === 'string' && typeof payload.sid === 'string') {
        return { sub: payload.sub, sid: payload.sid };
      }
    } catch (error) {
      if (error instanceof TokenExpiredError) throw invalidToken('auth.tokenExpired');
    }
    throw invalidToken('auth.tokenInvalid');
  }
}
