import {
  CAMERA_LAYER_BITRATES,
  CAMERA_SIMULCAST_ENCODINGS,
  chooseLayers,
  layerForTile,
  type VideoDemand,
} from './layer-choice';

const tile = (consumerId: string, width: number, height: number, priority = 1): VideoDemand => ({
  consumerId,
  width,
  height,
  priority,
  layers: 3,
});

describe('simulcast layer choice', () => {
  it('sends the camera in three layers, a quarter, half and full size', () => {
    expect(CAMERA_SIMULCAST_ENCODINGS.map((encoding) => encoding.scaleResolutionDownBy)).toEqual([4, 2, 1]);
    expect(CAMERA_LAYER_BITRATES).toEqual([100_000, 300_000, 900_000]);
  });

  it('takes no more pixels than the tile shows', () => {
    expect(layerForTile(160, 90, 3)).toBe(0);
    expect(layerForTile(320, 180, 3)).toBe(0);
    expect(layerForTile(480, 270, 3)).toBe(1);
    expect(layerForTile(640, 360, 3)).toBe(1);
    expect(layerForTile(1280, 720, 3)).toBe(2);
    // A tall phone tile: its height decides.
    expect(layerForTile(390, 520, 3)).toBe(2);
    // Off screen: the lowest.
    expect(layerForTile(0, 0, 3)).toBe(0);
  });

  it('counts device pixels on sharp screens (up to 2x)', () => {
    expect(layerForTile(320, 180, 3, 1)).toBe(0);
    expect(layerForTile(320, 180, 3, 2)).toBe(1);
    expect(layerForTile(320, 180, 3, 3)).toBe(1);
  });

  it('never asks for a layer the producer does not send', () => {
    expect(layerForTile(1280, 720, 1)).toBe(0);
    expect(layerForTile(1280, 720, 2)).toBe(1);
  });

  it('keeps the tile sizes when the bandwidth is unknown or ample', () => {
    const demands = [tile('a', 1280, 720), tile('b', 320, 180)];
    expect([...chooseLayers(demands, null).layers]).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
    expect(chooseLayers(demands, 5_000_000).fits).toBe(true);
  });

  it('lowers the least important tile first when the bandwidth is short', () => {
    const demands = [tile('speaker', 1280, 720, 2), tile('other', 1280, 720, 1)];
    // 1.2 Mbit/s: 0.85 x 1.2M - 2 x 40k audio = 940k; 900k + 900k does not fit, 900k + 0 does not either
    // (1.0M), so both step down until they fit, the other one first.
    const choice = chooseLayers(demands, 1_200_000, 2);
    expect(choice.layers.get('other')).toBe(0);
    expect(choice.layers.get('speaker')).toBe(1);
    expect(choice.fits).toBe(true);
  });

  it('says when even the lowest layers do not fit (time for audio only)', () => {
    const demands = [tile('a', 640, 360), tile('b', 640, 360), tile('c', 640, 360)];
    const choice = chooseLayers(demands, 200_000, 1);
    expect([...choice.layers.values()]).toEqual([0, 0, 0]);
    expect(choice.fits).toBe(false);
  });
});
