/**
 * Two WebRTC peers for integration tests, in pure TypeScript (werift): one produces Opus +
 * VP8 into a mediasoup WebRtcTransport, one consumes from another. They speak SDP to
 * mediasoup directly, as tools/mediasoup/smoke-test.mjs does (no mediasoup-client in Node).
 */
import dgram from 'node:dgram';
import type { types } from 'mediasoup';
import {
  MediaStreamTrack,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RtpHeader,
  RtpPacket,
  type RTCIceServer,
} from 'werift';

type Consumer = types.Consumer;
type Producer = types.Producer;
type RtpCodecParameters = types.RtpCodecParameters;
type RtpParameters = types.RtpParameters;
type WebRtcTransport = types.WebRtcTransport;

export const KINDS = ['audio', 'video'] as const;
export type Kind = (typeof KINDS)[number];

export const OPUS = { mimeType: 'audio/opus', clockRate: 48000, channels: 2, payloadType: 100, rtcpFeedback: [] };
export const VP8 = {
  mimeType: 'video/VP8',
  clockRate: 90000,
  payloadType: 101,
  rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
};
export const codecFor = (kind: Kind) => (kind === 'audio' ? OPUS : VP8);

export interface ProducingPeer {
  producers: Record<Kind, Producer>;
  /** Starts writing one Opus and one VP8 key-frame packet every 20 ms; returns a stop function. */
  sendFakeMedia(): () => void;
  close(): Promise<void>;
}

export interface ConsumingPeer {
  consumers: Record<Kind, Consumer>;
  /** Whether each consumer was paused when created (they must be, until the peer is ready). */
  startedPaused: Record<Kind, boolean>;
  /** RTP packets the peer has received, per kind. */
  received: Record<Kind, number>;
  close(): Promise<void>;
}

/**
 * werift 0.23 always asks a STUN server for its public address while gathering and,
 * offline, waits 5 s per peer for it. This responder answers Binding requests on
 * 127.0.0.1 with the sender's own address (XOR-MAPPED-ADDRESS, RFC 8489).
 */
export async function startLocalStun(): Promise<{ iceServers: RTCIceServer[]; close(): void }> {
  const MAGIC_COOKIE = 0x2112a442;
  const socket = dgram.createSocket('udp4');
  socket.on('message', (request, sender) => {
    const isBindingRequest =
      request.length >= 20 && request.readUInt16BE(0) === 0x0001 && request.readUInt32BE(4) === MAGIC_COOKIE;
    if (!isBindingRequest || sender.family !== 'IPv4') return;
    const response = Buffer.alloc(32);
    response.writeUInt16BE(0x0101, 0); // Binding success response
    response.writeUInt16BE(12, 2); // attributes length
    request.copy(response, 4, 4, 20); // magic cookie + transaction id
    response.writeUInt16BE(0x0020, 20); // XOR-MAPPED-ADDRESS
    response.writeUInt16BE(8, 22);
    response.writeUInt16BE(0x0001, 24); // IPv4
    response.writeUInt16BE(sender.port ^ (MAGIC_COOKIE >>> 16), 26);
    const address = sender.address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
    response.writeUInt32BE((address ^ MAGIC_COOKIE) >>> 0, 28);
    socket.send(response, sender.port, sender.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { iceServers: [{ urls: `stun:127.0.0.1:${socket.address().port}` }], close: () => socket.close() };
}

/** A peer that sends Opus + VP8 into `transport`: one mediasoup Producer per track. */
export async function connectProducingPeer(
  transport: WebRtcTransport,
  iceServers: RTCIceServer[],
): Promise<ProducingPeer> {
  const pc = new RTCPeerConnection({
    codecs: { audio: [new RTCRtpCodecParameters(OPUS)], video: [new RTCRtpCodecParameters(VP8)] },
    iceServers,
    headerExtensions: { audio: [], video: [] },
  });
  const tracks = { audio: new MediaStreamTrack({ kind: 'audio' }), video: new MediaStreamTrack({ kind: 'video' }) };
  for (const kind of KINDS) pc.addTransceiver(tracks[kind], { direction: 'sendonly' });
  await pc.setLocalDescription(await pc.createOffer());
  const offer = parseSdp(pc.localDescription?.sdp ?? '');

  // mediasoup answers as the DTLS server (setup:passive); werift is the DTLS client.
  const answer = buildSdp(
    transport,
    'passive',
    offer.media.map((m) => ({ kind: m.kind, mid: m.mid, direction: 'recvonly', codecs: [codecFor(m.kind)] })),
  );
  await pc.setRemoteDescription({ type: 'answer', sdp: answer });
  await transport.connect({
    dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: offer.fingerprint }] },
  });
  const producers = {} as Record<Kind, Producer>;
  for (const m of offer.media) {
    producers[m.kind] = await transport.produce({
      kind: m.kind,
      rtpParameters: {
        mid: m.mid,
        codecs: [codecFor(m.kind)],
        encodings: [{ ssrc: m.ssrc }],
        rtcp: { cname: m.cname ?? 'int-test' },
      },
    });
  }

  return {
    producers,
    sendFakeMedia: () => sendFakeMedia(tracks),
    close: () => pc.close(),
  };
}

