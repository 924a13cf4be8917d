import type {
  CertificateOrientation,
  CertificatePlaceholder,
  CertificateQrPosition,
  CertificateTemplateDesign,
} from './certificates.types';

/**
 * How a certificate is drawn on an A4 page: where each part sits, in PDF points (1/72 inch,
 * origin top left), its type sizes and spacing, its inks and the lines every certificate
 * prints. The server's PDF renderer (libs/api/certificates render/certificate-renderer.ts)
 * and the browser's live preview (libs/web/certificates preview/) both draw from here and
 * from nowhere else, so what a coordinator sees while designing is what the PDF prints.
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
  /** Outer (thick, accent) and inner (thin, gold) frame insets from the page edge, and their line widths. */
  frame: { outer: number; inner: number; outerLine: number; innerLine: number };
  /**
   * In each inner corner a gold diamond (`radius` from its centre to a tip), `inset` in
   * from the inner frame, with two rules from `ruleFrom` to `ruleTo` along the edges.
   */
  ornaments: { inset: number; radius: number; ruleFrom: number; ruleTo: number; line: number };
  logos: { y: number; height: number; gap: number; maxWidth: number };
  /** The issuing institution's name, printed where logos would be when there are none. */
  issuer: TextBox & { letterSpacing: number };
  title: TextBox & { letterSpacing: number };
  titleEn: TextBox;
  number: TextBox;
  awardedTo: TextBox;
  /** A long name shrinks, a point at a time down to `minFontSize`, to stay on one line. */
  holderName: TextBox & { minFontSize: number };
  holderRule: { y: number; width: number; line: number };
  holderDetail: TextBox;
  body: TextBox & { lineGap: number };
  /**
   * "Bekerja sama dengan: …" when the subject names co-organisers (an event's partners),
   * just above the signatories: one line that shrinks a point at a time down to
   * `minFontSize`, then is cut short with an ellipsis.
   */
  coOrganisers: TextBox & { minFontSize: number };
  /** Gap between the Indonesian body and its English translation. */
  bodyEnGap: number;
  bodyEnFontSize: number;
  bodyEnLineGap: number;
  signatories: {
    top: number;
    width: number;
    positionFontSize: number;
    /** Room for the position (two lines) above the signature. */
    positionHeight: number;
    signatureHeight: number;
    /** The signature image keeps this far from the column's edges. */
    signatureInset: number;
    nameFontSize: number;
    /** From the signature's bottom to the name's top. */
    nameGap: number;
    detailFontSize: number;
    /** From the bottom of the name's font size to the detail's top. */
    detailGap: number;
  };
  qr: {
    size: number;
    margin: number;
    /** Room under the QR code for the code line. */
    bottomGap: number;
    /** White around the QR code, over a background image. */
    padding: number;
    codeFontSize: number;
    /** From the QR code's bottom to the code line's top. */
    codeGap: number;
    /** How far the code line reaches beyond the QR code on each side. */
    codeOverhang: number;
  };
}

/** The inks of a certificate (its accent colour comes from the design). */
export const CERTIFICATE_INKS = { ink: '#1d2b2f', muted: '#5b6b70', gold: '#b38b3c', paper: '#fbf8f0' } as const;

