import { join } from 'node:path';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import {
  MailWorkerModule,
  QUEUES,
  RetentionWorkerModule,
  WorkerPlatformModule,
  type AppConfig,
  type QueueName,
} from '@bina-pustaka/api-platform';
import { IdentityRetentionModule, identityMigrations } from '@bina-pustaka/api-identity';
import { learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsRetentionModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import { CertificatesWorkerModule, certificatesMigrations } from '@bina-pustaka/api-certificates';
import { AssessmentWorkerModule, assessmentMigrations } from '@bina-pustaka/api-assessment';
import { WebinarWorkerModule, webinarMigrations } from '@bina-pustaka/api-webinar';
import { AuditRetentionModule, auditMigrations } from '@bina-pustaka/api-audit';
import { ForumDigestWorkerModule, forumMigrations } from '@bina-pustaka/api-forum';
import { FocusGroupForumModule, focusGroupMigrations } from '@bina-pustaka/api-focus-group';
import { SurveyCompletionModule, SurveyReminderWorkerModule, surveyMigrations } from '@bina-pustaka/api-survey';
import { EventRetentionModule, eventMigrations } from '@bina-pustaka/api-event';
import { ReportingWorkerModule, reportingMigrations } from '@bina-pustaka/api-reporting';

/** The domains whose dated records the nightly retention job purges (UU 27/2022). */
export const RETENTION_RULES = [
  AuditRetentionModule,
  NotificationsRetentionModule,
  IdentityRetentionModule,
  EventRetentionModule,
];

/**
 * Completion conditions of domains without a queue of their own: a processor that completes
 * courses (a quiz submitted at its deadline) must weigh every rule the api weighs.
 */
const COMPLETION_CONDITIONS = [SurveyCompletionModule];

/** The processors of each queue. */
const PROCESSORS: Record<QueueName, Type | DynamicModule> = {
  [QUEUES.mail]: MailWorkerModule,
  // webpack.config.js bundles the lib's render-thread entry point as this file beside main.js.
  [QUEUES.certificates]: CertificatesWorkerModule.register({
    renderThread: { filename: join(__dirname, 'certificate-render-thread.js') },
  }),
  [QUEUES.assessment]: AssessmentWorkerModule,
  [QUEUES.webinars]: WebinarWorkerModule,
  // The digest re-checks who may read each forum, a focus group's private one included.
  [QUEUES.forum]: ForumDigestWorkerModule.withSpaces([FocusGroupForumModule]),
  // The daily reminders of unanswered course and webinar evaluations.
  [QUEUES.surveys]: SurveyReminderWorkerModule,
  // Portal visits copied from Redis into PostgreSQL every 15 minutes and at 00.05 WIB.
  [QUEUES.reporting]: ReportingWorkerModule,
  [QUEUES.retention]: RetentionWorkerModule.withRules(RETENTION_RULES),
};

/**
 * Every domain's migrations, as the api's AppModule lists them (keep the two lists equal):
 * the worker may start first on a fresh or upgraded database and then migrates itself.
 */
export const MIGRATIONS = [
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
];

/**
 * The worker process: BullMQ processors, no HTTP. By default it serves every queue;
 * WORKER_QUEUES picks some, e.g. a fleet of certificate renderers apart from mail.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        WorkerPlatformModule.forRoot(config, MIGRATIONS),
        ...COMPLETION_CONDITIONS,
        ...config.worker.queues.map((queue) => PROCESSORS[queue]),
      ],
    };
  }
}
