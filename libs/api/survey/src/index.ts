export { SurveyModule, surveyMigrations } from './lib/survey.module';
export { SurveyCompletionModule } from './lib/survey-completion.module';
