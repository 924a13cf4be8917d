import type { TextBox } from '@bina-pustaka/shared-contracts/certificate-layout';
import type { CertificateFont } from './font-metrics';
import type { PreviewText } from './preview-model';
import { baselineOffset, clampLines, lineHeight, wrapText } from './text-metrics';

/**
 * A text in its box as the renderer prints it: centred, wrapped to the box's width (pdfkit
 * wraps even the parts meant as one line when they are too long), at most `maxLines`.
 * `bottom` is where the PDF's cursor ends up.
 */
export function block(
  part: string,
  text: string,
  box: TextBox,
  font: CertificateFont,
  fill: string,
  options: { letterSpacing?: number; lineGap?: number; maxLines?: number } = {},
): { text: PreviewText; bottom: number } {
  const style = { font, fontSize: box.fontSize, characterSpacing: options.letterSpacing ?? 0 };
  const step = lineHeight(font, box.fontSize) + (options.lineGap ?? 0);
  let lines = wrapText(text, style, box.width);
  if (options.maxLines !== undefined) lines = clampLines(lines, options.maxLines, style, box.width);
  return {
    text: {
      part,
      font,
      fontSize: box.fontSize,
      fill,
      letterSpacing: style.characterSpacing,
      lines: lines
        .map((line, index) => ({
          text: line.text,
          // pdfkit centres what it counted for the line, trailing spaces included.
          x: box.x + (box.width - line.advance) / 2,
          y: box.y + index * step + baselineOffset(font, box.fontSize),
          width: line.width,
        }))
        .filter((line) => line.text.length > 0),
    },
    bottom: box.y + lines.length * step,
  };
}

/** A text meant as one line (the renderer still wraps it when it is too long). */
export const singleLine = (...args: Parameters<typeof block>): PreviewText => block(...args).text;
