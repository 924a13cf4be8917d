import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * For `npm start` and the tests, never for production: when MEDIASOUP_WORKER_BIN is not
 * set, set it to the worker that tools/mediasoup/build-worker.sh builds from Debian
 * packages and caches (a cached call takes milliseconds; a first build a few minutes).
 */
export function useDevelopmentWorkerBin(repoRoot: string): string {
  const configured = process.env['MEDIASOUP_WORKER_BIN'];
  if (configured) return configured;
  const path = execFileSync(join(repoRoot, 'tools/mediasoup/build-worker.sh'), ['--print-path'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  process.env['MEDIASOUP_WORKER_BIN'] = path;
  return path;
}
