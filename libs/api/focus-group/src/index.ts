export { FocusGroupModule, focusGroupMigrations } from './lib/focus-group.module';
