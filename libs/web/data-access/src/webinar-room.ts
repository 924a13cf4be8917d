// Secondary entry point '@bina-pustaka/web-data-access/webinar-room': the live room client.
// Only the lazy room page imports it; socket.io-client and mediasoup-client are loaded by
// import() when someone enters a room, so they reach no other chunk.
export { WebinarRoomClient } from './lib/webinar/webinar-room-client';
export { REQUEST_TIMEOUT_MS } from './lib/webinar/room-connection';
export { RoomRequestError, describeFailure, type RoomFailure } from './lib/webinar/room-errors';
export type { RoomNotice } from './lib/webinar/room-notices';
export { STATS_INTERVAL_MS } from './lib/webinar/room-quality';
export type { InboundSummary, RemoteMedia } from './lib/webinar/room-receiving';
export type { LocalMediaState } from './lib/webinar/room-sending';
export * from './lib/webinar/webinar-room-runtime';
