// Secondary entry point '@bina-pustaka/web-data-access/forum': the forums' api client, used
// only by the lazy forum pages, so it stays out of the main barrel the initial bundle imports.
export * from './lib/forum/forum-api.service';