/** Writes one Opus and one VP8 key-frame packet every 20 ms into the tracks; returns a stop function. */
export function sendFakeMedia(tracks: Record<Kind, MediaStreamTrack>): () => void {
  // VP8 payload descriptor (start of partition 0), then a key-frame header (frame tag,
  // start code 9d 01 2a, 640x480): mediasoup forwards video only from a key frame on.
  const vp8Payload = Buffer.concat([
    Buffer.from([0x10, 0x00, 0x00, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]),
    Buffer.alloc(200, 0x55),
  ]);
  const opusPayload = Buffer.alloc(60, 0xab);
  let sequenceNumber = 0;
  let timestamp = 0;
  const header = (payloadType: number, ts: number) =>
    new RtpHeader({ payloadType, sequenceNumber, timestamp: ts, marker: true });
  const timer = setInterval(() => {
    sequenceNumber = (sequenceNumber + 1) & 0xffff;
    timestamp = (timestamp + 960) >>> 0;
    tracks.audio.writeRtp(new RtpPacket(header(OPUS.payloadType, timestamp), opusPayload));
    tracks.video.writeRtp(new RtpPacket(header(VP8.payloadType, (timestamp * 2) >>> 0), vp8Payload));
  }, 20);
  return () => clearInterval(timer);
}

/**
 * A peer that receives `producers` from `transport`. The consumers start paused and are
 * resumed once the peer has answered, as the webinar signalling will do.
 */
export async function connectConsumingPeer(
  transport: WebRtcTransport,
  producers: Record<Kind, Producer>,
  rtpCapabilities: Parameters<WebRtcTransport['consume']>[0]['rtpCapabilities'],
  iceServers: RTCIceServer[],
): Promise<ConsumingPeer> {
  const consumers = {} as Record<Kind, Consumer>;
  const startedPaused = {} as Record<Kind, boolean>;
  for (const kind of KINDS) {
    consumers[kind] = await transport.consume({ producerId: producers[kind].id, rtpCapabilities, paused: true });
    startedPaused[kind] = consumers[kind].paused;
  }
  const videoPayloadType = consumers.video.rtpParameters.codecs[0].payloadType;
  const pc = new RTCPeerConnection({
    codecs: {
      audio: [new RTCRtpCodecParameters(OPUS)],
      video: [new RTCRtpCodecParameters({ ...VP8, payloadType: videoPayloadType })],
    },
    iceServers,
    headerExtensions: { audio: [], video: [] },
  });
  const received: Record<Kind, number> = { audio: 0, video: 0 };
  pc.onTrack.subscribe((track) =>
    track.onReceiveRtp.subscribe(() => {
      received[track.kind as Kind]++;
    }),
  );

  // mediasoup offers (setup:actpass); werift picks its DTLS role in its answer.
  const offer = buildSdp(
    transport,
    'actpass',
    KINDS.map((kind) => {
      const { rtpParameters } = consumers[kind];
      return {
        kind,
        mid: rtpParameters.mid ?? kind,
        direction: 'sendonly',
        codecs: rtpParameters.codecs,
        ssrcLines: ssrcLines(consumers[kind].id, rtpParameters),
      };
    }),
  );
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  await pc.setLocalDescription(await pc.createAnswer());
  const answer = parseSdp(pc.localDescription?.sdp ?? '');
  await transport.connect({
    dtlsParameters: {
      role: answer.setup === 'active' ? 'client' : 'server',
      fingerprints: [{ algorithm: 'sha-256', value: answer.fingerprint }],
    },
  });
  for (const kind of KINDS) await consumers[kind].resume();
  return { consumers, startedPaused, received, close: () => pc.close() };
}

/** Bytes and packets a consumer has sent, from its outbound-rtp stats. */
export async function consumerBytes(consumer: Consumer): Promise<{ bytes: number; packets: number }> {
  const stats = (await consumer.getStats()).find((entry) => entry.type === 'outbound-rtp');
  return { bytes: stats?.byteCount ?? 0, packets: stats?.packetCount ?? 0 };
}

