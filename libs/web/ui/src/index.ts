export * from './lib/alert.component';
export * from './lib/date-time.pipe';
export * from './lib/dialog.component';
export * from './lib/media-query';
export * from './lib/pagination.component';
export * from './lib/chips-input.component';
export * from './lib/progress-bar.component';
export * from './lib/save-blob';
