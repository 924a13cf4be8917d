import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, erasedEmail, PersonalDataRegistryService, type Principal } from '@bina-pustaka/api-platform';
import { ACCOUNT_DELETION_WORD } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { AccountEventsService } from '../services/account-events.service';
import { LoginThrottleService } from '../services/login-throttle.service';
import { PasswordsService } from '../services/passwords.service';
import type { ClientInfo } from '../services/sessions.service';
import { SessionsService } from '../services/sessions.service';
import { UsersService } from '../services/users.service';

/** The name a deleted account shows wherever it is still referred to (posts, lists, the log). */
export const DELETED_USER_NAME = 'Pengguna terhapus';

/**
 * A person deletes their own account (UU 27/2022). In one transaction every domain erases
 * what it holds, then the account row is anonymised and disabled for good (it stays: what
 * is kept, such as certificates and posts, still points at it), its sessions end and the
 * log records it. Open connections are closed once committed.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
    private readonly passwords: PasswordsService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly accountEvents: AccountEventsService,
    private readonly audit: AuditTrailService,
  ) {}

  async delete(principal: Principal, password: string, confirmation: string, client: ClientInfo): Promise<void> {
    if (confirmation.trim() !== ACCOUNT_DELETION_WORD) throw new AppError(422, 'account.confirmationMismatch');
    // The same budget as changing the password: a stolen access token must not guess it here either.
    await this.throttle.consumePasswordSetByIp(client.ip);
    await this.throttle.consumePasswordSetByAccount(principal.userId);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: principal.userId }, select: { id: true, passwordHash: true } });
    if (!(await this.passwords.verify(user.passwordHash, password))) throw new AppError(422, 'account.wrongPassword');

    await this.dataSource.transaction(async (manager) => {
      const locked = await manager
        .getRepository(UserEntity)
        .findOneOrFail({ where: { id: user.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.roles.includes('admin')) await this.users.assertAnotherAdmin(manager, user.id);
      await this.registry.erase(manager, user.id);
      const now = new Date();
      await manager.getRepository(UserEntity).update(user.id, {
        email: erasedEmail(user.id),
        fullName: DELETED_USER_NAME,
        nip: null,
        position: null,
        institutionId: null,
        passwordHash: '',
        lastLoginAt: null,
        status: 'disabled',
        disabledAt: now,
        deletedAt: now,
      });
      await this.sessions.endAllForUser(manager, user.id, 'account-deleted');
      // Recorded under the anonymous name: the log keeps who (the id) without keeping the person's name.
      const anonymous = { ...principal, user: { ...principal.user, fullName: DELETED_USER_NAME } };
      await this.audit.record(
        {
          action: 'user.deleted',
          actor: anonymous,
          subject: { type: 'user', id: user.id, label: DELETED_USER_NAME },
          details: {},
        },
        manager,
      );
    });
    await this.accountEvents.emit({ kind: 'disabled', userId: user.id });
  }
}
