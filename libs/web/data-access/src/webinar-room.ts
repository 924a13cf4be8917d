// Secondary entry point '@bina-pustaka/web-data-access/webinar-room': the live room client.
// Only the lazy room page imports it; socket.io-client and mediasoup-client are loaded by
// import() when someone enters a room, so they reach no other chunk.
export * from './lib/webinar/webinar-room-client';
export * from './lib/webinar/webinar-room-runtime';
