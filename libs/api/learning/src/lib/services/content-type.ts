import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import yauzl from 'yauzl';

/** The document types lessons and materials accept, with what identifies them. */
export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  mp4: 'video/mp4',
  webm: 'video/webm',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

export type DetectedType = keyof typeof CONTENT_TYPES;

/** ISO base media brands of MP4 video (not QuickTime's "qt  "). */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4']);

const openZip = promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open);

async function zipEntryNames(path: string): Promise<string[]> {
  const zip = await openZip(path, { lazyEntries: true, autoClose: true });
  return new Promise((resolve, reject) => {
    const names: string[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      if (names.length >= 2_000) {
        zip.close();
        resolve(names);
      } else {
        zip.readEntry();
      }
    });
    zip.on('end', () => resolve(names));
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function officeType(path: string, head: Buffer): Promise<DetectedType | null> {
  // OpenDocument: an uncompressed "mimetype" entry first, its value right after the name.
  const odf = head.subarray(30, 200).toString('latin1');
  if (odf.startsWith('mimetypeapplication/vnd.oasis.opendocument.')) {
    if (odf.startsWith('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
    if (odf.startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (odf.startsWith('mimetypeapplication/vnd.oasis.opendocument.presentation')) return 'odp';
    return null;
  }
  // Office Open XML: a [Content_Types].xml entry and the folder of its kind.
  const names = await zipEntryNames(path).catch((): string[] => []);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name.startsWith('ppt/'))) return 'pptx';
  return null;
}

/**
 * What a stored file really is, from its bytes (magic numbers, and the contents of
 * zip-based office documents), whatever its name or the uploader claimed.
 */
export async function detectContentType(path: string): Promise<DetectedType | null> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(512);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && MP4_BRANDS.has(ascii(8, 12))) return 'mp4';
  if (head.readUInt32BE(0) === 0x1a45dfa3 && ascii(0, 64).includes('webm')) return 'webm';
  if (ascii(0, 4) === 'PK\x03\x04') return officeType(path, head);
  return null;
}
