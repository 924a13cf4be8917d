import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import { WEBINAR_ROOM_ROLES, type WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import { createSigner, createVerifier } from 'fast-jwt';
import type { Redis } from 'ioredis';

export interface WebinarTicketClaims {
  userId: string;
  sessionId: string;
  role: WebinarRoomRole;
}

const ISSUER = 'bina-pustaka';
/** Not the api's audience: an access token is no ticket, and a ticket opens no api route. */
const AUDIENCE = 'bina-pustaka-webinar';
const TICKET_TTL_SECONDS = 60;

/**
 * Join tickets: HS256 tokens naming the user, the session and the role, valid for a minute
 * and good for one connection (the id is spent in Redis on first use), so a ticket that
 * leaked from a log or a shoulder is worth nothing. Keyed by the api secret with its own
 * audience.
 */
@Injectable()
export class WebinarTickets {
  private readonly signer: (payload: Record<string, unknown>) => string;
  private readonly verifier: (token: string) => Record<string, unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    const key = Buffer.from(config.auth.jwtSecret, 'utf8');
    this.signer = createSigner({
      key,
      algorithm: 'HS256',
      iss: ISSUER,
      aud: AUDIENCE,
      expiresIn: TICKET_TTL_SECONDS * 1000,
    });
    this.verifier = createVerifier({
      key,
      algorithms: ['HS256'],
      allowedIss: ISSUER,
      allowedAud: AUDIENCE,
      requiredClaims: ['sub', 'ses', 'role', 'jti', 'exp'],
    });
  }

  issue(claims: WebinarTicketClaims): { token: string; expiresAt: Date } {
    const token = this.signer({ sub: claims.userId, ses: claims.sessionId, role: claims.role, jti: randomUUID() });
    return { token, expiresAt: new Date(Date.now() + TICKET_TTL_SECONDS * 1000) };
  }

  /** The claims of a valid, unused ticket for this session, spending it; null for anything else. */
  async redeem(token: string, sessionId: string): Promise<WebinarTicketClaims | null> {
    let payload: Record<string, unknown>;
    try {
      payload = this.verifier(token);
    } catch {
      return null;
    }
    const { sub, ses, role, jti } = payload;
    if (typeof sub !== 'string' || typeof ses !== 'string' || typeof jti !== 'string') return null;
    if (!WEBINAR_ROOM_ROLES.includes(role as WebinarRoomRole) || ses !== sessionId) return null;
    const spent = await this.redis.set(
      `${this.config.redis.prefix}:webinar-ticket:${jti}`,
      '1',
      'EX',
      TICKET_TTL_SECONDS * 2,
      'NX',
    );
    if (spent !== 'OK') return null;
    return { userId: sub, sessionId: ses, role: role as WebinarRoomRole };
  }
}
