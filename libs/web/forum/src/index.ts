export { FORUM_SCOPE } from './lib/forum-keys';
export * from './lib/forum.routes';
