import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RetentionRegistryService, type RetentionRule } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';

/**
 * Days an ended session, reset link or invitation is kept after it stopped working: long
 * enough for a person to look at their recent sign-ins and for an admin to resend an
 * expired invitation, then only an address and a browser of no use to anyone.
 */
export const ENDED_KEPT_DAYS = 30;

async function deleted(manager: EntityManager, sql: string, before: Date): Promise<number> {
  const [, removed]: [unknown, number] = await manager.query(sql, [before]);
  return removed;
}

/**
 * Identity's dated leftovers: sign-in sessions that expired or were ended (with their
 * refresh tokens, by cascade), password-reset links past their expiry, and invitations
 * never accepted (a name and an address of someone who did not join). Accepted invitations
 * stay: they tell how an account came in, and go with the account.
 */
@Injectable()
export class IdentityRetentionService implements OnModuleInit {
  private readonly rules: RetentionRule[] = [
    {
      name: 'ended sign-in sessions',
      keepDays: ENDED_KEPT_DAYS,
      purge: (manager, before) =>
        deleted(manager, `DELETE FROM auth_sessions WHERE expires_at < $1 OR revoked_at < $1`, before),
    },
    {
      name: 'expired password reset links',
      keepDays: ENDED_KEPT_DAYS,
      purge: (manager, before) => deleted(manager, `DELETE FROM password_reset_tokens WHERE expires_at < $1`, before),
    },
    {
      name: 'unaccepted invitations',
      keepDays: ENDED_KEPT_DAYS,
      purge: (manager, before) =>
        deleted(
          manager,
          `DELETE FROM invitations WHERE accepted_at IS NULL AND (expires_at < $1 OR revoked_at < $1)`,
          before,
        ),
    },
  ];

  constructor(private readonly registry: RetentionRegistryService) {}

  onModuleInit(): void {
    for (const rule of this.rules) this.registry.register(rule);
  }
}
