export { AssessmentModule, AssessmentWorkerModule, assessmentMigrations } from './lib/assessment.module';
