export * from './lib/assessment.module';
