export * from './lib/webinar.routes';
