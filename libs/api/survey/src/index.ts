export { SurveyModule, surveyMigrations } from './lib/survey.module';
export { SurveyCompletionModule } from './lib/survey-completion.module';
export { SurveyReminderWorkerModule } from './lib/survey-reminder-worker.module';
