export { EventModule, EventRetentionModule, eventMigrations } from './lib/event.module';
