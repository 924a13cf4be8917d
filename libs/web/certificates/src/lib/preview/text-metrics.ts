import { type CertificateFont, FONT_METRICS, METRIC_CHARS } from './font-metrics';

const INDEX = new Map<string, number>([...METRIC_CHARS].map((char, index) => [char, index]));

/** Width in points of a text in one of the certificate fonts, as the PDF renderer measures it. */
export function textWidth(text: string, font: CertificateFont, fontSize: number, characterSpacing = 0): number {
  const { widths } = FONT_METRICS[font];
  // Characters outside the table (rare in names and course titles) count as an "n".
  const fallback = widths[INDEX.get('n') ?? 0];
  let units = 0;
  let length = 0;
  for (const char of text) {
    units += widths[INDEX.get(char) ?? -1] ?? fallback;
    length += 1;
  }
  return (units / 1000) * fontSize + characterSpacing * Math.max(0, length - 1);
}

/** Height of one line (ascender to descender), without any extra gap. */
export function lineHeight(font: CertificateFont, fontSize: number): number {
  return (FONT_METRICS[font].lineHeight / 1000) * fontSize;
}

/** From the top of a line (where the PDF places text) down to its baseline (where SVG places it). */
export function baselineOffset(font: CertificateFont, fontSize: number): number {
  return (FONT_METRICS[font].ascender / 1000) * fontSize;
}

export interface TextStyle {
  font: CertificateFont;
  fontSize: number;
  characterSpacing?: number;
}

export interface WrappedLine {
  /** The line without its trailing spaces (what is seen). */
  text: string;
  /** Width of what is seen. */
  width: number;
  /**
   * What the PDF renderer counts for the line when it centres it: its pieces with their
   * trailing spaces and one extra character spacing each (pdfkit's LineWrapper).
   */
  advance: number;
}

/**
 * The pieces between which a line may break, each with the spaces after it: after spaces,
 * and after a hyphen or slash that is followed by a letter (as pdfkit's line breaker does
 * for ordinary Indonesian and English text).
 */
export function breakPieces(paragraph: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index];
    const next = paragraph[index + 1] ?? '';
    piece += char;
    const endOfSpaces = char === ' ' && next !== ' ';
    const afterHyphen = (char === '-' || char === '/') && /\p{L}/u.test(next) && piece.trim().length > 1;
    if (endOfSpaces || afterHyphen) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks a text into lines no wider than `width` exactly as the PDF renderer (pdfkit) does:
 * greedily, counting each piece with its trailing spaces, at the line breaks the author
 * typed, and inside a piece only when it does not fit on a line of its own.
 */
export function wrapText(text: string, style: TextStyle, width: number): WrappedLine[] {
  const { font, fontSize } = style;
  const spacing = style.characterSpacing ?? 0;
  const pieceWidth = (piece: string) => textWidth(piece, font, fontSize, spacing) + spacing;
  const lines: WrappedLine[] = [];
  if (!text) return lines;
  for (const paragraph of text.split(/\r?\n/)) {
    let buffer = '';
    let advance = 0;
    let spaceLeft = width;
    const emit = () => {
      const seen = buffer.replace(/\s+$/, '');
      lines.push({ text: seen, width: textWidth(seen, font, fontSize, spacing), advance });
      buffer = '';
      advance = 0;
      spaceLeft = width;
    };
    for (let piece of breakPieces(paragraph)) {
      let w = pieceWidth(piece);
      if (w <= spaceLeft) {
        buffer += piece;
        advance += w;
        spaceLeft -= w;
        continue;
      }
      if (w <= width) {
        emit();
        buffer = piece;
        advance = w;
        spaceLeft = width - w;
        continue;
      }
      // A piece wider than a whole line is cut where it no longer fits.
      while (piece) {
        w = pieceWidth(piece);
        if (w <= spaceLeft) {
          buffer += piece;
          advance += w;
          spaceLeft -= w;
          break;
        }
        let cut = piece.length - 1;
        while (cut > 0 && pieceWidth(piece.slice(0, cut)) > spaceLeft) cut -= 1;
        if (cut === 0 && buffer) {
          emit();
          continue;
        }
        cut = Math.max(cut, 1);
        buffer += piece.slice(0, cut);
        advance += pieceWidth(piece.slice(0, cut));
        piece = piece.slice(cut);
        emit();
      }
    }
    emit();
  }
  return lines;
}

/** At most `maxLines` lines; when the text went on, the last one ends in "…" and still fits. */
export function clampLines(lines: WrappedLine[], maxLines: number, style: TextStyle, width: number): WrappedLine[] {
  if (lines.length <= maxLines) return lines;
  const spacing = style.characterSpacing ?? 0;
  const measure = (text: string) => textWidth(text, style.font, style.fontSize, spacing);
  let buffer = lines[maxLines - 1].text;
  while (buffer && measure(`${buffer}…`) + spacing > width) buffer = buffer.slice(0, -1).replace(/\s+$/, '');
  const text = `${buffer}…`;
  return [...lines.slice(0, maxLines - 1), { text, width: measure(text), advance: measure(text) + spacing }];
}
