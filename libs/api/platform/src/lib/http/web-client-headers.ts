/**
 * Files the build names by their content hash: they never change. esbuild writes
 * `chunk-ABCD1234.js`, the chunk optimizer (Rollup) `chunk-Ab_c-123.js`; the path may be the
 * precompressed `.br`/`.gz` copy.
 */
const HASHED_FILE = /-[\w-]{8}\.(js|css)(\.br|\.gz)?$/;

/**
 * The Cache-Control of a file of the built web client. Hashed files are kept for a year;
 * everything else is asked again each time (`no-cache` revalidates, cheap with an ETag):
 * index.html, and Angular's service worker (`ngsw-worker.js`) with its manifest
 * (`ngsw.json`), so a new version reaches phones on their next visit rather than in a day.
 * The worker lives at the root, so its scope is the whole site without a
 * Service-Worker-Allowed header.
 */
export function webClientCacheControl(path: string): string {
  return HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
