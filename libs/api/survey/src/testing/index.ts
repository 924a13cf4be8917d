export * from './survey-definitions';
export * from './survey-seed';
export * from './survey-test-bed';
// The results' own SQL, for the benchmark's bare-pg baseline (`npm run bench:survey`).
export { responseScope } from '../lib/results/response-scope';
export { resultStatements } from '../lib/results/survey-results.statements';
