export { ForumModule, forumMigrations } from './lib/forum.module';
