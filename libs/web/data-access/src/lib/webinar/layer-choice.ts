/**
 * Which simulcast layer each remote camera should be received in: no more pixels than its
 * tile shows, and no more bits than the receiver's network carries. mediasoup then picks
 * layers up to this ceiling by its own bandwidth estimate; the ceiling is what keeps a
 * phone on mobile data from receiving 720p into a thumbnail.
 */

/** The camera's three simulcast encodings, lowest first (sent from a 1280x720 capture). */
export const CAMERA_SIMULCAST_ENCODINGS: readonly RTCRtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 100_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 300_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 900_000 },
];

/** What each camera layer costs on the wire, lowest first (bits/s). */
export const CAMERA_LAYER_BITRATES: readonly number[] = CAMERA_SIMULCAST_ENCODINGS.map(
  (encoding) => encoding.maxBitrate ?? 0,
);

/** The height each layer is sent at from a 720p capture. */
export const CAMERA_LAYER_HEIGHTS: readonly number[] = [180, 360, 720];

/** Room kept for every audio stream and for RTCP when sharing out the bandwidth (bits/s). */
export const AUDIO_RESERVE_BPS = 40_000;

/** Below this, even every camera at its lowest layer does not fit: time for audio only. */
export const MIN_VIDEO_BUDGET_BPS = CAMERA_LAYER_BITRATES[0] + AUDIO_RESERVE_BPS;

export interface VideoDemand {
  consumerId: string;
  /** CSS pixels the tile shows the video at; 0 when it is not on screen. */
  width: number;
  height: number;
  /** Shared out first when bandwidth is short: the active speaker, the main stage. */
  priority: number;
  /** How many spatial layers the producer sends (1 for screen shares, 3 for cameras). */
  layers: number;
}

export interface LayerChoice {
  /** consumerId -> spatial layer (0 = lowest). */
  layers: Map<string, number>;
  /** Estimated bits/s of the chosen layers. */
  bitrate: number;
  /** False when even the lowest layers exceed the available bandwidth. */
  fits: boolean;
}

/** The smallest layer whose height covers the tile (with a little upscaling allowed). */
export function layerForTile(width: number, height: number, layers: number, devicePixelRatio = 1): number {
  const top = Math.max(0, Math.min(layers, CAMERA_LAYER_HEIGHTS.length) - 1);
  if (width <= 0 || height <= 0) return 0;
  // A 16:9 picture in a tile of another shape: the larger of the two needs decides.
  const needed = Math.max(height, (width * 9) / 16) * Math.min(devicePixelRatio, 2);
  for (let layer = 0; layer <= top; layer++) {
    if (CAMERA_LAYER_HEIGHTS[layer] >= needed * 0.8) return layer;
  }
  return top;
}

/**
 * Layers by tile size, then lowered, least important tile first, until they fit into
 * `availableBps` (null: unknown, so only the tile sizes count).
 */
export function chooseLayers(
  demands: readonly VideoDemand[],
  availableBps: number | null,
  audioStreams = 1,
  devicePixelRatio = 1,
): LayerChoice {
  const chosen = demands.map((demand) => ({
    demand,
    layer: layerForTile(demand.width, demand.height, demand.layers, devicePixelRatio),
  }));
  const cost = () => chosen.reduce((sum, item) => sum + (CAMERA_LAYER_BITRATES[item.layer] ?? 0), 0);
  let bitrate = cost();
  let fits = true;
  if (availableBps !== null) {
    const budget = availableBps * 0.85 - AUDIO_RESERVE_BPS * Math.max(1, audioStreams);
    // Least important first; among equals, the one with the most to give.
    const order = [...chosen].sort(
      (a, b) =>
        a.demand.priority - b.demand.priority ||
        b.layer - a.layer ||
        (a.demand.consumerId < b.demand.consumerId ? -1 : 1),
    );
    while (bitrate > budget) {
      const victim = order.find((item) => item.layer > 0);
      if (!victim) break;
      victim.layer -= 1;
      bitrate = cost();
    }
    fits = bitrate <= budget;
  }
  return { layers: new Map(chosen.map((item) => [item.demand.consumerId, item.layer])), bitrate, fits };
}
