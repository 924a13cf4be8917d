import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppError, MailQueueService, type AppConfig } from '@bina-pustaka/api-platform';
import { DataSource, IsNull } from 'typeorm';
import { PasswordResetTokenEntity } from '../entities/password-reset-token.entity';
import { UserEntity } from '../entities/user.entity';
import { AccountEventsService } from './account-events.service';
import { passwordResetMail, WEB_LINKS } from './identity-mails';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordsService } from './passwords.service';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionsService, type ClientInfo, type IssuedSession } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly mail: MailQueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accountEvents: AccountEventsService,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    await this.throttle.reserveSignIn(email, client.ip);
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { email },
      relations: { institution: true },
      select: {
        passwordHash: true,
        id: true,
        email: true,
        fullName: true,
        nip: true,
        position: true,
        roles: true,
        status: true,
        locale: true,
        institutionId: true,
        institution: { id: true, name: true },
      },
    });
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    // A failure keeps its reserved attempt; the right password gives it back.
    if (!user || !valid) throw new AppError(401, 'auth.invalidCredentials');
    await this.throttle.refundSignIn(email, client.ip);
    if (user.status !== 'active') throw new AppError(403, 'auth.accountDisabled');
    return this.dataSource.transaction((manager) => this.sessions.start(manager, user, client));
  }

  /** Always answers the same way, so nobody learns which emails have accounts. */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    await this.throttle.consumeMail(email, client.ip);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email, status: 'active' });
    if (!user) return;
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.auth.passwordResetTtlMinutes * 60_000);
    await this.dataSource.transaction(async (manager) => {
      const resets = manager.getRepository(PasswordResetTokenEntity);
      // Only the newest link works.
      await resets.update({ userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await resets.insert({ userId: user.id, tokenHash: hash, expiresAt });
    });
    await this.mail.enqueue(
      passwordResetMail({
        locale: user.locale,
        to: user.email,
        fullName: user.fullName,
        link: WEB_LINKS.passwordReset(this.config.http.publicUrl, token),
        expiresAt,
      }),
    );
  }

  /**
   * Sets the new password and signs the user out everywhere. The link is checked before the
   * (deliberately slow) hash, so guessing links costs the server nothing but a lookup.
   */
  async resetPassword(token: string, password: string, client: ClientInfo): Promise<void> {
    await this.throttle.consumePasswordSetByIp(client.ip);
    const tokenHash = hashSecretToken(token);
    const found = await this.dataSource.getRepository(PasswordResetTokenEntity).findOneBy({ tokenHash });
    assertUsable(found);
    await this.throttle.consumePasswordSetByAccount(found.userId);
    const passwordHash = await this.passwords.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      // Again under a lock: two uses of one link racing set the password once.
      const reset = await manager.getRepository(PasswordResetTokenEntity).findOne({
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      assertUsable(reset);
      const user = await manager.getRepository(UserEntity).findOneBy({ id: reset.userId, status: 'active' });
      if (!user) throw new AppError(400, 'auth.resetInvalid');
      await manager.getRepository(PasswordResetTokenEntity).update(reset.id, { usedAt: new Date() });
      await manager.getRepository(UserEntity).update(user.id, { passwordHash });
      await this.sessions.endAllForUser(manager, user.id, 'password-reset');
      return user.id;
    });
    await this.accountEvents.emit({ kind: 'passwordChanged', userId });
  }
}

function assertUsable(reset: PasswordResetTokenEntity | null): asserts reset is PasswordResetTokenEntity {
  if (!reset || reset.usedAt) throw new AppError(400, 'auth.resetInvalid');
  if (reset.expiresAt <= new Date()) throw new AppError(400, 'auth.resetExpired');
}
