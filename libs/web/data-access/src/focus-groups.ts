// Secondary entry point '@bina-pustaka/web-data-access/focus-groups': the focus groups' api
// client, used only by the lazy focus-group pages, so it stays out of the first download.
export * from './lib/focus-groups/focus-group-api.service';
