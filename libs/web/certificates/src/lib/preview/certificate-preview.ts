import type {
  CertificatePlaceholder,
  CertificateQrPosition,
  CertificateTemplateDesign,
} from '@bina-pustaka/shared-contracts';
import {
  type CertificateLayout,
  type TextBox,
  certificateLayout,
  fillPlaceholders,
  formatCertificateCode,
  signatoryColumns,
} from '@bina-pustaka/shared-util';
import type { CertificateFont } from './font-metrics';
import { baselineOffset, clampLines, lineHeight, textWidth, wrapText } from './text-metrics';

/** The renderer's inks (libs/api/certificates render/certificate-renderer.ts). */
export const CERTIFICATE_INK = { ink: '#1d2b2f', muted: '#5b6b70', gold: '#b38b3c', paper: '#fbf8f0' } as const;

/** Lines the PDF prints whatever the template says. */
const AWARDED_TO = 'Diberikan kepada';
const AWARDED_TO_BILINGUAL = 'Diberikan kepada  ·  Presented to';
/** Room the renderer gives a signatory's position (two lines of 10 pt) above the signature. */
const POSITION_HEIGHT = 28;
const BODY_LINE_GAP = 3;
const BODY_EN_LINE_GAP = 2;
const TITLE_LETTER_SPACING = 5;
const ISSUER_LETTER_SPACING = 2;
const NAME_MIN_FONT_SIZE = 14;

export interface PreviewLine {
  text: string;
  /** Left edge of the line. */
  x: number;
  /** Baseline, as SVG places text (the PDF places the top of the line). */
  y: number;
  /** Width the PDF gives this line: the SVG stretches or squeezes its spacing to it. */
  width: number;
}

export interface PreviewText {
  /** Which part it is (a stable key for the template, and a hook for tests). */
  part: string;
  font: CertificateFont;
  fontSize: number;
  fill: string;
  letterSpacing: number;
  lines: PreviewLine[];
}

export interface PreviewImage {
  part: string;
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** meet: fit inside the box keeping its proportions; stretch: fill the box exactly. */
  fit: 'meet' | 'stretch';
}

export interface PreviewRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
}

export interface PreviewRect {
  x: number;
  y: number;
  width: number;
  height: number;
  stroke: string;
  strokeWidth: number;
}

export interface CertificatePreview {
  width: number;
  height: number;
  accent: string;
  /** The plain paper colour, or null when a background image covers the page. */
  paper: string | null;
  background: PreviewImage | null;
  frames: PreviewRect[];
  /** Path data of the gold corner diamonds (filled). */
  ornaments: string;
  rules: PreviewRule[];
  images: PreviewImage[];
  texts: PreviewText[];
  qr: { x: number; y: number; size: number };
}

export interface PreviewInput {
  design: CertificateTemplateDesign;
  values: Record<CertificatePlaceholder, string>;
  /** The issuing institution, printed at the top when the template has no logos. */
  issuer: string;
  /** A certificate code for the line under the QR code. */
  code: string;
  /** The link to show an uploaded image, or null while it is not known. */
  imageUrl: (imageId: string) => string | null;
}

/**
 * Everything the certificate preview draws, placed from the same layout boxes and with the
 * same font measurements as the server's PDF renderer: what the SVG shows is what prints.
 */
export function certificatePreview(input: PreviewInput): CertificatePreview {
  const { design, values } = input;
  const layout = certificateLayout(design.orientation);
  const accent = /^#[0-9a-fA-F]{6}$/.test(design.accentColor) ? design.accentColor : CERTIFICATE_INK.ink;
  const preview: CertificatePreview = {
    width: layout.width,
    height: layout.height,
    accent,
    paper: CERTIFICATE_INK.paper,
    background: null,
    frames: [],
    ornaments: '',
    rules: [],
    images: [],
    texts: [],
    qr: { ...qrOrigin(layout, design.qrPosition), size: layout.qr.size },
  };

  const backgroundUrl = design.backgroundImageId ? input.imageUrl(design.backgroundImageId) : null;
  if (backgroundUrl) {
    // A designed background brings its own frame and ornaments.
    preview.paper = null;
    preview.background = {
      part: 'background',
      href: backgroundUrl,
      x: 0,
      y: 0,
      width: layout.width,
      height: layout.height,
      fit: 'stretch',
    };
  } else {
    drawFrame(preview, layout, accent);
  }

  drawLogos(preview, layout, input);

  const { title, titleEn, number } = layout;
  preview.texts.push(
    singleLine('title', fillPlaceholders(design.titleId, values).toUpperCase(), title, 'display', accent, {
      letterSpacing: TITLE_LETTER_SPACING,
    }),
  );
  if (design.titleEn) {
    preview.texts.push(
      singleLine('titleEn', fillPlaceholders(design.titleEn, values), titleEn, 'italic', CERTIFICATE_INK.muted),
    );
  }
  preview.texts.push(singleLine('number', `Nomor: ${values.nomor}`, number, 'regular', CERTIFICATE_INK.muted));

  drawHolder(preview, layout, input);
  drawBody(preview, layout, input);
  drawSignatories(preview, layout, input);

  const { size, codeFontSize } = layout.qr;
  preview.texts.push(
    singleLine(
      'code',
      `Verifikasi: ${formatCertificateCode(input.code)}`,
      { x: preview.qr.x - 30, y: preview.qr.y + size + 6, width: size + 60, fontSize: codeFontSize },
      'regular',
      CERTIFICATE_INK.muted,
    ),
  );
  return preview;
}

