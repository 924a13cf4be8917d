export { SurveyModule, surveyMigrations } from './lib/survey.module';
