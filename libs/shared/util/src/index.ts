export * from './lib/format-date';
