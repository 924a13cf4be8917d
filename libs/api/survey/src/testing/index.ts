export * from './survey-definitions';
export * from './survey-seed';
export * from './survey-test-bed';