function qrOrigin(layout: CertificateLayout, position: CertificateQrPosition): { x: number; y: number } {
  const { size, margin } = layout.qr;
  const y = layout.height - margin - size - 12;
  return { x: position === 'bottom-left' ? margin : layout.width - margin - size, y };
}

function drawFrame(preview: CertificatePreview, layout: CertificateLayout, accent: string): void {
  const { width, height, frame } = layout;
  preview.frames.push(
    {
      x: frame.outer,
      y: frame.outer,
      width: width - 2 * frame.outer,
      height: height - 2 * frame.outer,
      stroke: accent,
      strokeWidth: 3,
    },
    {
      x: frame.inner,
      y: frame.inner,
      width: width - 2 * frame.inner,
      height: height - 2 * frame.inner,
      stroke: CERTIFICATE_INK.gold,
      strokeWidth: 0.8,
    },
  );
  // Corner ornaments: a gold diamond with two short rules in each inner corner.
  const inset = frame.inner + 10;
  const paths: string[] = [];
  for (const [x, y, dx, dy] of [
    [inset, inset, 1, 1],
    [width - inset, inset, -1, 1],
    [inset, height - inset, 1, -1],
    [width - inset, height - inset, -1, -1],
  ]) {
    paths.push(
      `M${round(x)} ${round(y - 5)}L${round(x + 5)} ${round(y)}L${round(x)} ${round(y + 5)}L${round(x - 5)} ${round(y)}Z`,
    );
    preview.rules.push(
      { x1: x + dx * 10, y1: y, x2: x + dx * 48, y2: y, stroke: CERTIFICATE_INK.gold, width: 0.8 },
      { x1: x, y1: y + dy * 10, x2: x, y2: y + dy * 48, stroke: CERTIFICATE_INK.gold, width: 0.8 },
    );
  }
  preview.ornaments = paths.join('');
}

function drawLogos(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const logos = input.design.logoImageIds.map((id) => input.imageUrl(id)).filter((url): url is string => url !== null);
  const { y, height, gap, maxWidth } = layout.logos;
  if (logos.length === 0) {
    // Without logos the issuer's name heads the page, in the logos' place.
    preview.texts.push(
      singleLine('issuer', input.issuer.toUpperCase(), layout.issuer, 'semibold', CERTIFICATE_INK.muted, {
        letterSpacing: ISSUER_LETTER_SPACING,
      }),
    );
    return;
  }
  const total = logos.length * maxWidth + (logos.length - 1) * gap;
  let x = (layout.width - total) / 2;
  for (const [index, href] of logos.entries()) {
    preview.images.push({ part: `logo-${index}`, href, x, y, width: maxWidth, height, fit: 'meet' });
    x += maxWidth + gap;
  }
}

