import {
  AUTO_AUDIO_ONLY_SAMPLES,
  QualityTracker,
  classifyNetwork,
  readTransportStats,
  streamDelta,
  transportDelta,
  type StatLike,
} from './network-quality';

const sample = (values: Partial<Parameters<typeof classifyNetwork>[0]>) => ({
  rttMs: null,
  lossFraction: null,
  availableBps: null,
  ...values,
});

describe('network quality', () => {
  it('says nothing before anything was measured', () => {
    expect(classifyNetwork(sample({}))).toBeNull();
  });

  it('classifies round trip, loss, bandwidth and jitter', () => {
    expect(classifyNetwork(sample({ rttMs: 40, lossFraction: 0, availableBps: 2_000_000 }))).toBe('good');
    expect(classifyNetwork(sample({ rttMs: 350 }))).toBe('fair');
    expect(classifyNetwork(sample({ lossFraction: 0.03 }))).toBe('fair');
    expect(classifyNetwork(sample({ availableBps: 300_000 }))).toBe('fair');
    expect(classifyNetwork(sample({ jitterMs: 60 }))).toBe('fair');
    expect(classifyNetwork(sample({ rttMs: 900 }))).toBe('poor');
    expect(classifyNetwork(sample({ lossFraction: 0.12 }))).toBe('poor');
    expect(classifyNetwork(sample({ availableBps: 100_000 }))).toBe('poor');
    // The worst measure decides.
    expect(classifyNetwork(sample({ rttMs: 30, lossFraction: 0.2 }))).toBe('poor');
  });

  it('moves the shown quality only when samples agree, except down to poor', () => {
    const tracker = new QualityTracker();
    expect(tracker.push('good')).toBe('good');
    expect(tracker.push('fair')).toBe('good');
    expect(tracker.push('fair')).toBe('fair');
    expect(tracker.push('good')).toBe('fair');
    expect(tracker.push('poor')).toBe('poor');
    expect(tracker.push(null)).toBe('poor');
  });

  it('asks for audio only after poor samples in a row, and not after one', () => {
    const tracker = new QualityTracker();
    tracker.push('poor');
    expect(tracker.shouldFallBack).toBe(false);
    tracker.push('good');
    for (let i = 1; i < AUTO_AUDIO_ONLY_SAMPLES; i++) tracker.push('poor');
    expect(tracker.shouldFallBack).toBe(false);
    tracker.push('poor');
    expect(tracker.shouldFallBack).toBe(true);
    tracker.reset();
    expect(tracker.shouldFallBack).toBe(false);
    expect(tracker.quality).toBeNull();
  });

  it('reads loss, bitrate and round trip from getStats, leaving out the bandwidth probe', () => {
    const at = (t: number, audio: [number, number, number], video: [number, number, number]): StatLike[] => [
      {
        type: 'inbound-rtp',
        mid: '0',
        kind: 'audio',
        packetsReceived: audio[0],
        packetsLost: audio[1],
        bytesReceived: audio[2],
        jitter: 0.01,
        timestamp: t,
      },
      {
        type: 'inbound-rtp',
        mid: '1',
        kind: 'video',
        packetsReceived: video[0],
        packetsLost: video[1],
        bytesReceived: video[2],
        timestamp: t,
      },
      {
        type: 'inbound-rtp',
        mid: 'probator',
        kind: 'video',
        packetsReceived: 999,
        packetsLost: 999,
        bytesReceived: 9e9,
        timestamp: t,
      },
      { type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.08, timestamp: t },
    ];
    const first = readTransportStats(at(1_000, [100, 0, 10_000], [500, 0, 500_000]), 1_000);
    const second = readTransportStats(at(3_000, [200, 0, 20_000], [900, 100, 750_000]), 3_000);
    expect(first.streams.has('probator')).toBe(false);
    expect(second.rttMs).toBeCloseTo(80);
    const all = transportDelta(first, second);
    // 100 + 400 received, 100 lost.
    expect(all.lossFraction).toBeCloseTo(100 / 600);
    // 260,000 bytes in 2 s.
    expect(all.bitrateBps).toBeCloseTo(1_040_000);
    expect(all.jitterMs).toBeCloseTo(10);
    const after = second.streams.get('1');
    if (!after) throw new Error('no video stream');
    const video = streamDelta(first.streams.get('1'), after);
    expect(video.lossFraction).toBeCloseTo(0.2);
    expect(video.flowing).toBe(true);
  });

  it('reads what the far end reports about what we send', () => {
    const reading = readTransportStats(
      [
        { type: 'remote-inbound-rtp', kind: 'video', fractionLost: 0.05, roundTripTime: 0.2 },
        { type: 'remote-inbound-rtp', kind: 'audio', fractionLost: 0.01, roundTripTime: 0.2 },
        { type: 'candidate-pair', state: 'succeeded', availableOutgoingBitrate: 800_000 },
      ],
      0,
    );
    expect(reading.remoteLossFraction).toBeCloseTo(0.05);
    expect(reading.rttMs).toBeCloseTo(200);
    expect(reading.availableOutgoingBps).toBe(800_000);
  });
});
