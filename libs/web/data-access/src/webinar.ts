// Secondary entry point '@bina-pustaka/web-data-access/webinar': the webinar api client and
// the pure parts of the room (layer choice, network quality, connection states). Only lazy
// pages use it, so it stays out of the main barrel the initial bundle imports. The room
// client itself is in '…/webinar-room', so the list and detail pages never carry it.
export * from './lib/webinar/webinar-api.service';
export * from './lib/webinar/connection-state';
export * from './lib/webinar/layer-choice';
export * from './lib/webinar/network-quality';
export {
  WEBINAR_AUDIENCE_KINDS,
  WEBINAR_OPEN_AUDIENCES,
  WEBINAR_EARLY_JOIN_MINUTES,
  WEBINAR_MEDIA_SOURCES,
  WEBINAR_ROOM_ROLES,
  WEBINAR_STAFF_ROLES,
  WEBINAR_STATUSES,
} from '@bina-pustaka/shared-contracts';
