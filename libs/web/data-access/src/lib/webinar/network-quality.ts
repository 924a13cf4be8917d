/**
 * How good a connection is, from WebRTC statistics: round-trip time, packet loss and (where
 * the browser knows it) the available bitrate. Shown as a coloured dot per person, and
 * used to fall back to audio only before the sound breaks up.
 */

import { WEBINAR_NETWORK_QUALITIES, type WebinarNetworkQuality } from '@bina-pustaka/shared-contracts';

/** The words the room reports in (shared with the server, which passes them on). */
export const NETWORK_QUALITIES = WEBINAR_NETWORK_QUALITIES;
export type NetworkQuality = WebinarNetworkQuality;

export interface NetworkSample {
  rttMs: number | null;
  /** 0-1 of the packets in the last interval. */
  lossFraction: number | null;
  /** The bandwidth estimate, when the browser reports one (bits/s). */
  availableBps: number | null;
  /** Inter-arrival jitter of the received audio (ms). */
  jitterMs?: number | null;
}

const POOR = { loss: 0.08, rttMs: 700, availableBps: 150_000, jitterMs: 120 };
const FAIR = { loss: 0.02, rttMs: 300, availableBps: 400_000, jitterMs: 50 };

/** null when the sample says nothing yet (no packets, no round trip measured). */
export function classifyNetwork(sample: NetworkSample): NetworkQuality | null {
  const { rttMs, lossFraction, availableBps } = sample;
  const jitterMs = sample.jitterMs ?? null;
  if (rttMs === null && lossFraction === null && availableBps === null && jitterMs === null) return null;
  const over = (value: number | null, limit: number) => value !== null && value >= limit;
  const under = (value: number | null, limit: number) => value !== null && value < limit;
  if (
    over(lossFraction, POOR.loss) ||
    over(rttMs, POOR.rttMs) ||
    under(availableBps, POOR.availableBps) ||
    over(jitterMs, POOR.jitterMs)
  )
    return 'poor';
  if (
    over(lossFraction, FAIR.loss) ||
    over(rttMs, FAIR.rttMs) ||
    under(availableBps, FAIR.availableBps) ||
    over(jitterMs, FAIR.jitterMs)
  )
    return 'fair';
  return 'good';
}

/**
 * Audio only: received video paused and the camera off. `manual` when the person chose it,
 * `auto` when the network did (see `QualityTracker.shouldFallBack`).
 */
export type AudioOnlyMode = 'off' | 'manual' | 'auto';

/** Samples in a row that must agree before the shown quality changes (one every 2 s). */
export const QUALITY_SETTLE_SAMPLES = 2;
/** Poor samples in a row before video is switched off by itself. */
export const AUTO_AUDIO_ONLY_SAMPLES = 3;

/**
 * Smooths the classification: the shown quality moves only when consecutive samples agree,
 * and `shouldFallBack` says when the connection has been poor long enough to drop video.
 */
export class QualityTracker {
  private shown: NetworkQuality | null = null;
  private candidate: NetworkQuality | null = null;
  private agreeing = 0;
  private poorRun = 0;

  get quality(): NetworkQuality | null {
    return this.shown;
  }

  get shouldFallBack(): boolean {
    return this.poorRun >= AUTO_AUDIO_ONLY_SAMPLES;
  }

  push(quality: NetworkQuality | null): NetworkQuality | null {
    if (quality === null) return this.shown;
    this.poorRun = quality === 'poor' ? this.poorRun + 1 : 0;
    if (this.shown === null) {
      this.shown = quality;
      this.candidate = quality;
      this.agreeing = 1;
      return this.shown;
    }
    if (quality === this.candidate) this.agreeing += 1;
    else {
      this.candidate = quality;
      this.agreeing = 1;
    }
    // Getting worse shows at once for poor, so people learn why the picture froze.
    if (quality !== this.shown && (this.agreeing >= QUALITY_SETTLE_SAMPLES || quality === 'poor')) this.shown = quality;
    return this.shown;
  }

  reset(): void {
    this.shown = null;
    this.candidate = null;
    this.agreeing = 0;
    this.poorRun = 0;
  }
}

/** The parts of an RTCStats entry we read (all optional: browsers differ). */
export interface StatLike {
  type: string;
  id?: string;
  kind?: string;
  mid?: string;
  state?: string;
  nominated?: boolean;
  packetsReceived?: number;
  packetsLost?: number;
  bytesReceived?: number;
  jitter?: number;
  fractionLost?: number;
  roundTripTime?: number;
  currentRoundTripTime?: number;
  availableOutgoingBitrate?: number;
  availableIncomingBitrate?: number;
  timestamp?: number;
}

