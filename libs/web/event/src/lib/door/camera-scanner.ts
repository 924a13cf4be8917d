import type { QrDetector } from './qr-detector';

/** How often a frame is read: fast enough to feel instant, slow enough for an old phone's battery. */
const FRAME_MS = 200;
/** A ticket held in front of the camera is read once, not every frame. */
const SAME_CODE_MS = 3000;

/**
 * The rear camera into a <video>, read frame by frame by a QR detector. The stream and the
 * timer end with stop() (leaving the page, or the staff member closing the camera).
 */
export class CameraScanner {
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last: { code: string; at: number } | null = null;

  async start(video: HTMLVideoElement, detector: QrDetector, onCode: (code: string) => void): Promise<void> {
    this.stop();
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' } },
      audio: false,
    });
    this.stream = stream;
    video.srcObject = stream;
    await video.play();
    const read = async () => {
      if (this.stream !== stream) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        const found = await detector.detect(video).catch(() => []);
        const code = found[0]?.rawValue;
        if (code && this.stream === stream && this.isNew(code)) onCode(code);
      }
      if (this.stream === stream) this.timer = setTimeout(read, FRAME_MS);
    };
    void read();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
  }

  private isNew(code: string): boolean {
    const now = Date.now();
    const fresh = !this.last || this.last.code !== code || now - this.last.at > SAME_CODE_MS;
    this.last = { code, at: now };
    return fresh;
  }
}
