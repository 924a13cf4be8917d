export * from './lib/webinar.routes';
export { WEBINAR_SCHEDULER_ROLES } from './lib/webinar-keys';
