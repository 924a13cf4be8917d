export * from './event-test-bed';
export { EventCodes } from '../lib/shared/event-codes';
export * from './event-rows';
export * from './event-organising-fixtures';
