#!/usr/bin/env node
// Smoke test for a mediasoup worker binary, e.g. one built by tools/mediasoup/build-worker.sh.
//
// Creates a Worker (spawning $MEDIASOUP_WORKER_BIN), a Router with opus + VP8 and two
// WebRtcTransports on 127.0.0.1. If werift (a WebRTC stack in pure TypeScript) is
// installed, a werift peer then produces opus + VP8 into one transport, a second werift
// peer consumes both from the other, and the consumers' stats are sampled twice to show
// that bytes keep flowing through ICE, DTLS and SRTP. Exit code 0 = passed.
//
// mediasoup and werift are resolved from the current directory first, then from this
// file's location, so it runs from a scratch directory:
//
//   BIN="$(tools/mediasoup/build-worker.sh --print-path)"
//   mkdir -p /tmp/ms-scratch && cd /tmp/ms-scratch && npm init -y
//   MEDIASOUP_WORKER_BIN="$BIN" npm install mediasoup@3.19.3 werift@0.23.0 --no-audit --no-fund
//   MEDIASOUP_WORKER_BIN="$BIN" node /path/to/repo/tools/mediasoup/smoke-test.mjs
//
// (MEDIASOUP_WORKER_BIN during `npm install` makes mediasoup's postinstall skip its
// download-or-build step.) Use werift 0.23.0: newer versions need Node 22.
import dgram from 'node:dgram';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const TIMEOUT_MS = 30_000;
const SAMPLE_INTERVAL_MS = 1_000;