export function ssrcLines(streamId: string, rtpParameters: RtpParameters): string[] {
  const encoding = rtpParameters.encodings?.[0];
  const cname = rtpParameters.rtcp?.cname ?? 'int-test';
  if (!encoding?.ssrc) return [];
  const lines = [`a=msid:int ${streamId}`];
  if (encoding.rtx) lines.push(`a=ssrc-group:FID ${encoding.ssrc} ${encoding.rtx.ssrc}`);
  lines.push(`a=ssrc:${encoding.ssrc} cname:${cname}`, `a=ssrc:${encoding.ssrc} msid:int ${streamId}`);
  if (encoding.rtx) lines.push(`a=ssrc:${encoding.rtx.ssrc} cname:${cname}`);
  return lines;
}

export interface SdpSection {
  kind: Kind;
  mid: string;
  direction: string;
  codecs: (Omit<RtpCodecParameters, 'rtcpFeedback'> & { rtcpFeedback?: { type: string; parameter?: string }[] })[];
  ssrcLines?: string[];
}

/** What SDP needs of a mediasoup WebRtcTransport (the object itself, or what signalling sends of it). */
export type TransportInfo = Pick<WebRtcTransport, 'iceParameters' | 'iceCandidates' | 'dtlsParameters'>;

/** A BUNDLEd SDP for a mediasoup WebRtcTransport (ICE-lite, all sections on its UDP candidate). */
export function buildSdp(transport: TransportInfo, setup: 'passive' | 'actpass', sections: SdpSection[]): string {
  const fingerprint = transport.dtlsParameters.fingerprints.find((f) => f.algorithm === 'sha-256')?.value;
  const { usernameFragment, password } = transport.iceParameters;
  const candidates = transport.iceCandidates.filter((candidate) => candidate.protocol === 'udp');
  const lines = [
    'v=0',
    'o=mediasoup 1 1 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=ice-lite',
    `a=group:BUNDLE ${sections.map((s) => s.mid).join(' ')}`,
    'a=msid-semantic: WMS *',
  ];
  for (const section of sections) {
    lines.push(
      `m=${section.kind} ${candidates[0].port} UDP/TLS/RTP/SAVPF ${section.codecs.map((c) => c.payloadType).join(' ')}`,
      `c=IN IP4 ${candidates[0].address}`,
      `a=mid:${section.mid}`,
      `a=${section.direction}`,
      `a=ice-ufrag:${usernameFragment}`,
      `a=ice-pwd:${password}`,
      ...candidates.map(
        (c) => `a=candidate:${c.foundation} 1 ${c.protocol} ${c.priority} ${c.address} ${c.port} typ ${c.type}`,
      ),
      'a=end-of-candidates',
      `a=fingerprint:sha-256 ${fingerprint}`,
      `a=setup:${setup}`,
      'a=rtcp-mux',
    );
    for (const codec of section.codecs) {
      const [, name] = codec.mimeType.split('/');
      const channels = codec.channels && codec.channels > 1 ? `/${codec.channels}` : '';
      lines.push(`a=rtpmap:${codec.payloadType} ${name}/${codec.clockRate}${channels}`);
      const fmtp = Object.entries(codec.parameters ?? {}).map(([key, value]) => `${key}=${value}`);
      if (fmtp.length) lines.push(`a=fmtp:${codec.payloadType} ${fmtp.join(';')}`);
      for (const fb of codec.rtcpFeedback ?? []) {
        lines.push(`a=rtcp-fb:${codec.payloadType} ${fb.type}${fb.parameter ? ` ${fb.parameter}` : ''}`);
      }
    }
    lines.push(...(section.ssrcLines ?? []));
  }
  return lines.join('\r\n') + '\r\n';
}

export interface ParsedSdp {
  media: { kind: Kind; mid: string; ssrc?: number; cname?: string }[];
  fingerprint: string;
  setup?: string;
}

/** The few things read back from a werift SDP: DTLS fingerprint and setup; per m= section its mid, SSRC, cname. */
export function parseSdp(sdp: string): ParsedSdp {
  const result: ParsedSdp = { media: [], fingerprint: '' };
  let current: ParsedSdp['media'][number] | undefined;
  for (const line of sdp.split(/\r?\n/)) {
    if (line.startsWith('m=')) {
      current = { kind: line.slice(2).split(' ')[0] as Kind, mid: '' };
      result.media.push(current);
    } else if (line.startsWith('a=fingerprint:sha-256 ')) {
      result.fingerprint = line.split(' ')[1];
    } else if (line.startsWith('a=setup:')) {
      result.setup = line.slice('a=setup:'.length);
    } else if (current && line.startsWith('a=mid:')) {
      current.mid = line.slice('a=mid:'.length);
    } else if (current && line.startsWith('a=ssrc:')) {
      const [ssrc, attribute] = line.slice('a=ssrc:'.length).split(' ');
      current.ssrc ??= Number(ssrc);
      if (attribute.startsWith('cname:')) current.cname ??= attribute.slice('cname:'.length);
    }
  }
  return result;
}
