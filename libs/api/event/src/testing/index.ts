export * from './event-test-bed';
