import { CameraScanner } from './camera-scanner';
import type { QrDetector } from './qr-detector';

describe('CameraScanner', () => {
  const stopTrack = jest.fn();
  const stream = { getTracks: () => [{ stop: stopTrack }] } as unknown as MediaStream;
  const getUserMedia = jest.fn(async () => stream);
  let frames: string[][];
  const detector: QrDetector = { detect: async () => (frames.shift() ?? []).map((rawValue) => ({ rawValue })) };

  beforeAll(() => {
    // The browser's camera: jsdom has none.
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    jest.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue();
    jest.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(HTMLMediaElement.HAVE_ENOUGH_DATA);
  });

  beforeEach(() => {
    jest.useFakeTimers();
    stopTrack.mockClear();
  });
  afterEach(() => jest.useRealTimers());

  async function frame() {
    await jest.advanceTimersByTimeAsync(200);
  }

  it('asks for the rear camera and reads a ticket held in front of it once', async () => {
    frames = [['kode-a'], ['kode-a'], ['kode-a'], [], ['kode-b']];
    const codes: string[] = [];
    const scanner = new CameraScanner();
    const video = document.createElement('video');
    await scanner.start(video, detector, (code) => codes.push(code));
    for (let i = 0; i < 5; i++) await frame();
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    expect(video.srcObject).toBe(stream);
    expect(codes).toEqual(['kode-a', 'kode-b']);

    scanner.stop();
    expect(stopTrack).toHaveBeenCalled();
    frames = [['kode-c']];
    await frame();
    expect(codes).toEqual(['kode-a', 'kode-b']);
  });
});
