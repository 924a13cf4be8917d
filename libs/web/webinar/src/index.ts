export * from './lib/webinar-keys';
export * from './lib/webinar.routes';
