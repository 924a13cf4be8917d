export * from './lib/common.schemas';
export * from './lib/identity.schemas';
export * from './lib/learning.schemas';
export * from './lib/certificates.schemas';
export * from './lib/notifications.schemas';
export * from './lib/assessment.schemas';
export * from './lib/webinar.schemas';
export * from './lib/audit.schemas';
export * from './lib/forum.schemas';
<<<<<<< HEAD
export * from './lib/forum-live.schemas';
=======
export * from './lib/forum-moderation.schemas';
>>>>>>> ff5093f (Forum moderation api: reports, a queue per moderated forum, hide/restore, lock/pin/move, suspensions that refuse every write with their end date, and a moderation log moderators read (issue 13))
// Response schemas: what the api's OpenAPI document describes its answers with.
export * from './lib/common.responses';
export * from './lib/health.responses';
export * from './lib/identity.responses';
export * from './lib/learning.responses';
export * from './lib/learner.responses';
export * from './lib/certificates.responses';
export * from './lib/notifications.responses';
export * from './lib/assessment.responses';
export * from './lib/webinar.responses';
export * from './lib/audit.responses';
export * from './lib/forum.responses';
export * from './lib/forum-moderation.responses';
