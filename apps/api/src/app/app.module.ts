import { Module, type DynamicModule } from '@nestjs/common';
import { ApiPlatformModule, type AppConfig } from '@bina-pustaka/api-platform';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { CertificatesModule, certificatesMigrations } from '@bina-pustaka/api-certificates';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import { AssessmentModule, assessmentMigrations } from '@bina-pustaka/api-assessment';
import { WebinarModule, webinarMigrations } from '@bina-pustaka/api-webinar';
import { AuditModule, auditMigrations } from '@bina-pustaka/api-audit';
import { ForumModule, forumMigrations } from '@bina-pustaka/api-forum';
import { FocusGroupModule, focusGroupMigrations } from '@bina-pustaka/api-focus-group';
import { SurveyModule, surveyMigrations } from '@bina-pustaka/api-survey';
import { EventAfterModule, EventModule, eventMigrations } from '@bina-pustaka/api-event';
import { ReportingModule, reportingMigrations } from '@bina-pustaka/api-reporting';

/** The api process: the platform plumbing plus one module per domain. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // The worker lists the same migrations (apps/worker WorkerModule): keep the two equal.
        ApiPlatformModule.forRoot(config, [
          ...identityMigrations,
          ...learningMigrations,
          ...notificationsMigrations,
          ...certificatesMigrations,
          ...assessmentMigrations,
          ...webinarMigrations,
          ...auditMigrations,
          ...forumMigrations,
          ...focusGroupMigrations,
          ...surveyMigrations,
          ...eventMigrations,
          ...reportingMigrations,
        ]),
        IdentityModule,
        LearningModule,
        NotificationsModule,
        CertificatesModule,
        AssessmentModule,
        WebinarModule,
        AuditModule,
        ForumModule,
        FocusGroupModule,
        SurveyModule,
        EventModule,
        EventAfterModule,
        ReportingModule,
      ],
    };
  }
}
