import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppError,
  isUniqueViolation,
  MailQueueService,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import {
  ROLES_COORDINATOR_MAY_GRANT,
  type InvitationPreview,
  type InvitationStatus,
  type InvitationSummary,
  type Locale,
  type Page,
  type Role,
} from '@bina-pustaka/shared-contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { InstitutionEntity } from '../entities/institution.entity';
import { InvitationEntity } from '../entities/invitation.entity';
import { UserEntity } from '../entities/user.entity';
import { invitationMail, WEB_LINKS } from './identity-mails';
import { createReplacingOpen, findInstitution, lockAddress } from './invitation-records';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordsService } from './passwords.service';
import { hashSecretToken } from './secret-token';
import { SessionsService, type ClientInfo, type IssuedSession } from './sessions.service';
import { institutionRef } from './user-views';

export interface InviteInput {
  email: string;
  fullName: string;
  roles: Role[];
  institutionId?: string | null;
}

export interface AcceptInput {
  token: string;
  fullName: string;
  password: string;
  nip?: string | null;
  position?: string | null;
}

function statusOf(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailQueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A coordinator or admin invites someone; a newer invitation replaces an open one. */
  async invite(inviter: Principal, input: InviteInput): Promise<InvitationSummary> {
    this.assertMayGrant(inviter, input.roles);
    const institutionId = input.institutionId ?? inviter.user.institution?.id ?? null;
    const { token, invitation } = await this.dataSource.transaction(async (manager) => {
      await lockAddress(manager, input.email);
      await this.assertNoAccount(manager, input.email);
      const institution = await findInstitution(manager, institutionId);
      const created = await createReplacingOpen(manager, this.config.auth.invitationTtlHours, {
        email: input.email,
        fullName: input.fullName,
        roles: input.roles,
        institutionId: institution?.id ?? null,
        invitedById: inviter.userId,
      });
      return { token: created.token, invitation: { ...created.invitation, institution } };
    });
    await this.mail.enqueue(
      invitationMail({
        locale: 'id',
        to: invitation.email,
        fullName: invitation.fullName,
        roles: invitation.roles,
        inviterName: inviter.user.fullName,
        link: WEB_LINKS.invitation(this.config.http.publicUrl, token),
        expiresAt: invitation.expiresAt,
      }),
    );
    return this.toSummary(invitation, invitation.institution, inviter.user.fullName);
  }

  /** Sends a fresh link (the old one stops working). */
  async resend(actor: Principal, invitationId: string): Promise<InvitationSummary> {
    const existing = await this.dataSource.getRepository(InvitationEntity).findOneBy({ id: invitationId });
    if (!existing) throw new AppError(404, 'invitations.notFound');
    if (existing.acceptedAt || existing.revokedAt) throw new AppError(409, 'invitations.notPending');
    return this.invite(actor, {
      email: existing.email,
      fullName: existing.fullName,
      roles: existing.roles,
      institutionId: existing.institutionId,
    });
  }

  async revoke(actor: Principal, invitationId: string): Promise<void> {
    const invitations = this.dataSource.getRepository(InvitationEntity);
    const existing = await invitations.findOneBy({ id: invitationId });
    if (!existing) throw new AppError(404, 'invitations.notFound');
    this.assertMayGrant(actor, existing.roles);
    const result = await invitations.update(
      { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!result.affected) throw new AppError(409, 'invitations.notPending');
  }

  async list(query: { status?: InvitationStatus; page: number; pageSize: number }): Promise<Page<InvitationSummary>> {
    const builder = this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('invitation')
      .leftJoinAndMapOne(
        'invitation.institution',
        InstitutionEntity,
        'institution',
        'institution.id = invitation.institutionId',
      )
      .leftJoinAndMapOne('invitation.invitedBy', UserEntity, 'inviter', 'inviter.id = invitation.invitedById')
      .orderBy('invitation.createdAt', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    switch (query.status) {
      case 'accepted':
        builder.where('invitation.acceptedAt IS NOT NULL');
        break;
      case 'revoked':
        builder.where('invitation.revokedAt IS NOT NULL');
        break;
      case 'expired':
        builder.where(
          'invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL AND invitation.expiresAt <= now()',
        );
        break;
      case 'pending':
        builder.where(
          'invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL AND invitation.expiresAt > now()',
        );
        break;
    }
    const [rows, total] = await builder.getManyAndCount();
    type Joined = InvitationEntity & { institution?: InstitutionEntity; invitedBy?: UserEntity };
    return {
      items: (rows as Joined[]).map((row) =>
        this.toSummary(row, row.institution ?? null, row.invitedBy?.fullName ?? null),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** What the acceptance page shows before the person sets a password. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.dataSource
      .getRepository(InvitationEntity)
      .findOneBy({ tokenHash: hashSecretToken(token) });
    this.assertOpen(invitation);
    const [institution, inviter] = await Promise.all([
      invitation.institutionId
        ? this.dataSource.getRepository(InstitutionEntity).findOneBy({ id: invitation.institutionId })
        : null,
      invitation.invitedById
        ? this.dataSource.getRepository(UserEntity).findOneBy({ id: invitation.invitedById })
        : null,
    ]);
    return {
      email: invitation.email,
      fullName: invitation.fullName,
      roles: invitation.roles,
      institution: institutionRef(institution),
      invitedBy: inviter?.fullName ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * Creates the account and signs the new user in, all or nothing. The invitation is checked
   * before the (deliberately slow) password hash, so guessing links costs only a lookup.
   */
  async accept(input: AcceptInput, locale: Locale, client: ClientInfo): Promise<IssuedSession> {
    await this.throttle.consumePasswordSetByIp(client.ip);
    const tokenHash = hashSecretToken(input.token);
    const found = await this.dataSource.getRepository(InvitationEntity).findOneBy({ tokenHash });
    this.assertOpen(found);
    await this.throttle.consumePasswordSetByAccount(found.email);
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Again under a lock: two acceptances racing create one account.
        const invitation = await manager.getRepository(InvitationEntity).findOne({
          where: { tokenHash },
          lock: { mode: 'pessimistic_write' },
        });
        this.assertOpen(invitation);
        await this.assertNoAccount(manager, invitation.email);
        const users = manager.getRepository(UserEntity);
        const { id } = await users.save(
          users.create({
            email: invitation.email,
            fullName: input.fullName,
            nip: input.nip ?? null,
            position: input.position ?? null,
            institutionId: invitation.institutionId,
            roles: invitation.roles,
            status: 'active',
            locale,
            passwordHash,
          }),
        );
        await manager
          .getRepository(InvitationEntity)
          .update(invitation.id, { acceptedAt: new Date(), acceptedUserId: id });
        const user = await users.findOneOrFail({ where: { id }, relations: { institution: true } });
        return this.sessions.start(manager, user, client);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_nip')) throw new AppError(409, 'users.nipTaken');
      throw error;
    }
  }

  private assertMayGrant(actor: Principal, roles: readonly Role[]): void {
    if (actor.roles.includes('admin')) return;
    if (!roles.every((role) => ROLES_COORDINATOR_MAY_GRANT.includes(role))) {
      throw new AppError(403, 'invitations.roleNotAllowed');
    }
  }

  private assertOpen(invitation: InvitationEntity | null): asserts invitation is InvitationEntity {
    if (!invitation || invitation.revokedAt) throw new AppError(404, 'invitations.invalid');
    if (invitation.acceptedAt) throw new AppError(409, 'invitations.alreadyAccepted');
    if (invitation.expiresAt <= new Date()) throw new AppError(410, 'invitations.expired');
  }

  private async assertNoAccount(manager: EntityManager, email: string): Promise<void> {
    if (await manager.getRepository(UserEntity).existsBy({ email })) {
      throw new AppError(409, 'invitations.userExists', { email });
    }
  }

  private toSummary(
    invitation: InvitationEntity,
    institution: InstitutionEntity | null,
    invitedBy: string | null,
  ): InvitationSummary {
    return {
      id: invitation.id,
      email: invitation.email,
      fullName: invitation.fullName,
      roles: invitation.roles,
      institution: institutionRef(institution),
      invitedBy,
      status: statusOf(invitation),
      createdAt: invitation.createdAt.toISOString(),
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }
}
