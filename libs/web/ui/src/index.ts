export * from './lib/alert.component';
export * from './lib/date-time.pipe';
export * from './lib/dialog.component';
export * from './lib/media-query';
export * from './lib/pagination.component';
