import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

/** A font's ToUnicode map: the hex code of each glyph the page uses -> its text. */
function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  // A ligature maps to several characters: <0066 0069> is "fi".
  const text = (hex: string) =>
    String.fromCharCode(...(hex.replace(/\s/g, '').match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, list] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const targets = [...list.matchAll(/<([0-9a-f\s]+)>/gi)].map((match) => match[1]);
      for (let code = parseInt(from, 16); code <= parseInt(to, 16); code += 1) {
        const target = targets[code - parseInt(from, 16)];
        if (target) map.set(code.toString(16).padStart(4, '0'), text(target));
      }
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi)) {
      map.set(code.toLowerCase(), text(target));
    }
  }
  return map;
}

/** A pdfkit stream's text (pdfkit compresses every stream with Flate). */
function streamText(stream: unknown): string {
  if (!(stream instanceof PDFRawStream)) throw new Error('Not a stream of a pdfkit document');
  return inflateSync(stream.contents).toString('latin1');
}

/**
 * The lines a pdfkit document prints on its first page, in drawing order: each text object's
 * glyphs read back through its font's ToUnicode map (pdfkit writes a subset font's glyph ids,
 * so the words are not in the file as they read). For specs that check what a PDF says.
 */
export async function pdfLines(pdf: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(pdf);
  const page = document.getPage(0).node;
  const fonts = page.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  const maps = new Map<string, Map<string, string>>();
  for (const [name, ref] of fonts?.entries() ?? []) {
    const font = document.context.lookup(ref as PDFRef, PDFDict);
    const toUnicode = document.context.lookup(font.get(PDFName.of('ToUnicode')));
    maps.set(name.decodeText(), unicodeMap(streamText(toUnicode)));
  }
  const content = streamText(page.Contents());
  const lines: string[] = [];
  let map = new Map<string, string>();
  // pdfkit: "/F2 12 Tf" chooses a font, "[<0012003a> 40 <0041>] TJ" shows glyphs (numbers are kerning).
  for (const [, font, shown] of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[\s\d.-])*)\] TJ/gi)) {
    if (font) {
      map = maps.get(font) ?? new Map();
      continue;
    }
    const glyphs = [...shown.matchAll(/<([0-9a-f]*)>/gi)].flatMap((match) => match[1].match(/.{4}/g) ?? []);
    lines.push(glyphs.map((glyph) => map.get(glyph.toLowerCase()) ?? '\ufffd').join(''));
  }
  return lines;
}
