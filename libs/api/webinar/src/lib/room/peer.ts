import type {
  WebinarClientToServerEvents,
  WebinarMediaSource,
  WebinarNetworkQuality,
  WebinarPeer,
  WebinarRoomRole,
  WebinarServerToClientEvents,
} from '@bina-pustaka/shared-contracts';
import type { types } from 'mediasoup';
import type { Socket } from 'socket.io';

/** What the handshake learned about the person behind a socket. */
export interface PeerIdentity {
  userId: string;
  sessionId: string;
  /** The sign-in session the ticket was asked with: when it ends, so does the socket. */
  authSessionId: string;
  /** The role the person has outside the room (staff, manager, audience); hosts may change it inside. */
  role: WebinarRoomRole;
  name: string;
}

export type WebinarSocket = Socket<
  WebinarClientToServerEvents,
  WebinarServerToClientEvents,
  Record<string, never>,
  PeerIdentity
>;

export interface ProducerData extends types.AppData {
  userId: string;
  source: WebinarMediaSource;
}

export interface ConsumerData extends types.AppData {
  userId: string;
  source: WebinarMediaSource;
}

export interface TransportData extends types.AppData {
  direction: 'send' | 'recv';
}

/** A person in a room (or in its lobby) with their media objects. */
export class Peer {
  handRaised = false;
  /** An attendee the host invited to speak. */
  canSpeak = false;
  /** The connection as this person's browser last reported it. */
  network: WebinarNetworkQuality | null = null;
  rtpCapabilities: types.RtpCapabilities | null = null;
  /** The router this peer receives on (the room's main one, or a viewer router of a large room). */
  recvRouter: types.Router | null = null;
  readonly transports = new Map<string, types.WebRtcTransport<TransportData>>();
  readonly producers = new Map<string, types.Producer<ProducerData>>();
  readonly consumers = new Map<string, types.Consumer<ConsumerData>>();

  constructor(
    readonly sessionId: string,
    readonly userId: string,
    readonly name: string,
    public role: WebinarRoomRole,
    readonly socket: WebinarSocket,
  ) {}

  get moderates(): boolean {
    return this.role === 'host' || this.role === 'moderator';
  }

  /** Whether this person may send this kind of media now. */
  maySend(source: WebinarMediaSource): boolean {
    if (source === 'screen') return this.role === 'host' || this.role === 'presenter';
    return this.role !== 'attendee' || this.canSpeak;
  }

  producerOf(source: WebinarMediaSource): types.Producer<ProducerData> | undefined {
    return [...this.producers.values()].find((producer) => producer.appData.source === source);
  }

  view(): WebinarPeer {
    return {
      userId: this.userId,
      name: this.name,
      role: this.role,
      handRaised: this.handRaised,
      canSpeak: this.canSpeak,
      network: this.network,
    };
  }

  /** Closes every transport (and so its producers and consumers). */
  closeMedia(): void {
    for (const transport of this.transports.values()) transport.close();
    this.transports.clear();
    this.recvRouter = null;
    this.producers.clear();
    this.consumers.clear();
  }
}
