import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessTokensService, APP_CONFIG, AppError, type AppConfig } from '@bina-pustaka/api-platform';
import type { SignedIn } from '@bina-pustaka/shared-contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuthSessionEntity } from '../entities/auth-session.entity';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { UserEntity } from '../entities/user.entity';
import { AccountEventsService } from './account-events.service';
import { deriveSecretToken, hashSecretToken, newSecretToken } from './secret-token';
import { toCurrentUser } from './user-views';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** What a successful sign-in or refresh hands to the controller: a body and a cookie. */
export interface IssuedSession {
  signedIn: SignedIn;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/**
 * Two tabs may refresh with the same cookie at the same moment. A token reused within
 * this window after its first use is treated as that race, not as theft: it gets the very
 * successor its first use got, so even a copy replayed in the window never starts a chain
 * of its own.
 */
const CONCURRENT_REFRESH_GRACE_MS = 10_000;

@Injectable()
export class SessionsService {
  /** Derives each refresh token's successor (its own key, so it never passes for another secret). */
  private readonly successorKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accountEvents: AccountEventsService,
  ) {
    this.successorKey = Buffer.from(
      hkdfSync('sha256', config.auth.jwtSecret, 'bina-pustaka', 'refresh-token-successors', 32),
    );
  }

  /** A new session (refresh-token family) for a user who just proved who they are. */
  async start(manager: EntityManager, user: UserEntity, client: ClientInfo): Promise<IssuedSession> {
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    const session = await manager.getRepository(AuthSessionEntity).save({
      userId: user.id,
      expiresAt,
      lastUsedAt: new Date(),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip,
    });
    await manager.getRepository(UserEntity).update(user.id, { lastLoginAt: new Date() });
    return this.issue(manager, user, session, newSecretToken());
  }

  /** Trades a refresh token for a new access token and the next refresh token. */
  async rotate(refreshToken: string): Promise<IssuedSession> {
    // Whose session a reused token ended (set in the transaction, told after the commit).
    let endedFor = null as string | null;
    // The revocation of a reused token must be committed, so the refusal is thrown after.
    const issued = await this.dataSource.transaction(async (manager): Promise<IssuedSession | null> => {
      const stored = await manager.getRepository(RefreshTokenEntity).findOne({
        where: { tokenHash: hashSecretToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored) return null;
      const session = await manager.getRepository(AuthSessionEntity).findOne({
        where: { id: stored.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
      const successor = deriveSecretToken(this.successorKey, stored.id, refreshToken);
      if (stored.usedAt && !(await this.mayReuse(manager, stored, successor.hash))) {
        // A used token came back: someone holds a copy. End the whole family.
        await this.revoke(manager, { id: session.id }, 'refresh-token-reuse');
        endedFor = session.userId;
        return null;
      }
      const user = await manager.getRepository(UserEntity).findOne({
        where: { id: session.userId, status: 'active' },
        relations: { institution: true },
      });
      if (!user) return null;
      await manager.getRepository(AuthSessionEntity).update(session.id, { lastUsedAt: new Date() });
      if (stored.usedAt) return this.issue(manager, user, session, successor, 'existing');
      await manager.getRepository(RefreshTokenEntity).update(stored.id, { usedAt: new Date() });
      return this.issue(manager, user, session, successor);
    });
    if (endedFor) await this.accountEvents.emit({ kind: 'signedOut', userId: endedFor });
    if (!issued) throw new AppError(401, 'auth.refreshInvalid');
    return issued;
  }

  /** Logout: ends the session the refresh token belongs to. */
  async endByRefreshToken(refreshToken: string): Promise<void> {
    const stored = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: hashSecretToken(refreshToken) });
    if (!stored) return;
    await this.revoke(this.dataSource.manager, { id: stored.sessionId }, 'logout');
    const session = await this.dataSource.getRepository(AuthSessionEntity).findOneBy({ id: stored.sessionId });
    if (session) await this.accountEvents.emit({ kind: 'signedOut', userId: session.userId });
  }

  /** Ends every session of a user (disabled, password reset), optionally keeping one. */
  async endAllForUser(manager: EntityManager, userId: string, reason: string, keepSessionId?: string): Promise<void> {
    const sessions = await manager.getRepository(AuthSessionEntity).find({
      select: { id: true },
      where: { userId, revokedAt: IsNull() },
    });
    for (const { id } of sessions) {
      if (id !== keepSessionId) await this.revoke(manager, { id }, reason);
    }
  }

  /** Within the grace window, and only while its successor is still unused (the race, not a replay). */
  private async mayReuse(manager: EntityManager, stored: RefreshTokenEntity, successorHash: Buffer): Promise<boolean> {
    if (!stored.usedAt || Date.now() - stored.usedAt.getTime() > CONCURRENT_REFRESH_GRACE_MS) return false;
    const successor = await manager
      .getRepository(RefreshTokenEntity)
      .findOneBy({ sessionId: stored.sessionId, tokenHash: successorHash });
    return successor !== null && successor.usedAt === null;
  }

  private async revoke(manager: EntityManager, where: { id: string }, reason: string): Promise<void> {
    await manager
      .getRepository(AuthSessionEntity)
      .update({ ...where, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** An access token, and the refresh token given (stored now unless it already is). */
  private async issue(
    manager: EntityManager,
    user: UserEntity,
    session: AuthSessionEntity,
    { token, hash }: { token: string; hash: Buffer },
    stored: 'new' | 'existing' = 'new',
  ): Promise<IssuedSession> {
    if (stored === 'new')
      await manager.getRepository(RefreshTokenEntity).insert({ sessionId: session.id, tokenHash: hash });
    const access = this.accessTokens.sign({ sub: user.id, sid: session.id });
    return {
      signedIn: {
        accessToken: access.token,
        accessTokenExpiresAt: access.expiresAt.toISOString(),
        user: toCurrentUser(user),
      },
      refreshToken: token,
      refreshExpiresAt: session.expiresAt,
    };
  }
}
