// Secondary entry point '@bina-pustaka/web-data-access/audit': the audit log's api client,
// used only by its lazy page, so it stays out of the main barrel the initial bundle imports.
export * from './lib/audit/audit-api.service';
