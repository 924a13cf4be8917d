import { CERTIFICATE_INKS, certificateLayout, qrOrigin } from '@bina-pustaka/shared-contracts/certificate-layout';
import type { CertificatePreview, PreviewInput } from './preview-model';
import { drawBody, drawCode, drawFrame, drawHeading, drawHolder, drawLogos, drawSignatories } from './preview-parts';

/**
 * Everything the certificate preview draws, placed from the same layout (shared-contracts'
 * certificateLayout) and with the same font measurements as the server's PDF renderer:
 * what the SVG shows is what prints.
 */
export function certificatePreview(input: PreviewInput): CertificatePreview {
  const { design } = input;
  const layout = certificateLayout(design.orientation);
  const accent = /^#[0-9a-fA-F]{6}$/.test(design.accentColor) ? design.accentColor : CERTIFICATE_INKS.ink;
  const preview: CertificatePreview = {
    width: layout.width,
    height: layout.height,
    accent,
    paper: CERTIFICATE_INKS.paper,
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
  drawHeading(preview, layout, input);
  drawHolder(preview, layout, input);
  drawBody(preview, layout, input);
  drawSignatories(preview, layout, input);
  drawCode(preview, layout, input);
  return preview;
}