function drawHolder(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { design, values } = input;
  const { awardedTo, holderName, holderRule, holderDetail } = layout;
  const bilingual = design.titleEn !== null || design.bodyEn !== null;
  preview.texts.push(
    singleLine('awardedTo', bilingual ? AWARDED_TO_BILINGUAL : AWARDED_TO, awardedTo, 'regular', CERTIFICATE_INK.muted),
  );
  // Long names shrink to stay on one line.
  let size = holderName.fontSize;
  while (size > NAME_MIN_FONT_SIZE && textWidth(values.nama, 'display', size) > holderName.width) size -= 1;
  preview.texts.push(
    singleLine(
      'holderName',
      values.nama,
      { ...holderName, y: holderName.y + (holderName.fontSize - size) / 2, fontSize: size },
      'display',
      CERTIFICATE_INK.ink,
    ),
  );
  const ruleX = (layout.width - holderRule.width) / 2;
  preview.rules.push({
    x1: ruleX,
    y1: holderRule.y,
    x2: ruleX + holderRule.width,
    y2: holderRule.y,
    stroke: CERTIFICATE_INK.gold,
    width: 0.9,
  });
  const detail = [values.nip ? `NIP ${values.nip}` : '', values.instansi].filter(Boolean).join('  ·  ');
  if (detail) preview.texts.push(singleLine('holderDetail', detail, holderDetail, 'regular', CERTIFICATE_INK.muted));
}

function drawBody(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { design, values } = input;
  const { body } = layout;
  const bodyText = block('body', fillPlaceholders(design.bodyId, values), body, 'regular', CERTIFICATE_INK.ink, {
    lineGap: BODY_LINE_GAP,
  });
  preview.texts.push(bodyText.text);
  if (design.bodyEn) {
    preview.texts.push(
      block(
        'bodyEn',
        fillPlaceholders(design.bodyEn, values),
        { ...body, y: bodyText.bottom + layout.bodyEnGap, fontSize: layout.bodyEnFontSize },
        'italic',
        CERTIFICATE_INK.muted,
        { lineGap: BODY_EN_LINE_GAP },
      ).text,
    );
  }
}

function drawSignatories(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { signatories } = input.design;
  const spec = layout.signatories;
  const { centres, width } = signatoryColumns(layout, signatories.length);
  signatories.forEach((signatory, index) => {
    const left = centres[index] - width / 2;
    // pdfkit keeps a line when the one after it would still fit in the height, so two here.
    const positionLines = Math.max(1, Math.floor(POSITION_HEIGHT / lineHeight('regular', spec.positionFontSize)));
    preview.texts.push(
      block(
        `signatory-${index}-position`,
        signatory.position,
        { x: left, y: spec.top, width, fontSize: spec.positionFontSize },
        'regular',
        CERTIFICATE_INK.ink,
        { maxLines: positionLines },
      ).text,
    );
    const signatureTop = spec.top + POSITION_HEIGHT;
    const signature = signatory.signatureImageId ? input.imageUrl(signatory.signatureImageId) : null;
    if (signature) {
      preview.images.push({
        part: `signatory-${index}-signature`,
        href: signature,
        x: left + 10,
        y: signatureTop,
        width: width - 20,
        height: spec.signatureHeight,
        fit: 'meet',
      });
    }
    const nameTop = signatureTop + spec.signatureHeight + 4;
    const name = singleLine(
      `signatory-${index}-name`,
      signatory.name,
      { x: left, y: nameTop, width, fontSize: spec.nameFontSize },
      'semibold',
      CERTIFICATE_INK.ink,
    );
    preview.texts.push(name);
    // pdfkit's underline: as wide as the text, one line height below its top.
    const underlineWidth = spec.nameFontSize < 10 ? 0.5 : Math.floor(spec.nameFontSize / 10);
    const underlineY = nameTop + lineHeight('semibold', spec.nameFontSize) - underlineWidth;
    // The underline runs under the line as pdfkit counted it (with the extra spacing).
    const nameLine = name.lines[0];
    if (nameLine) {
      preview.rules.push({
        x1: nameLine.x,
        y1: underlineY,
        x2: nameLine.x + nameLine.width,
        y2: underlineY,
        stroke: CERTIFICATE_INK.ink,
        width: underlineWidth,
      });
    }
    if (signatory.detail) {
      preview.texts.push(
        singleLine(
          `signatory-${index}-detail`,
          signatory.detail,
          { x: left, y: nameTop + spec.nameFontSize + 4, width, fontSize: spec.detailFontSize },
          'regular',
          CERTIFICATE_INK.muted,
        ),
      );
    }
  });
}

/**
 * A text in its box as the renderer prints it: centred, wrapped to the box's width (pdfkit
 * wraps even the parts meant as one line when they are too long), at most `maxLines`.
 * `bottom` is where the PDF's cursor ends up.
 */
function block(
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
const singleLine = (...args: Parameters<typeof block>): PreviewText => block(...args).text;
const round = (value: number) => Math.round(value * 100) / 100;
