export * from './lib/notifications.module';
export { Notifications } from './lib/notifications.service';
