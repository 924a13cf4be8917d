export * from './lib/format-date';
export * from './lib/certificate-layout';
export * from './lib/wib';
