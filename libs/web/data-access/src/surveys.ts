// Secondary entry point '@bina-pustaka/web-data-access/surveys': the surveys' api clients,
// used only by lazy pages (surveys, the course editor and player, webinars), so they stay out of the first download.
export * from './lib/surveys/survey-answer-api.service';
export * from './lib/surveys/survey-results-api.service';
export * from './lib/surveys/survey-build-api.service';
export * from './lib/surveys/evaluation-api.service';
export * from './lib/surveys/evaluation-picker';
