export * from './lib/notifications.module';
export { NotificationsService, type NewNotification } from './lib/inbox/notifications.service';
