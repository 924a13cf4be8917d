export { EventModule, eventMigrations } from './lib/event.module';
