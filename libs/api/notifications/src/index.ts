export * from './lib/notifications.module';
export { NotificationsService } from './lib/inbox/notifications.service';
