export { FOCUS_GROUP_SCOPE, PEOPLE_FIELDS, ZONE_KEYS } from './lib/focus-group-keys';
export * from './lib/focus-group.routes';
