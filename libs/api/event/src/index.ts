export { EventModule, EventRetentionModule, eventMigrations } from './lib/event.module';
export { EventAfterModule } from './lib/event-after.module';
export { EventDashboardModule } from './lib/event-dashboard.module';
