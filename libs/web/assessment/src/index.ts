export { ASSESSMENT_SCOPE, REVIEW_PARTS, SAVE_STATES, SELECTION_MODES } from './lib/assessment-keys';
export * from './lib/assessment.routes';
