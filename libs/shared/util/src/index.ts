export * from './lib/format-date';
export * from './lib/certificate-text';
export * from './lib/wib';
export * from './lib/seeded-random';
