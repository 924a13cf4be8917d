import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { MailModule } from '@bina-pustaka/api-platform';
import './reporting.messages';
import { DashboardController } from './controllers/dashboard.controller';
import { LearningRecordsController } from './controllers/learning-records.controller';
import { VisitsController } from './controllers/visits.controller';
import { PortalVisitDayEntity } from './entities/portal-visit-day.entity';
import { CreatePortalVisitDays1765600000000 } from './migrations/1765600000000-create-portal-visit-days';
import { CreateJpReminders1765710000000 } from './migrations/1765710000000-create-jp-reminders';
import { LearningRecordExportsService } from './records/learning-record-exports.service';
import { LearningRecordService } from './records/learning-record.service';
import { VisitCounterService } from './visits/visit-counter.service';
import { VisitReportService } from './visits/visit-report.service';
import { ReportingScopeService } from './shared/reporting-scope.service';
import { DashboardService } from './dashboard/dashboard.service';
import { JpRemindersService } from './dashboard/jp-reminders.service';
import { VisitsDashboardService } from './dashboard/visits-dashboard.service';
import { ReportingPersonalDataService } from './privacy/reporting-personal-data.service';

export const reportingMigrations = [CreatePortalVisitDays1765600000000, CreateJpReminders1765710000000];

/**
 * Reporting (issue 16): what coordinators read about the programme. The portal's visits
 * (visits/): counted in Redis by the api, copied to PostgreSQL by the worker
 * (ReportingWorkerModule), read from PostgreSQL by the report. The dashboard (dashboard/):
 * each domain answers its part through the platform's DashboardRegistryService, so this
 * module imports no domain for its figures; learning's JP per person feeds the list of those
 * below the target and the reminders, which go through notifications and mail. Librarians'
 * learning records (records/): gathered from the sources the domains register, never their tables.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PortalVisitDayEntity]),
    IdentityDirectoryModule,
    LearningModule,
    NotificationsModule,
    MailModule,
    AuditModule,
  ],
  controllers: [VisitsController, DashboardController, LearningRecordsController],
  providers: [
    VisitCounterService,
    VisitReportService,
    ReportingScopeService,
    DashboardService,
    JpRemindersService,
    VisitsDashboardService,
    ReportingPersonalDataService,
    LearningRecordService,
    LearningRecordExportsService,
  ],
})
export class ReportingModule {}
