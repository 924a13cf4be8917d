export { ApiClient } from './lib/http-client';
export { linkIn, type ReceivedMail } from './lib/mailbox';
export { startTestApiNode, startTestApp, type TestApiNode, type TestApp } from './lib/test-app';
export { dropTestResources, testConfig } from './lib/test-config';
export * from './lib/list-routes';
export * from './lib/csv-injection';
export * from './lib/token-mutations';
export * from './lib/fuzz';
export * from './lib/read-back';
