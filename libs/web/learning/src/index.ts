export {
  CATALOG_ENROLMENT_FILTERS,
  COHORT_MOMENTS,
  EDITOR_SECTIONS,
  ENROLMENT_DIALOG_ACTIONS,
  LEARNING_SCOPE,
  LEDGER_SOURCES,
} from './lib/learning-keys';
export * from './lib/learning.routes';
