export { FocusGroupForumModule, FocusGroupModule, focusGroupMigrations } from './lib/focus-group.module';
