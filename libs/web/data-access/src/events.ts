// Secondary entry point '@bina-pustaka/web-data-access/events': the events' api clients,
// used only by the lazy event pages, so they stay out of the first download.
export * from './lib/events/public-events-api.service';
