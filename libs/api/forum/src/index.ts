export { ForumDigestWorkerModule, ForumModule, ForumSpacesModule, forumMigrations } from './lib/forum.module';
export {
  ForumSpacesService,
  type ForumReader,
  type ForumSpaceResolver,
  type ForumSpaceRole,
  type ForumSpaceView,
} from './lib/access/forum-spaces.service';
