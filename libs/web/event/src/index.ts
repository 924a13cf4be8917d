export {
  EVENT_DOOR_SCOPE,
  EVENT_MANAGE_SCOPE,
  EVENTS_SCOPE,
  MANAGE_CONFIRM_WORDS,
  ZONE_ABBREVIATIONS,
} from './lib/event-keys';
export * from './lib/event.routes';
