import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import './reporting.messages';
import { LearningRecordsController } from './controllers/learning-records.controller';
import { VisitsController } from './controllers/visits.controller';
import { PortalVisitDayEntity } from './entities/portal-visit-day.entity';
import { CreatePortalVisitDays1765600000000 } from './migrations/1765600000000-create-portal-visit-days';
import { LearningRecordExportsService } from './records/learning-record-exports.service';
import { LearningRecordService } from './records/learning-record.service';
import { VisitCounterService } from './visits/visit-counter.service';
import { VisitReportService } from './visits/visit-report.service';

export const reportingMigrations = [CreatePortalVisitDays1765600000000];

/**
 * Reporting (issue 16): what coordinators read about the programme. The portal's visits
 * (visits/): counted in Redis by the api, copied to PostgreSQL by the worker
 * (ReportingWorkerModule), read from PostgreSQL by the report. Librarians' learning
 * records (records/): gathered from the sources the domains register, never their tables.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PortalVisitDayEntity]), AuditModule],
  controllers: [VisitsController, LearningRecordsController],
  providers: [VisitCounterService, VisitReportService, LearningRecordService, LearningRecordExportsService],
})
export class ReportingModule {}
