export { ForumDigestWorkerModule, ForumModule, forumMigrations } from './lib/forum.module';
