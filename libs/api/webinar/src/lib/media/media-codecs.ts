import type { types } from 'mediasoup';

type RouterRtpCodecCapability = types.RouterRtpCodecCapability;

/**
 * The codecs every webinar router offers: Opus for voice, VP8 (simulcast in every browser)
 * and H264 constrained baseline (hardware encoders on phones; Safari). Payload types are
 * left to mediasoup.
 */
export const MEDIA_CODECS: readonly RouterRtpCodecCapability[] = Object.freeze([
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, parameters: { 'x-google-start-bitrate': 500 } },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: { 'packetization-mode': 1, 'profile-level-id': '42e01f', 'level-asymmetry-allowed': 1 },
  },
]);
