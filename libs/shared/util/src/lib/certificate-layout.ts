import type { CertificateOrientation, CertificatePlaceholder } from '@bina-pustaka/shared-contracts';
import { cachedDateFormat } from './format-date';

/**
 * Where each part of a certificate sits on an A4 page, in PDF points (1/72 inch, origin
 * top left). The server's PDF renderer and the browser's live preview both draw from
 * these boxes, so what a coordinator sees while designing is what the PDF prints.
 */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface CertificateLayout {
  width: number;
  height: number;
  /** Outer (thick) and inner (thin) frame insets from the page edge. */
  frame: { outer: number; inner: number };
  logos: { y: number; height: number; gap: number; maxWidth: number };
  /** The issuing institution's name, printed where logos would be when there are none. */
  issuer: TextBox;
  title: TextBox;
  titleEn: TextBox;
  number: TextBox;
  awardedTo: TextBox;
  holderName: TextBox;
  holderRule: { y: number; width: number };
  holderDetail: TextBox;
  body: TextBox;
  /** Gap between the Indonesian body and its English translation. */
  bodyEnGap: number;
  bodyEnFontSize: number;
  signatories: {
    top: number;
    width: number;
    positionFontSize: number;
    signatureHeight: number;
    nameFontSize: number;
    detailFontSize: number;
  };
  qr: { size: number; margin: number; codeFontSize: number };
}

const A4 = { short: 595.28, long: 841.89 };

export function certificateLayout(orientation: CertificateOrientation): CertificateLayout {
  const landscape = orientation === 'landscape';
  const width = landscape ? A4.long : A4.short;
  const height = landscape ? A4.short : A4.long;
  const centred = (y: number, fontSize: number, margin: number): TextBox => ({
    x: margin,
    y,
    width: width - 2 * margin,
    fontSize,
  });
  // Portrait pages are taller: the same stack of parts, spread further apart.
  const y = (landscapeY: number, portraitY: number) => (landscape ? landscapeY : portraitY);
  return {
    width,
    height,
    frame: { outer: 18, inner: 26 },
    logos: { y: y(44, 60), height: y(52, 60), gap: 16, maxWidth: 120 },
    issuer: centred(y(72, 100), 10, 80),
    title: centred(y(104, 140), y(36, 34), 80),
    titleEn: centred(y(146, 182), 13, 80),
    number: centred(y(168, 206), 10, 80),
    awardedTo: centred(y(196, 262), 11, 80),
    holderName: centred(y(214, 284), y(28, 26), 70),
    holderRule: { y: y(254, 322), width: y(380, 360) },
    holderDetail: centred(y(260, 328), 10, 80),
    body: centred(y(286, 368), 12, y(110, 64)),
    bodyEnGap: 6,
    bodyEnFontSize: 10,
    signatories: {
      top: height - y(168, 230),
      width: y(200, 170),
      positionFontSize: 10,
      signatureHeight: 52,
      nameFontSize: 11,
      detailFontSize: 9,
    },
    qr: { size: 66, margin: 58, codeFontSize: 7 },
  };
}

/**
 * Signatory columns: their centres spread evenly between the QR code's corner and the
 * opposite one (kept clear on both sides, as the QR code may sit left or right), and a
 * width that keeps neighbours apart.
 */
export function signatoryColumns(layout: CertificateLayout, count: number): { centres: number[]; width: number } {
  const reserve = layout.qr.margin + layout.qr.size + 16;
  const usable = layout.width - 2 * reserve;
  return {
    centres: Array.from({ length: count }, (_, index) => reserve + (usable * (index + 0.5)) / count),
    width: Math.min(layout.signatories.width, usable / count - 12),
  };
}

/** Replaces {{name}} placeholders; unknown ones were refused when the template was saved. */
export function fillPlaceholders(text: string, values: Record<CertificatePlaceholder, string>): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as CertificatePlaceholder] : whole,
  );
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * A certificate number from its pattern: {urut} the running number of the year
 * (3 digits, {urut:N} for N), {bulan-romawi} XI, {bulan} 11, {tahun} 2026. The month and
 * year are those of `date` in Jakarta time.
 */
export function formatCertificateNumber(pattern: string, sequence: number, date: Date): string {
  const [year, month] = cachedDateFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
  })
    .format(date)
    .split('-');
  return pattern.replace(/\{([^{}]*)\}/g, (whole, token: string) => {
    const width = /^urut(?::([1-9]))?$/.exec(token);
    if (width) return String(sequence).padStart(Number(width[1] ?? 3), '0');
    if (token === 'bulan-romawi') return ROMAN_MONTHS[Number(month) - 1];
    if (token === 'bulan') return month;
    if (token === 'tahun') return year;
    return whole;
  });
}

/** 7KQ2M9XD4HPA -> 7KQ2-M9XD-4HPA, the way codes are printed and typed. */
export function formatCertificateCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
