import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppError, MailQueueService, type AppConfig } from '@bina-pustaka/api-platform';
import type { Locale } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { invitationWaitingMail, registrationExistingMail, registrationMail, WEB_LINKS } from './identity-mails';
import { createReplacingOpen, findInstitution, lockAddress, openInvitationFromSomeone } from './invitation-records';
import { LoginThrottleService } from './login-throttle.service';
import type { ClientInfo } from './sessions.service';

export interface RegistrationInput {
  email: string;
  fullName: string;
  institutionId?: string | null;
}

@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailQueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Self-registration (when the SELF_REGISTRATION setting allows it): an invitation to
   * oneself as a learner, so the address is proven before the account exists. It never
   * replaces an invitation someone made (its roles would be lost to anyone typing the
   * address): the address is reminded of that invitation instead. The answer is the same
   * either way, so nobody learns who was invited.
   */
  async register(input: RegistrationInput, locale: Locale, client: ClientInfo): Promise<void> {
    if (!this.config.auth.selfRegistration) throw new AppError(403, 'auth.selfRegistrationClosed');
    await this.throttle.consumeMail(input.email, client.ip);
    const existing = await this.dataSource.getRepository(UserEntity).findOneBy({ email: input.email });
    if (existing) {
      await this.mail.enqueue(
        registrationExistingMail({
          locale: existing.locale,
          to: existing.email,
          fullName: existing.fullName,
          link: WEB_LINKS.forgotPassword(this.config.http.publicUrl),
        }),
      );
      return;
    }
    const created = await this.dataSource.transaction(async (manager) => {
      await lockAddress(manager, input.email);
      const waiting = await openInvitationFromSomeone(manager, input.email);
      if (waiting) return { waiting };
      const institution = await findInstitution(manager, input.institutionId ?? null);
      return createReplacingOpen(
        manager,
        this.config.auth.invitationTtlHours,
        {
          email: input.email,
          fullName: input.fullName,
          roles: ['learner'],
          institutionId: institution?.id ?? null,
          invitedById: null,
        },
        'self-registrations',
      );
    });
    if ('waiting' in created) {
      const { invitation, inviterName } = created.waiting;
      await this.mail.enqueue(
        invitationWaitingMail({
          locale,
          to: invitation.email,
          fullName: invitation.fullName,
          roles: invitation.roles,
          inviterName,
          expiresAt: invitation.expiresAt,
        }),
      );
      return;
    }
    const { token, invitation } = created;
    await this.mail.enqueue(
      registrationMail({
        locale,
        to: invitation.email,
        fullName: invitation.fullName,
        link: WEB_LINKS.invitation(this.config.http.publicUrl, token),
        expiresAt: invitation.expiresAt,
      }),
    );
  }
}
