import { InjectionToken } from '@angular/core';
import type { WebinarAck } from '@bina-pustaka/shared-contracts';
import type { Device } from 'mediasoup-client';

/**
 * The part of a socket.io client socket the room uses (method syntax: socket.io's typed
 * Socket fits it). A test hands in its own.
 */
export interface RoomSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, payload: unknown, ack: (answer: WebinarAck<unknown>) => void): unknown;
  disconnect(): unknown;
  removeAllListeners(): unknown;
}

/**
 * What the room needs from the browser: a socket to the /webinar namespace, a mediasoup
 * Device, and the camera, microphone and screen. The browser implementation loads
 * socket.io-client and mediasoup-client with import(), so neither reaches a bundle until
 * someone enters a room.
 */
export interface WebinarRoomRuntime {
  /** A new socket (no automatic reconnection: the room client reconnects with a fresh ticket). */
  connect(namespace: string, auth: RoomHandshake): Promise<RoomSocket>;
  createDevice(): Promise<Device>;
  userMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  displayMedia(options: DisplayMediaStreamOptions): Promise<MediaStream>;
}

/** The handshake's auth: the single-use ticket and the session it is meant for. */
export interface RoomHandshake {
  token: string;
  sessionId: string;
}

export const browserRoomRuntime: WebinarRoomRuntime = {
  async connect(namespace, handshake) {
    const module = await import('socket.io-client');
    const io = module.io ?? (module as unknown as { default: typeof module }).default.io;
    // The namespace is on the api origin, which also serves this client.
    return io(namespace, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: (callback) => callback({ ...handshake }),
    }) as unknown as RoomSocket;
  },
  async createDevice() {
    // mediasoup-client is CommonJS: depending on the bundler its exports arrive as named
    // exports or under `default`.
    const module = await import('mediasoup-client');
    const Device = module.Device ?? (module as unknown as { default: typeof module }).default.Device;
    return Device.factory();
  },
  userMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints),
  displayMedia: (options) => navigator.mediaDevices.getDisplayMedia(options),
};

export const WEBINAR_ROOM_RUNTIME = new InjectionToken<WebinarRoomRuntime>('WebinarRoomRuntime', {
  providedIn: 'root',
  factory: () => browserRoomRuntime,
});
