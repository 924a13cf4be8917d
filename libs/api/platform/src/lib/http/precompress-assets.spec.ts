import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressAssets } from './precompress-assets';

describe('precompressAssets', () => {
  let root: string;
  const script = 'export const words = "Selamat datang di Bina Pustaka";\n'.repeat(200);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bp-precompress-'));
    writeFileSync(join(root, 'main-AB12CD34.js'), script);
    writeFileSync(join(root, 'tiny.css'), 'body{margin:0}');
    writeFileSync(join(root, 'photo.png'), Buffer.alloc(4096, 7));
    mkdirSync(join(root, 'media'));
    writeFileSync(join(root, 'media', 'icons.svg'), `<svg>${'<path d="M0 0h24v24H0z"/>'.repeat(100)}</svg>`);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes Brotli and gzip copies of the text files, in subfolders too, that decompress to the file', async () => {
    expect(await precompressAssets(root)).toBe(2);
    const br = readFileSync(join(root, 'main-AB12CD34.js.br'));
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(root, 'main-AB12CD34.js.gz'))).toString()).toBe(script);
    expect(br.length).toBeLessThan(script.length / 10);
    expect(existsSync(join(root, 'media', 'icons.svg.br'))).toBe(true);
    // Too small to gain anything, or compressed already.
    expect(existsSync(join(root, 'tiny.css.br'))).toBe(false);
    expect(existsSync(join(root, 'photo.png.br'))).toBe(false);
  });

  it('leaves current copies alone and redoes those older than their file', async () => {
    await precompressAssets(root);
    expect(await precompressAssets(root)).toBe(0);

    const changed = script.replace('Selamat', 'Sugeng');
    writeFileSync(join(root, 'main-AB12CD34.js'), changed);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'main-AB12CD34.js'), later, later);
    expect(await precompressAssets(root)).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(root, 'main-AB12CD34.js.br'))).toString()).toBe(changed);
  });
});
