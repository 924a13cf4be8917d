import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'qrcode';

/** Pixels per QR module and the quiet zone around the code, in modules. */
const SCALE = 8;
const QUIET = 4;
/** Luma of dark and light pixels (video range) and the neutral chroma. */
const DARK = 16;
const LIGHT = 235;
const NEUTRAL = 128;

/**
 * A video of one QR code for chromium's fake camera (`--use-file-for-fake-video-capture`):
 * a Y4M file (YUV 4:2:0) whose frames all show `text`, the way a guest holds their phone's
 * ticket up to the door's camera. Written to `dir`; the path is returned.
 */
export function qrCodeVideo(text: string, dir: string, name = 'ticket.y4m'): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + QUIET * 2) * SCALE;
  const luma = Buffer.alloc(size * size, LIGHT);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < SCALE; y++) {
        const start = ((row + QUIET) * SCALE + y) * size + (col + QUIET) * SCALE;
        luma.fill(DARK, start, start + SCALE);
      }
    }
  }
  const chroma = Buffer.alloc((size / 2) * (size / 2) * 2, NEUTRAL);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${size} H${size} F10:1 Ip A1:1 C420jpeg\n`);
  // Chromium loops the file; a second of frames is plenty.
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
  return path;
}
