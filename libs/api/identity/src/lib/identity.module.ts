import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { MailModule, PrincipalSource } from '@bina-pustaka/api-platform';
import './identity.messages';
import { AuthController } from './controllers/auth.controller';
import { InstitutionsController } from './controllers/institutions.controller';
import { InvitationsController } from './controllers/invitations.controller';
import { MeController } from './controllers/me.controller';
import { SettingsController } from './controllers/settings.controller';
import { TrainersController } from './controllers/trainers.controller';
import { UsersController } from './controllers/users.controller';
import { IdentityDemoSeederService } from './demo/identity-demo-seeder.service';
import { AuthSessionEntity } from './entities/auth-session.entity';
import { InstitutionEntity } from './entities/institution.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PasswordResetTokenEntity } from './entities/password-reset-token.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { CreateIdentity1764060000000 } from './migrations/1764060000000-create-identity';
import { ModeratorRole1765000000001 } from './migrations/1765000000001-moderator-role';
import { AccountDeletion1765210000000 } from './migrations/1765210000000-account-deletion';
import { PartnerOrganisations1765400000200 } from './migrations/1765400000200-partner-organisations';
import { AccountDeletionService } from './privacy/account-deletion.service';
import { IdentityPersonalDataService } from './privacy/identity-personal-data.service';
import { PersonalDataExportService } from './privacy/personal-data-export.service';
import { IdentityRetentionService } from './privacy/identity-retention.service';
import { AccountEventsService } from './services/account-events.service';
import { AuthService } from './services/auth.service';
import { InstitutionsService } from './services/institutions.service';
import { InvitationsService } from './services/invitations.service';
import { LoginThrottleService } from './services/login-throttle.service';
import { PasswordsService } from './services/passwords.service';
import { RegistrationService } from './services/registration.service';
import { SessionPrincipalSource } from './services/session-principal.source';
import { SessionsService } from './services/sessions.service';
import { RecordPeopleService } from './services/record-people.service';
import { UserDirectoryService } from './services/user-directory.service';
import { UsersService } from './services/users.service';

export const identityMigrations = [
  CreateIdentity1764060000000,
  ModeratorRole1765000000001,
  AccountDeletion1765210000000,
  PartnerOrganisations1765400000200,
];

/**
 * Users, institutions, sign-in, sessions and invitations. Global because it provides the
 * PrincipalSource every domain's routes are guarded with, and the AccountEventsService
 * domains that hold connections open listen to.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      InstitutionEntity,
      UserEntity,
      AuthSessionEntity,
      RefreshTokenEntity,
      InvitationEntity,
      PasswordResetTokenEntity,
    ]),
    MailModule,
    AuditModule,
  ],
  controllers: [
    AuthController,
    MeController,
    UsersController,
    InvitationsController,
    InstitutionsController,
    SettingsController,
    TrainersController,
  ],
  providers: [
    AccountEventsService,
    PasswordsService,
    LoginThrottleService,
    SessionsService,
    AuthService,
    InvitationsService,
    RegistrationService,
    UsersService,
    InstitutionsService,
    IdentityDemoSeederService,
    UserDirectoryService,
    RecordPeopleService,
    IdentityPersonalDataService,
    PersonalDataExportService,
    AccountDeletionService,
    { provide: PrincipalSource, useClass: SessionPrincipalSource },
  ],
  exports: [PrincipalSource, UserDirectoryService, IdentityDemoSeederService, AccountEventsService],
})
export class IdentityModule {}

/** The worker's part: the rules that purge ended sessions and unused links (RetentionWorkerModule). */
@Module({ providers: [IdentityRetentionService] })
export class IdentityRetentionModule {}