/** Cumulative receive counters of one stream (an inbound-rtp, keyed by its mid). */
export interface ReceiveCounters {
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
  jitterMs: number | null;
  kind: string;
  at: number;
}

export interface TransportReading {
  /** By mid; mediasoup's bandwidth probe ("probator") is left out. */
  streams: Map<string, ReceiveCounters>;
  rttMs: number | null;
  availableIncomingBps: number | null;
  availableOutgoingBps: number | null;
  /** Loss the far end reports for what we send (remote-inbound-rtp), 0-1. */
  remoteLossFraction: number | null;
}

/** The entries of a getStats() answer, as the parts we read. */
export function statValues(report: RTCStatsReport): StatLike[] {
  const values: StatLike[] = [];
  report.forEach((value: StatLike) => values.push(value));
  return values;
}

/** Reads what we need from a transport's getStats() answer. */
export function readTransportStats(stats: Iterable<StatLike>, now: number): TransportReading {
  const streams = new Map<string, ReceiveCounters>();
  let rttMs: number | null = null;
  let availableIncomingBps: number | null = null;
  let availableOutgoingBps: number | null = null;
  let remoteLoss: number | null = null;
  for (const stat of stats) {
    if (stat.type === 'inbound-rtp' && stat.mid !== undefined && stat.mid !== 'probator') {
      streams.set(stat.mid, {
        packetsReceived: stat.packetsReceived ?? 0,
        packetsLost: Math.max(0, stat.packetsLost ?? 0),
        bytesReceived: stat.bytesReceived ?? 0,
        jitterMs: stat.jitter === undefined ? null : stat.jitter * 1000,
        kind: stat.kind ?? '',
        at: stat.timestamp ?? now,
      });
    } else if (stat.type === 'candidate-pair' && (stat.nominated || stat.state === 'succeeded')) {
      if (stat.currentRoundTripTime !== undefined) rttMs = stat.currentRoundTripTime * 1000;
      if (stat.availableIncomingBitrate !== undefined) availableIncomingBps = stat.availableIncomingBitrate;
      if (stat.availableOutgoingBitrate !== undefined) availableOutgoingBps = stat.availableOutgoingBitrate;
    } else if (stat.type === 'remote-inbound-rtp') {
      if (stat.fractionLost !== undefined) remoteLoss = Math.max(remoteLoss ?? 0, stat.fractionLost);
      if (rttMs === null && stat.roundTripTime !== undefined) rttMs = stat.roundTripTime * 1000;
    }
  }
  return { streams, rttMs, availableIncomingBps, availableOutgoingBps, remoteLossFraction: remoteLoss };
}

export interface StreamDelta {
  lossFraction: number | null;
  bitrateBps: number;
  jitterMs: number | null;
  /** Bytes arrived since the previous reading. */
  flowing: boolean;
}

/** What changed in one stream between two readings. */
export function streamDelta(before: ReceiveCounters | undefined, after: ReceiveCounters): StreamDelta {
  if (!before) return { lossFraction: null, bitrateBps: 0, jitterMs: after.jitterMs, flowing: after.bytesReceived > 0 };
  const received = Math.max(0, after.packetsReceived - before.packetsReceived);
  const lost = Math.max(0, after.packetsLost - before.packetsLost);
  const seconds = Math.max(0.001, (after.at - before.at) / 1000);
  const bytes = Math.max(0, after.bytesReceived - before.bytesReceived);
  return {
    lossFraction: received + lost > 0 ? lost / (received + lost) : null,
    bitrateBps: (bytes * 8) / seconds,
    jitterMs: after.jitterMs,
    flowing: bytes > 0,
  };
}

/** Everything received between two readings of a transport, taken together. */
export function transportDelta(before: TransportReading | null, after: TransportReading): StreamDelta {
  let received = 0;
  let lost = 0;
  let bits = 0;
  let seconds = 0;
  let jitter: number | null = null;
  for (const [mid, counters] of after.streams) {
    const previous = before?.streams.get(mid);
    if (!previous) continue;
    received += Math.max(0, counters.packetsReceived - previous.packetsReceived);
    lost += Math.max(0, counters.packetsLost - previous.packetsLost);
    bits += Math.max(0, counters.bytesReceived - previous.bytesReceived) * 8;
    seconds = Math.max(seconds, (counters.at - previous.at) / 1000);
    if (counters.kind === 'audio' && counters.jitterMs !== null) jitter = Math.max(jitter ?? 0, counters.jitterMs);
  }
  return {
    lossFraction: received + lost > 0 ? lost / (received + lost) : null,
    bitrateBps: seconds > 0 ? bits / seconds : 0,
    jitterMs: jitter,
    flowing: bits > 0,
  };
}
