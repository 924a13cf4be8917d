export { EVENT_DOOR_SCOPE, EVENT_MANAGE_SCOPE, EVENTS_SCOPE } from './lib/event-keys';
export * from './lib/event.routes';
