export { ReportingModule, reportingMigrations } from './lib/reporting.module';
export { ReportingWorkerModule } from './lib/reporting-worker.module';
