import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { detectContentType } from './content-type';

describe('detectContentType', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-content-type-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    ['a PDF', '%PDF-1.7\n1 0 obj\n', 'pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'jpeg'],
    ['an MP4', Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom\0\0\x02\0isomiso2avc1mp41')]), 'mp4'],
  ])('recognises %s by its bytes', async (_name, bytes, expected) => {
    expect(await detectContentType(write(`file-${expected}`, bytes))).toBe(expected);
  });

  it('recognises Word, Excel and PowerPoint documents by what the zip holds', async () => {
    const ooxml = (folder: string) =>
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [`${folder}/document.xml`]: strToU8('<doc/>') });
    expect(await detectContentType(write('a.docx', ooxml('word')))).toBe('docx');
    expect(await detectContentType(write('b.xlsx', ooxml('xl')))).toBe('xlsx');
    expect(await detectContentType(write('c.pptx', ooxml('ppt')))).toBe('pptx');
  });

  it('recognises OpenDocument text by its mimetype entry', async () => {
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<x/>'),
    });
    expect(await detectContentType(write('d.odt', odt))).toBe('odt');
  });

  it.each([
    ['an HTML page named .pdf', '<!doctype html><script>alert(1)</script>'],
    ['a plain zip', zipSync({ 'readme.txt': strToU8('hello') })],
    ['a QuickTime movie', Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from('ftypqt  \0\0\0\0qt  ')])],
    ['an empty file', ''],
  ])('refuses %s', async (_name, bytes) => {
    expect(await detectContentType(write(`x-${Math.random()}`, bytes))).toBeNull();
  });
});
