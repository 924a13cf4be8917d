// Types and constants only: safe for the browser's initial bundle (no zod).
// Request schemas live in '@bina-pustaka/shared-contracts/schemas'.
export * from './lib/app-paths';
export * from './lib/common.types';
export * from './lib/health.types';
export * from './lib/identity.types';
export * from './lib/learning.types';
export * from './lib/certificates.types';
export * from './lib/notifications.types';
export * from './lib/assessment.types';
export * from './lib/webinar.types';
export * from './lib/audit.types';
export * from './lib/forum.types';
export * from './lib/forum-live.types';
export * from './lib/forum-moderation.types';
export * from './lib/forum-digest.types';
export * from './lib/focus-group.types';
export * from './lib/survey.types';
export * from './lib/event.types';
export * from './lib/event-live.types';
export * from './lib/event-after.types';
export * from './lib/reporting.types';
export * from './lib/reporting-records.types';
