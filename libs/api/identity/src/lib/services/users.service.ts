import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, isUniqueViolation, type Principal, containsPattern } from '@bina-pustaka/api-platform';
import type { CurrentUser, Locale, Page, Role, UserStatus, UserSummary } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { AccountEventsService } from './account-events.service';
import type { ClientInfo } from './sessions.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordsService } from './passwords.service';
import { SessionsService } from './sessions.service';
import { toCurrentUser, toUserSummary } from './user-views';

export interface UserListQuery {
  q?: string;
  role?: Role;
  status?: UserStatus;
  page: number;
  pageSize: number;
}

export interface ProfileChanges {
  fullName?: string;
  nip?: string | null;
  position?: string | null;
  locale?: Locale;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly accountEvents: AccountEventsService,
    private readonly audit: AuditTrailService,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserSummary>> {
    const builder = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.institution', 'institution')
      // limit/offset (not take/skip): the only join is many-to-one, so rows never multiply.
      .orderBy('lower("user"."full_name")', 'ASC')
      .addOrderBy('"user"."id"', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    if (query.q) {
      const pattern = containsPattern(query.q);
      builder.andWhere('(user.fullName ILIKE :pattern OR user.email ILIKE :pattern OR user.nip ILIKE :pattern)', {
        pattern,
      });
    }
    if (query.role) builder.andWhere(':role = ANY(user.roles)', { role: query.role });
    if (query.status) builder.andWhere('user.status = :status', { status: query.status });
    const [users, total] = await builder.getManyAndCount();
    return { items: users.map(toUserSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<UserSummary> {
    return toUserSummary(await this.findOrFail(this.dataSource.manager, id));
  }

  async updateProfile(principal: Principal, changes: ProfileChanges): Promise<CurrentUser> {
    try {
      await this.dataSource.getRepository(UserEntity).update(principal.userId, changes);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_nip')) throw new AppError(409, 'users.nipTaken');
      throw error;
    }
    return toCurrentUser(await this.findOrFail(this.dataSource.manager, principal.userId));
  }

  /**
   * Changing one's password signs out every other device. Limited per account and address:
   * a stolen access token must not become a way to guess the current password.
   */
  async changePassword(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<void> {
    await this.throttle.consumePasswordSetByIp(client.ip);
    await this.throttle.consumePasswordSetByAccount(principal.userId);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: principal.userId }, select: { id: true, passwordHash: true } });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new AppError(400, 'auth.wrongCurrentPassword');
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(user.id, { passwordHash });
      await this.sessions.endAllForUser(manager, user.id, 'password-changed', principal.sessionId);
    });
    await this.accountEvents.emit({ kind: 'passwordChanged', userId: user.id });
  }

  async setRoles(actor: Principal, id: string, roles: Role[]): Promise<UserSummary> {
    const summary = await this.dataSource.transaction(async (manager) => {
      const user = await this.findOrFail(manager, id, true);
      if (user.roles.includes('admin') && !roles.includes('admin')) await this.assertAnotherAdmin(manager, id);
      await manager.getRepository(UserEntity).update(id, { roles });
      await this.audit.record(
        {
          action: 'user.role.changed',
          actor,
          subject: { type: 'user', id, label: user.fullName },
          details: { before: user.roles, after: roles },
        },
        manager,
      );
      return toUserSummary(await this.findOrFail(manager, id));
    });
    await this.accountEvents.emit({ kind: 'rolesChanged', userId: id });
    return summary;
  }

  /**
   * Disabling ends every session at once: the next request of that user is refused, and
   * what they hold open (a webinar socket) is ended by its domain.
   */
  async setStatus(actor: Principal, id: string, status: UserStatus): Promise<UserSummary> {
    if (status === 'disabled' && id === actor.userId) throw new AppError(409, 'users.cannotDisableSelf');
    const summary = await this.dataSource.transaction(async (manager) => {
      const user = await this.findOrFail(manager, id, true);
      // A deleted account is anonymised for good; enabling it would bring back an empty shell.
      if (user.deletedAt) throw new AppError(409, 'users.deleted');
      if (status === 'disabled' && user.roles.includes('admin')) await this.assertAnotherAdmin(manager, id);
      await manager
        .getRepository(UserEntity)
        .update(id, { status, disabledAt: status === 'disabled' ? new Date() : null });
      await this.audit.record(
        {
          action: status === 'disabled' ? 'user.disabled' : 'user.enabled',
          actor,
          subject: { type: 'user', id, label: user.fullName },
          details: {},
        },
        manager,
      );
      if (status === 'disabled') await this.sessions.endAllForUser(manager, id, 'user-disabled');
      return toUserSummary(await this.findOrFail(manager, id));
    });
    if (status === 'disabled') await this.accountEvents.emit({ kind: 'disabled', userId: id });
    return summary;
  }

  private async findOrFail(manager: EntityManager, id: string, lock = false): Promise<UserEntity> {
    const user = lock
      ? await manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : await manager.getRepository(UserEntity).findOne({ where: { id }, relations: { institution: true } });
    if (!user) throw new AppError(404, 'users.notFound');
    return user;
  }

  /**
   * Serialised by locking the admins' rows, so two admins cannot demote each other at once.
   * Also asked before an admin deletes their own account.
   */
  async assertAnotherAdmin(manager: EntityManager, exceptId: string): Promise<void> {
    const admins: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE 'admin' = ANY(roles) AND status = 'active' AND id <> $1 FOR UPDATE`,
      [exceptId],
    );
    if (admins.length === 0) throw new AppError(409, 'users.lastAdmin');
  }
}