const requireFromCwd = createRequire(path.join(process.cwd(), 'noop.js'));
const requireFromHere = createRequire(import.meta.url);
function load(name) {
  for (const req of [requireFromCwd, requireFromHere]) {
    try {
      return req(name);
    } catch (error) {
      if (error.code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  return null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args) => console.log(...args);

const mediasoup = load('mediasoup');
if (!mediasoup) {
  console.error('mediasoup is not installed here: see the header of this file for how to run it.');
  process.exit(1);
}
const werift = load('werift');

const watchdog = setTimeout(() => {
  console.error(`SMOKE TEST FAILED: no result after ${TIMEOUT_MS} ms`);
  process.exit(1);
}, TIMEOUT_MS);

// The codecs the router offers; payload types below are the werift peers' own choice.
const mediaCodecs = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
];
const OPUS = { mimeType: 'audio/opus', clockRate: 48000, channels: 2, payloadType: 100, rtcpFeedback: [] };
const VP8 = {
  mimeType: 'video/VP8',
  clockRate: 90000,
  payloadType: 101,
  rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
};
const KINDS = ['audio', 'video'];

async function main() {
  const startedAt = Date.now();
  const workerBin = process.env.MEDIASOUP_WORKER_BIN;
  log(`mediasoup ${mediasoup.version}, worker binary: ${workerBin || "(MEDIASOUP_WORKER_BIN unset: mediasoup's own)"}`);

  const worker = await mediasoup.createWorker({ logLevel: 'warn', rtcMinPort: 40000, rtcMaxPort: 40999 });
  worker.on('died', (error) => {
    console.error('SMOKE TEST FAILED: worker died:', error);
    process.exit(1);
  });
  log(`worker pid ${worker.pid}`);

  const router = await worker.createRouter({ mediaCodecs });
  log(`router codecs: ${router.rtpCapabilities.codecs.map((c) => c.mimeType).join(', ')}`);

  const listenInfos = [{ protocol: 'udp', ip: '127.0.0.1' }];
  const sendTransport = await router.createWebRtcTransport({ listenInfos });
  const recvTransport = await router.createWebRtcTransport({ listenInfos });
  for (const [name, t] of [
    ['send', sendTransport],
    ['recv', recvTransport],
  ]) {
    const c = t.iceCandidates[0];
    log(`${name} WebRtcTransport ${t.id} on ${c.protocol} ${c.address}:${c.port}`);
  }

  if (!werift) {
    log('werift is not installed: skipping the media part (npm install werift@0.23.0 to run it)');
    worker.close();
    log(`SMOKE TEST PASSED (worker, router, transports only) in ${Date.now() - startedAt} ms`);
    return 0;
  }

  const stun = await startLocalStunServer();
  const iceServers = [{ urls: `stun:127.0.0.1:${stun.address().port}` }];
  const { producers, sendPc, tracks } = await connectProducerPeer(router, sendTransport, iceServers);
  const { consumers, recvPc, received } = await connectConsumerPeer(router, recvTransport, producers, iceServers);
  const stopMedia = sendFakeMedia(tracks);

  // Wait for the first packets to arrive, then sample the consumers' stats twice.
  while (received.audio === 0 || received.video === 0) await sleep(100);
  log(`first RTP at the consuming peer after ${Date.now() - startedAt} ms`);
  const before = await consumerBytes(consumers);
  await sleep(SAMPLE_INTERVAL_MS);
  const after = await consumerBytes(consumers);
  stopMedia();

  let failed = false;
  for (const kind of KINDS) {
    const grew = after[kind].bytes > before[kind].bytes;
    failed ||= !grew;
    log(
      `${kind}: consumer sent ${before[kind].bytes} -> ${after[kind].bytes} bytes ` +
        `(+${after[kind].bytes - before[kind].bytes} in ${SAMPLE_INTERVAL_MS} ms, ` +
        `${after[kind].packets} packets), consuming peer received ${received[kind]} RTP packets: ` +
        (grew ? 'growing' : 'NOT growing'),
    );
  }
  log(
    `ICE/DTLS: send ${sendTransport.iceState}/${sendTransport.dtlsState}, ` +
      `recv ${recvTransport.iceState}/${recvTransport.dtlsState}`,
  );
  log(`consumer stats show bytes growing: ${failed ? 'NO' : 'yes'}`);

  await Promise.all([sendPc.close(), recvPc.close()]);
  stun.close();
  worker.close();
  log(`SMOKE TEST ${failed ? 'FAILED' : 'PASSED'} in ${Date.now() - startedAt} ms`);
  return failed ? 1 : 0;
}

/** A werift peer that sends opus + VP8 to `transport`; one mediasoup Producer per track. */
async function connectProducerPeer(router, transport, iceServers) {
  const { RTCPeerConnection, MediaStreamTrack, RTCRtpCodecParameters } = werift;
  const pc = new RTCPeerConnection({
    codecs: { audio: [new RTCRtpCodecParameters(OPUS)], video: [new RTCRtpCodecParameters(VP8)] },
    iceServers,
    headerExtensions: { audio: [], video: [] },
  });
  const tracks = {};
  for (const kind of KINDS) {
    tracks[kind] = new MediaStreamTrack({ kind });
    pc.addTransceiver(tracks[kind], { direction: 'sendonly' });
  }
  await pc.setLocalDescription(await pc.createOffer());
  const offer = parseSdp(pc.localDescription.sdp);

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

  const producers = {};
  for (const m of offer.media) {
    producers[m.kind] = await transport.produce({
      kind: m.kind,
      rtpParameters: {
        mid: m.mid,
        codecs: [codecFor(m.kind)],
        encodings: [{ ssrc: m.ssrc }],
        rtcp: { cname: m.cname || 'smoke-test' },
      },
    });
  }
  return { producers, sendPc: pc, tracks };
}

/** A werift peer that receives both producers from `transport` through paused Consumers. */
async function connectConsumerPeer(router, transport, producers, iceServers) {
  const { RTCPeerConnection, RTCRtpCodecParameters } = werift;
  const consumers = {};
  for (const kind of KINDS) {
    consumers[kind] = await transport.consume({
      producerId: producers[kind].id,
      rtpCapabilities: router.rtpCapabilities,
      paused: true,
    });
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
  const received = { audio: 0, video: 0 };
  pc.onTrack.subscribe((track) => track.onReceiveRtp.subscribe(() => received[track.kind]++));

  // mediasoup offers (setup:actpass); werift picks its DTLS role in its answer.
  const offer = buildSdp(
    transport,
    'actpass',
    KINDS.map((kind) => {
      const { rtpParameters } = consumers[kind];
      return {
        kind,
        mid: rtpParameters.mid,
        direction: 'sendonly',
        codecs: rtpParameters.codecs,
        ssrcLines: ssrcLines(consumers[kind].id, rtpParameters),
      };
    }),
  );
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  await pc.setLocalDescription(await pc.createAnswer());
  const answer = parseSdp(pc.localDescription.sdp);
  await transport.connect({
    dtlsParameters: {
      role: answer.setup === 'active' ? 'client' : 'server',
      fingerprints: [{ algorithm: 'sha-256', value: answer.fingerprint }],
    },
  });
  for (const kind of KINDS) await consumers[kind].resume();
  return { consumers, recvPc: pc, received };
}

/**
 * werift 0.23 always asks a STUN server for its public address while gathering ICE
 * candidates (stun.l.google.com when none is configured) and, offline, waits 5 s per peer
 * for the answer. This local responder answers Binding requests with the sender's own
 * address (XOR-MAPPED-ADDRESS, RFC 8489), so gathering ends at once.
 */
async function startLocalStunServer() {
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
  await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return socket;
}

/** Writes one opus and one VP8 packet every 20 ms; every VP8 packet is a (tiny) key frame. */
function sendFakeMedia(tracks) {
  const { RtpPacket, RtpHeader } = werift;
  // VP8 payload descriptor (start of partition 0), then a key-frame header: frame tag,
  // start code 9d 01 2a, 640x480. mediasoup forwards video only from a key frame on.
  const vp8Payload = Buffer.concat([
    Buffer.from([0x10, 0x00, 0x00, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]),
    Buffer.alloc(200, 0x55),
  ]);
  const opusPayload = Buffer.alloc(60, 0xab);
  let sequenceNumber = 0;
  let timestamp = 0;
  const timer = setInterval(() => {
    sequenceNumber = (sequenceNumber + 1) & 0xffff;
    timestamp = (timestamp + 960) >>> 0;
    const header = (payloadType, ts) => new RtpHeader({ payloadType, sequenceNumber, timestamp: ts, marker: true });
    tracks.audio.writeRtp(new RtpPacket(header(OPUS.payloadType, timestamp), opusPayload));
    tracks.video.writeRtp(new RtpPacket(header(VP8.payloadType, (timestamp * 2) >>> 0), vp8Payload));
  }, 20);
  return () => clearInterval(timer);
}

async function consumerBytes(consumers) {
  const result = {};
  for (const kind of KINDS) {
    const stats = (await consumers[kind].getStats()).find((s) => s.type === 'outbound-rtp') ?? {};
    result[kind] = { bytes: stats.byteCount ?? 0, packets: stats.packetCount ?? 0 };
  }
  return result;
}

function codecFor(kind) {
  return kind === 'audio' ? OPUS : VP8;
}

function ssrcLines(streamId, rtpParameters) {
  const { ssrc, rtx } = rtpParameters.encodings[0];
  const { cname } = rtpParameters.rtcp;
  const lines = [`a=msid:smoke ${streamId}`];
  if (rtx) lines.push(`a=ssrc-group:FID ${ssrc} ${rtx.ssrc}`);
  lines.push(`a=ssrc:${ssrc} cname:${cname}`, `a=ssrc:${ssrc} msid:smoke ${streamId}`);
  if (rtx) lines.push(`a=ssrc:${rtx.ssrc} cname:${cname}`);
  return lines;
}

/** A BUNDLEd SDP for a mediasoup WebRtcTransport (ICE-lite, all sections on one port). */
function buildSdp(transport, setup, sections) {
  const fingerprint = transport.dtlsParameters.fingerprints.find((f) => f.algorithm === 'sha-256').value;
  const { usernameFragment, password } = transport.iceParameters;
  const candidates = transport.iceCandidates;
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
      const channels = codec.channels > 1 ? `/${codec.channels}` : '';
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

/** The few things read back from a werift SDP: DTLS fingerprint and setup, and per m= section its mid, SSRC, cname. */
function parseSdp(sdp) {
  const result = { media: [], fingerprint: undefined, setup: undefined };
  let current;
  for (const line of sdp.split(/\r?\n/)) {
    if (line.startsWith('m=')) {
      current = { kind: line.slice(2).split(' ')[0] };
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

main().then(
  (code) => {
    clearTimeout(watchdog);
    // werift keeps sockets and timers around after close(); do not wait for them.
    setTimeout(() => process.exit(code), 200);
  },
  (error) => {
    console.error('SMOKE TEST FAILED:', error);
    process.exit(1);
  },
);
