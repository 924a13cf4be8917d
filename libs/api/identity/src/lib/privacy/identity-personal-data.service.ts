import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The account itself: profile, sign-in sessions (when, from which address and browser) and
 * the invitations that brought the person in. Erasing forgets the sessions' addresses and
 * browsers, the reset links and the invitations sent to the person's address; the account
 * row itself is anonymised by AccountDeletionService after every domain has erased.
 */
@Injectable()
export class IdentityPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'account';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const [[profile], sessions, invitations] = await Promise.all([
      this.dataSource.query(
        `SELECT u.email, u.full_name AS "fullName", u.nip, u.position, i.name AS "institution", u.roles,
                u.status, u.locale, u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt"
         FROM users u LEFT JOIN institutions i ON i.id = u.institution_id WHERE u.id = $1`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt",
                revoked_at AS "revokedAt", revoked_reason AS "revokedReason", ip, user_agent AS "userAgent"
         FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT v.email, v.full_name AS "fullName", v.roles, v.created_at AS "createdAt",
                v.accepted_at AS "acceptedAt", v.expires_at AS "expiresAt"
         FROM invitations v WHERE v.accepted_user_id = $1
            OR v.email = (SELECT email FROM users WHERE id = $1) ORDER BY v.created_at`,
        [userId],
      ),
    ]);
    return { profile, sessions, invitations };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE auth_sessions SET ip = NULL, user_agent = NULL WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM password_reset_tokens WHERE user_id = $1`, [userId]);
    await manager.query(
      `DELETE FROM invitations WHERE accepted_user_id = $1 OR email = (SELECT email FROM users WHERE id = $1)`,
      [userId],
    );
  }
}
