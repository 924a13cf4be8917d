export { IKM_PERIODS_BY, SURVEY_SCOPE } from './lib/survey-keys';
export { BUILD_LIST_TABS, LIKERT_PRESET_KEYS, SURVEY_SCOPE } from './lib/survey-keys';
export * from './lib/survey.routes';
