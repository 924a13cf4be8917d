import type { IceServer, WebinarJoinTicket } from '@bina-pustaka/shared-contracts';
import type { Device, types as ms } from 'mediasoup-client';
import { markStep, type RoomConnection } from './room-connection';
import { Superseded } from './room-errors';
import type { WebinarRoomRuntime } from './webinar-room-runtime';

/**
 * The mediasoup Device for the room's media server, and the transports made from it. The
 * device is kept across reconnects while the server's codecs stay the same.
 */
export class RoomDevice {
  private device: Device | null = null;
  private loadedFor = '';
  private iceServers: IceServer[] = [];

  constructor(
    private readonly connection: RoomConnection,
    private readonly runtime: WebinarRoomRuntime,
  ) {}

  /** The browser's WebRTC flavour as mediasoup-client sees it (for support). */
  get handlerName(): string | null {
    return this.device?.handlerName ?? null;
  }

  /** What this browser can receive from the room's router (null: not loaded yet). */
  rtpCapabilities(): ms.RtpCapabilities | null {
    return this.device?.rtpCapabilities ?? null;
  }

  canProduce(kind: string): boolean {
    return !!this.device?.canProduce(kind as ms.MediaKind);
  }

  /** Loads the device for the ticket's router, unless it already is. */
  async load(ticket: WebinarJoinTicket): Promise<void> {
    this.iceServers = ticket.iceServers;
    const capabilities = JSON.stringify(ticket.routerRtpCapabilities ?? {});
    // A replaced media server has the same codecs, but load again if anything differs.
    if (this.device?.loaded && capabilities === this.loadedFor) return;
    const device = await this.runtime.createDevice();
    await device.load({ routerRtpCapabilities: ticket.routerRtpCapabilities as ms.RtpCapabilities });
    this.device = device;
    this.loadedFor = capabilities;
  }

  /**
   * A transport the server made for us in one direction: DTLS connects on its first
   * produce or consume, and a failed connection starts the room over.
   */
  async createTransport(direction: 'send' | 'recv', generation: number): Promise<ms.Transport> {
    const device = this.device;
    if (!device) throw new Superseded();
    const info = await this.connection.request('transport:create', { direction });
    this.connection.check(generation);
    const options: ms.TransportOptions = {
      id: info.id,
      iceParameters: info.iceParameters as ms.IceParameters,
      iceCandidates: info.iceCandidates as ms.IceCandidate[],
      dtlsParameters: info.dtlsParameters as ms.DtlsParameters,
      iceServers: this.iceServers as RTCIceServer[],
    };
    const transport = direction === 'send' ? device.createSendTransport(options) : device.createRecvTransport(options);
    // Fires on the first produce/consume; mediasoup-client waits for the server's answer.
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.connection
        .request('transport:connect', { transportId: transport.id, dtlsParameters })
        .then(() => callback())
        .catch((error: Error) => errback(error));
    });
    transport.on('connectionstatechange', (state) => {
      markStep(`${transport.direction}-${state}`);
      if (state === 'failed') this.connection.transportFailed(generation);
    });
    return transport;
  }
}
