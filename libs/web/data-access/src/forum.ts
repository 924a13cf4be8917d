// Secondary entry point '@bina-pustaka/web-data-access/forum': the forums' api client, used
// only by the lazy forum pages, so it stays out of the main barrel the initial bundle imports.
export * from './lib/forum/forum-api.service';
// socket.io-client itself is loaded by import() only when a thread page follows its thread.
export * from './lib/forum/forum-live.service';
export * from './lib/forum/forum-moderation-api.service';
