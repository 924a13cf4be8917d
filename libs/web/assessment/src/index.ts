export * from './lib/assessment-keys';
export * from './lib/assessment.routes';