/** Lines every certificate prints, whatever its template says. */
export const CERTIFICATE_FIXED_TEXT = {
  awardedTo: 'Diberikan kepada',
  awardedToBilingual: 'Diberikan kepada  ·  Presented to',
  numberPrefix: 'Nomor: ',
  codePrefix: 'Verifikasi: ',
  coOrganisersPrefix: 'Bekerja sama dengan: ',
} as const;

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
  const signatoriesTop = height - y(168, 230);
  return {
    width,
    height,
    frame: { outer: 18, inner: 26, outerLine: 3, innerLine: 0.8 },
    ornaments: { inset: 10, radius: 5, ruleFrom: 10, ruleTo: 48, line: 0.8 },
    logos: { y: y(44, 60), height: y(52, 60), gap: 16, maxWidth: 120 },
    issuer: { ...centred(y(72, 100), 10, 80), letterSpacing: 2 },
    title: { ...centred(y(104, 140), y(36, 34), 80), letterSpacing: 5 },
    titleEn: centred(y(146, 182), 13, 80),
    number: centred(y(168, 206), 10, 80),
    awardedTo: centred(y(196, 262), 11, 80),
    holderName: { ...centred(y(214, 284), y(28, 26), 70), minFontSize: 14 },
    holderRule: { y: y(254, 322), width: y(380, 360), line: 0.9 },
    holderDetail: centred(y(260, 328), 10, 80),
    body: { ...centred(y(286, 368), 12, y(110, 64)), lineGap: 3 },
    coOrganisers: { ...centred(signatoriesTop - 26, 10, y(110, 64)), minFontSize: 8 },
    bodyEnGap: 6,
    bodyEnFontSize: 10,
    bodyEnLineGap: 2,
    signatories: {
      top: signatoriesTop,
      width: y(200, 170),
      positionFontSize: 10,
      positionHeight: 28,
      signatureHeight: 52,
      signatureInset: 10,
      nameFontSize: 11,
      nameGap: 4,
      detailFontSize: 9,
      detailGap: 4,
    },
    qr: { size: 66, margin: 58, bottomGap: 12, padding: 4, codeFontSize: 7, codeGap: 6, codeOverhang: 30 },
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

/** Where each part of one signatory's column goes: position, signature image, name, detail. */
export interface SignatoryPlaces {
  position: TextBox;
  signature: { x: number; y: number; width: number; height: number };
  name: TextBox;
  detail: TextBox;
}

export function signatoryPlaces(layout: CertificateLayout, count: number): SignatoryPlaces[] {
  const spec = layout.signatories;
  const { centres, width } = signatoryColumns(layout, count);
  const signatureTop = spec.top + spec.positionHeight;
  const nameTop = signatureTop + spec.signatureHeight + spec.nameGap;
  return centres.map((centre) => {
    const left = centre - width / 2;
    return {
      position: { x: left, y: spec.top, width, fontSize: spec.positionFontSize },
      signature: {
        x: left + spec.signatureInset,
        y: signatureTop,
        width: width - 2 * spec.signatureInset,
        height: spec.signatureHeight,
      },
      name: { x: left, y: nameTop, width, fontSize: spec.nameFontSize },
      detail: { x: left, y: nameTop + spec.nameFontSize + spec.detailGap, width, fontSize: spec.detailFontSize },
    };
  });
}

/** The QR code's top left corner, in the design's bottom corner. */
export function qrOrigin(layout: CertificateLayout, position: CertificateQrPosition): { x: number; y: number } {
  const { size, margin, bottomGap } = layout.qr;
  const y = layout.height - margin - size - bottomGap;
  return { x: position === 'bottom-left' ? margin : layout.width - margin - size, y };
}

/** The line under the QR code with the code to type by hand. */
export function qrCodeLineBox(layout: CertificateLayout, position: CertificateQrPosition): TextBox {
  const { x, y } = qrOrigin(layout, position);
  const { size, codeGap, codeOverhang, codeFontSize } = layout.qr;
  return { x: x - codeOverhang, y: y + size + codeGap, width: size + 2 * codeOverhang, fontSize: codeFontSize };
}

/** "Diberikan kepada", with its English when the design has an English title or body. */
export function awardedToLine(design: Pick<CertificateTemplateDesign, 'titleEn' | 'bodyEn'>): string {
  const bilingual = design.titleEn !== null || design.bodyEn !== null;
  return bilingual ? CERTIFICATE_FIXED_TEXT.awardedToBilingual : CERTIFICATE_FIXED_TEXT.awardedTo;
}

/** The line under the holder's name: NIP and institution, whichever are known. */
export function holderDetailLine(values: Pick<Record<CertificatePlaceholder, string>, 'nip' | 'instansi'>): string {
  return [values.nip ? `NIP ${values.nip}` : '', values.instansi].filter(Boolean).join('  ·  ');
}

/**
 * "Bekerja sama dengan: Universitas X, Komunitas Y" ('' when there are none). The names are
 * text people typed: control and formatting characters (line breaks, bidirectional overrides,
 * zero-width marks) are dropped and runs of spaces made one, so a name prints as it reads.
 */
export function coOrganisersLine(names: readonly string[]): string {
  const printable = names
    .map((name) =>
      name
        .replace(/\p{Cf}+/gu, '')
        .replace(/[\p{Cc}\p{Z}]+/gu, ' ')
        .trim(),
    )
    .filter(Boolean);
  return printable.length === 0 ? '' : `${CERTIFICATE_FIXED_TEXT.coOrganisersPrefix}${printable.join(', ')}`;
}
