/**
 * The presenter of the webinar forwarding benchmark: ffmpeg (Debian's) sends a pre-encoded
 * clip, VP8 + Opus, as RTP with `-c copy`, looping, at its own pace (`-re`). No encoding
 * happens while the benchmark measures; ffmpeg only packetizes.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const AUDIO = { ssrc: 11111111, payloadType: 100 } as const;
export const VIDEO = { ssrc: 22222222, payloadType: 101 } as const;

/** 20 s of 640x360 30 fps VP8 at ~600 kbit/s (a key frame every second) and stereo Opus 48 kbit/s in 20 ms frames. */
const CLIP_ARGS = [
  ...['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30'],
  ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
  ...['-t', '20', '-map', '0:v', '-map', '1:a'],
  ...['-c:v', 'libvpx', '-b:v', '600k', '-minrate', '600k', '-maxrate', '600k', '-deadline', 'realtime'],
  ...['-cpu-used', '8', '-g', '30', '-keyint_min', '30', '-auto-alt-ref', '0'],
  ...['-c:a', 'libopus', '-b:a', '48k', '-ac', '2', '-frame_duration', '20'],
];

function requireFfmpeg(): void {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error('ffmpeg is missing: apt-get install -y ffmpeg');
  }
}

/** The clip, encoded once and cached under ~/.cache/bina-pustaka/bench (keyed by the encoding arguments). */
export function ensureClip(): string {
  requireFfmpeg();
  const cacheRoot = process.env['BINA_PUSTAKA_CACHE'] ?? join(homedir(), '.cache', 'bina-pustaka');
  const directory = join(cacheRoot, 'bench');
  const key = createHash('sha256').update(CLIP_ARGS.join(' ')).digest('hex').slice(0, 12);
  const clip = join(directory, `webinar-clip-${key}.mkv`);
  if (existsSync(clip)) return clip;
  mkdirSync(directory, { recursive: true });
  const partial = `${clip}.partial.mkv`;
  console.log(`encoding the presenter clip once (${clip}) ...`);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...CLIP_ARGS, partial], { stdio: 'inherit' });
  renameSync(partial, clip);
  return clip;
}

export interface PresenterPorts {
  audio: { rtp: number; rtcp: number };
  video: { rtp: number; rtcp: number };
}

/** Starts streaming the clip, looping, to the two PlainTransports (comedia, RTCP not muxed) on 127.0.0.1. */
export function startPresenter(clip: string, ports: PresenterPorts): ChildProcess {
  const rtp = ({ rtp, rtcp }: { rtp: number; rtcp: number }) => `rtp://127.0.0.1:${rtp}?rtcpport=${rtcp}&pkt_size=1200`;
  const child = spawn(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-re', '-stream_loop', '-1', '-i', clip],
      ...['-map', '0:a', '-c:a', 'copy', '-f', 'rtp', '-ssrc', String(AUDIO.ssrc)],
      ...['-payload_type', String(AUDIO.payloadType), rtp(ports.audio)],
      ...['-map', '0:v', '-c:v', 'copy', '-f', 'rtp', '-ssrc', String(VIDEO.ssrc)],
      ...['-payload_type', String(VIDEO.payloadType), rtp(ports.video)],
    ],
    // stdout carries the SDP ffmpeg prints for RTP outputs: not needed.
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return child;
}

/** SIGTERM, then SIGKILL if it has not gone within 2 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(timer);
}
