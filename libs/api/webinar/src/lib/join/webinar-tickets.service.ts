import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, APP_CONFIG, REDIS, type AppConfig, type Principal } from '@bina-pustaka/api-platform';
import { WEBINAR_EARLY_JOIN_MINUTES, type Locale, type WebinarRoomRole } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { createSigner, createVerifier } from 'fast-jwt';
import type { Redis } from 'ioredis';
import type { WebinarSessionEntity } from '../entities/webinar-session.entity';
import { WebinarSessionsService } from '../sessions/webinar-sessions.service';

export interface WebinarTicketClaims {
  userId: string;
  sessionId: string;
  /** The sign-in session (refresh family) the ticket was asked with: the socket ends with it. */
  authSessionId: string;
}

/** A ticket and what was checked to issue it: the session and the person's role in its room. */
export interface IssuedTicket {
  session: WebinarSessionEntity;
  role: WebinarRoomRole;
  token: string;
  expiresAt: Date;
}

const ISSUER = 'bina-pustaka';
/** Not the api's audience: an access token is no ticket, and a ticket opens no api route. */
const AUDIENCE = 'bina-pustaka-webinar';
const TICKET_TTL_SECONDS = 60;

/**
 * The door to a room. Join tickets go to the session's audience and staff only: HS256
 * tokens naming the user, the session and the sign-in session, valid for a minute and
 * good for one connection (the id is spent in Redis on first use), so a ticket that leaked
 * from a log or a shoulder is worth nothing. Keyed by the api secret with its own
 * audience. The role is not in it: the door looks it up again. Each carries the person's
 * ticket generation: a password change moves it on, so tickets asked for before it are
 * refused even on the device that changed it.
 */
@Injectable()
export class WebinarTicketsService {
  private readonly signer: (payload: Record<string, unknown>) => string;
  private readonly verifier: (token: string) => Record<string, unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly sessions: WebinarSessionsService,
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
      requiredClaims: ['sub', 'ses', 'sid', 'gen', 'jti', 'exp'],
    });
  }

  /**
   * A ticket for this person to this session's room, once they are checked: 404 unknown,
   * 403 not in the audience or removed, 409 over, 403 too early for attendees.
   */
  async issue(actor: Principal, sessionId: string, locale: Locale): Promise<IssuedTicket> {
    const session = await this.sessions.find(sessionId);
    if (!session) throw new AppError(404, 'webinar.notFound');
    const role = await this.sessions.roleOf(actor, session);
    if (!role) throw new AppError(403, 'webinar.notInAudience');
    if (await this.sessions.isBanned(sessionId, actor.userId)) throw new AppError(403, 'webinar.removed');
    if (session.status === 'ended' || session.status === 'cancelled') {
      throw new AppError(409, session.status === 'ended' ? 'webinar.alreadyEnded' : 'webinar.cancelled');
    }
    const opensAt = new Date(session.startsAt.getTime() - WEBINAR_EARLY_JOIN_MINUTES * 60_000);
    if (role === 'attendee' && session.status === 'scheduled' && Date.now() < opensAt.getTime()) {
      throw new AppError(403, 'webinar.tooEarly', { time: formatDateTime(opensAt, locale, session.timeZone) });
    }
    const token = this.signer({
      sub: actor.userId,
      ses: sessionId,
      sid: actor.sessionId,
      gen: await this.generation(actor.userId),
      jti: randomUUID(),
    });
    return { session, role, token, expiresAt: new Date(Date.now() + TICKET_TTL_SECONDS * 1000) };
  }

  /** The claims of a valid, unused ticket for this session, spending it; null for anything else. */
  async redeem(token: string, sessionId: string): Promise<WebinarTicketClaims | null> {
    let payload: Record<string, unknown>;
    try {
      payload = this.verifier(token);
    } catch {
      return null;
    }
    const { sub, ses, sid, gen, jti } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof jti !== 'string' || ses !== sessionId) return null;
    if (typeof gen !== 'number' || gen < (await this.generation(sub))) return null;
    const spent = await this.redis.set(
      `${this.config.redis.prefix}:webinar-ticket:${jti}`,
      '1',
      'EX',
      TICKET_TTL_SECONDS * 2,
      'NX',
    );
    if (spent !== 'OK') return null;
    return { userId: sub, sessionId, authSessionId: sid };
  }

  /**
   * Refuses every ticket of this person not used yet (a password change). The generation
   * lives twice a ticket's life: when it lapses, every ticket from before it has expired.
   */
  async refuseOutstanding(userId: string): Promise<void> {
    await this.redis
      .multi()
      .incr(this.generationKey(userId))
      .expire(this.generationKey(userId), TICKET_TTL_SECONDS * 2)
      .exec();
  }

  private async generation(userId: string): Promise<number> {
    return Number((await this.redis.get(this.generationKey(userId))) ?? 0);
  }

  private generationKey(userId: string): string {
    return `${this.config.redis.prefix}:webinar-ticket-generation:${userId}`;
  }
}
