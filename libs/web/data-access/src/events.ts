// Secondary entry point '@bina-pustaka/web-data-access/events': the events' api clients,
// used only by the lazy event pages, so they stay out of the first download.
export * from './lib/events/public-events-api.service';
export * from './lib/events/event-door-api.service';
export * from './lib/events/event-door-outbox';
export * from './lib/events/event-live.service';
export { Connectivity } from './lib/offline/connectivity';
export * from './lib/events/manage-events-api.service';
