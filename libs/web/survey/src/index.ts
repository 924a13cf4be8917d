export { BUILD_LIST_TABS, IKM_PERIODS_BY, LIKERT_PRESET_KEYS, SURVEY_SCOPE } from './lib/survey-keys';
export * from './lib/survey.routes';
