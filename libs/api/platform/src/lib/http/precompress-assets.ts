import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files of the built client worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|ico|webmanifest)$/;
/** Below this a compressed copy saves less than its headers cost (the same threshold as on-the-fly compression). */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (Brotli at its best quality, 11) and `<file>.gz` (gzip -9) beside every
 * text file of the built web client that lacks a current copy, for @fastify/static's
 * `preCompressed` to send. On-the-fly compression can only afford Brotli quality 4: the main
 * script is about 15% smaller at 11, and the server no longer compresses it per request.
 * Runs in zlib's thread pool, one file at a time, so the api answers meanwhile (with
 * on-the-fly compression until a file's copy exists). Resolves with how many files it
 * compressed; rejects when the folder cannot be written (the server then keeps compressing
 * on the fly).
 */
export async function precompressAssets(root: string): Promise<number> {
  let written = 0;
  for (const name of await readdir(root, { recursive: true })) {
    if (!COMPRESSIBLE.test(name)) continue;
    const path = join(root, name);
    const source = await stat(path);
    if (!source.isFile() || source.size < MIN_BYTES) continue;
    if ((await isCurrent(`${path}.br`, source.mtimeMs)) && (await isCurrent(`${path}.gz`, source.mtimeMs))) continue;
    const content = await readFile(path);
    const [br, gz] = [
      await brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      await gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ];
    await writeFile(`${path}.br`, br);
    await writeFile(`${path}.gz`, gz);
    written++;
  }
  return written;
}

/** A copy written after its source (a rebuild replaces the sources, so older copies are stale). */
async function isCurrent(path: string, sourceMtimeMs: number): Promise<boolean> {
  try {
    return (await stat(path)).mtimeMs >= sourceMtimeMs;
  } catch {
    return false;
  }
}
