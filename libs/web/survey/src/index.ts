export { IKM_PERIODS_BY, SURVEY_SCOPE } from './lib/survey-keys';
export * from './lib/survey.routes';
