import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import './reporting.messages';
import { VisitsController } from './controllers/visits.controller';
import { PortalVisitDayEntity } from './entities/portal-visit-day.entity';
import { CreatePortalVisitDays1765600000000 } from './migrations/1765600000000-create-portal-visit-days';
import { VisitCounterService } from './visits/visit-counter.service';
import { VisitReportService } from './visits/visit-report.service';

export const reportingMigrations = [CreatePortalVisitDays1765600000000];

/**
 * Reporting (issue 16): what coordinators read about the programme. Today the portal's
 * visits (visits/): counted in Redis by the api, copied to PostgreSQL by the worker
 * (ReportingWorkerModule), read from PostgreSQL by the report.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PortalVisitDayEntity])],
  controllers: [VisitsController],
  providers: [VisitCounterService, VisitReportService],
})
export class ReportingModule {}
