export * from './lib/http-client';
export * from './lib/mailbox';
export * from './lib/test-app';
export * from './lib/test-config';
export * from './lib/list-routes';
