import type { CertificatePlaceholder, CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import type { CertificateFont } from './font-metrics';

// What the certificate preview draws: an SVG-ready description of the page (see certificatePreview).

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
