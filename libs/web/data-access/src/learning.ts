// Secondary entry point '@bina-pustaka/web-data-access/learning': the learning api clients.
// Only lazy pages use them, so they stay out of the main barrel that the initial bundle
// imports (workspace libs are not side-effect free, so a barrel pulls in all it exports).
export * from './lib/learning-constants';
export * from './lib/learning/cohorts-api.service';
export * from './lib/learning/courses-api.service';
export * from './lib/learning/file-limits';
export * from './lib/learning/files-api.service';
export * from './lib/learning/learner-api.service';
export * from './lib/learning/learning-records-api.service';
export * from './lib/learning/materials-api.service';
export * from './lib/learning/lesson-progress-outbox';
export * from './lib/learning/offline-lessons';
export * from './lib/offline/connectivity';
export * from './lib/offline/pending-queue';
