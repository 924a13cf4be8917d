import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * For `npm start`, the tests and the benchmarks, never for production: when
 * MEDIASOUP_WORKER_BIN is not set, set it to the worker build-worker.sh (beside this file)
 * builds from Debian packages and caches (a cached call takes milliseconds; a first build
 * a few minutes). Answers the path.
 */
export function useDevelopmentWorkerBin(): string {
  const configured = process.env['MEDIASOUP_WORKER_BIN'];
  if (configured) return configured;
  const path = execFileSync(join(__dirname, 'build-worker.sh'), ['--print-path'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  process.env['MEDIASOUP_WORKER_BIN'] = path;
  return path;
}
