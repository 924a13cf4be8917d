export { FORUM_SCOPE, MODERATION_DIALOGS, MODERATION_NOTICES } from './lib/forum-keys';
export * from './lib/forum.routes';
