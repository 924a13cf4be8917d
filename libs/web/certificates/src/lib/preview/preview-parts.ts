import {
  awardedToLine,
  CERTIFICATE_FIXED_TEXT,
  CERTIFICATE_INKS,
  holderDetailLine,
  qrCodeLineBox,
  signatoryPlaces,
  type CertificateLayout,
} from '@bina-pustaka/shared-contracts/certificate-layout';
import { fillPlaceholders, formatCertificateCode } from '@bina-pustaka/shared-util';
import type { CertificatePreview, PreviewInput } from './preview-model';
import { block, singleLine } from './preview-text';
import { lineHeight, textWidth } from './text-metrics';

// Each part of the page, drawn as the PDF renderer draws it (libs/api/certificates
// render/certificate-renderer.ts), from the same layout of shared-contracts.

const round = (value: number) => Math.round(value * 100) / 100;

export function drawFrame(preview: CertificatePreview, layout: CertificateLayout, accent: string): void {
  const { width, height, frame, ornaments } = layout;
  preview.frames.push(
    {
      x: frame.outer,
      y: frame.outer,
      width: width - 2 * frame.outer,
      height: height - 2 * frame.outer,
      stroke: accent,
      strokeWidth: frame.outerLine,
    },
    {
      x: frame.inner,
      y: frame.inner,
      width: width - 2 * frame.inner,
      height: height - 2 * frame.inner,
      stroke: CERTIFICATE_INKS.gold,
      strokeWidth: frame.innerLine,
    },
  );
  // Corner ornaments: a gold diamond with two short rules in each inner corner.
  const { radius, ruleFrom, ruleTo, line } = ornaments;
  const inset = frame.inner + ornaments.inset;
  const paths: string[] = [];
  for (const [x, y, dx, dy] of [
    [inset, inset, 1, 1],
    [width - inset, inset, -1, 1],
    [inset, height - inset, 1, -1],
    [width - inset, height - inset, -1, -1],
  ]) {
    paths.push(
      `M${round(x)} ${round(y - radius)}L${round(x + radius)} ${round(y)}L${round(x)} ${round(y + radius)}L${round(x - radius)} ${round(y)}Z`,
    );
    preview.rules.push(
      { x1: x + dx * ruleFrom, y1: y, x2: x + dx * ruleTo, y2: y, stroke: CERTIFICATE_INKS.gold, width: line },
      { x1: x, y1: y + dy * ruleFrom, x2: x, y2: y + dy * ruleTo, stroke: CERTIFICATE_INKS.gold, width: line },
    );
  }
  preview.ornaments = paths.join('');
}

export function drawLogos(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const logos = input.design.logoImageIds.map((id) => input.imageUrl(id)).filter((url): url is string => url !== null);
  const { y, height, gap, maxWidth } = layout.logos;
  if (logos.length === 0) {
    // Without logos the issuer's name heads the page, in the logos' place.
    preview.texts.push(
      singleLine('issuer', input.issuer.toUpperCase(), layout.issuer, 'semibold', CERTIFICATE_INKS.muted, {
        letterSpacing: layout.issuer.letterSpacing,
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

export function drawHeading(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { design, values } = input;
  const { title, titleEn, number } = layout;
  preview.texts.push(
    singleLine('title', fillPlaceholders(design.titleId, values).toUpperCase(), title, 'display', preview.accent, {
      letterSpacing: title.letterSpacing,
    }),
  );
  if (design.titleEn) {
    preview.texts.push(
      singleLine('titleEn', fillPlaceholders(design.titleEn, values), titleEn, 'italic', CERTIFICATE_INKS.muted),
    );
  }
  preview.texts.push(
    singleLine(
      'number',
      `${CERTIFICATE_FIXED_TEXT.numberPrefix}${values.nomor}`,
      number,
      'regular',
      CERTIFICATE_INKS.muted,
    ),
  );
}

export function drawHolder(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { design, values } = input;
  const { awardedTo, holderName, holderRule, holderDetail } = layout;
  preview.texts.push(singleLine('awardedTo', awardedToLine(design), awardedTo, 'regular', CERTIFICATE_INKS.muted));
  // Long names shrink to stay on one line.
  let size = holderName.fontSize;
  while (size > holderName.minFontSize && textWidth(values.nama, 'display', size) > holderName.width) size -= 1;
  preview.texts.push(
    singleLine(
      'holderName',
      values.nama,
      { ...holderName, y: holderName.y + (holderName.fontSize - size) / 2, fontSize: size },
      'display',
      CERTIFICATE_INKS.ink,
    ),
  );
  const ruleX = (layout.width - holderRule.width) / 2;
  preview.rules.push({
    x1: ruleX,
    y1: holderRule.y,
    x2: ruleX + holderRule.width,
    y2: holderRule.y,
    stroke: CERTIFICATE_INKS.gold,
    width: holderRule.line,
  });
  const detail = holderDetailLine(values);
  if (detail) preview.texts.push(singleLine('holderDetail', detail, holderDetail, 'regular', CERTIFICATE_INKS.muted));
}

export function drawBody(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { design, values } = input;
  const { body } = layout;
  const bodyText = block('body', fillPlaceholders(design.bodyId, values), body, 'regular', CERTIFICATE_INKS.ink, {
    lineGap: body.lineGap,
  });
  preview.texts.push(bodyText.text);
  if (design.bodyEn) {
    preview.texts.push(
      block(
        'bodyEn',
        fillPlaceholders(design.bodyEn, values),
        { ...body, y: bodyText.bottom + layout.bodyEnGap, fontSize: layout.bodyEnFontSize },
        'italic',
        CERTIFICATE_INKS.muted,
        { lineGap: layout.bodyEnLineGap },
      ).text,
    );
  }
}

export function drawSignatories(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  const { signatories } = input.design;
  const places = signatoryPlaces(layout, signatories.length);
  signatories.forEach((signatory, index) => {
    const { position, signature, name, detail } = places[index];
    // pdfkit keeps a line when the one after it would still fit in the height, so two here.
    const positionLines = Math.max(
      1,
      Math.floor(layout.signatories.positionHeight / lineHeight('regular', position.fontSize)),
    );
    preview.texts.push(
      block(`signatory-${index}-position`, signatory.position, position, 'regular', CERTIFICATE_INKS.ink, {
        maxLines: positionLines,
      }).text,
    );
    const signatureUrl = signatory.signatureImageId ? input.imageUrl(signatory.signatureImageId) : null;
    if (signatureUrl) {
      preview.images.push({ part: `signatory-${index}-signature`, href: signatureUrl, ...signature, fit: 'meet' });
    }
    const nameText = singleLine(`signatory-${index}-name`, signatory.name, name, 'semibold', CERTIFICATE_INKS.ink);
    preview.texts.push(nameText);
    // pdfkit's underline: as wide as the text, one line height below its top.
    const underlineWidth = name.fontSize < 10 ? 0.5 : Math.floor(name.fontSize / 10);
    const underlineY = name.y + lineHeight('semibold', name.fontSize) - underlineWidth;
    // The underline runs under the line as pdfkit counted it (with the extra spacing).
    const nameLine = nameText.lines[0];
    if (nameLine) {
      preview.rules.push({
        x1: nameLine.x,
        y1: underlineY,
        x2: nameLine.x + nameLine.width,
        y2: underlineY,
        stroke: CERTIFICATE_INKS.ink,
        width: underlineWidth,
      });
    }
    if (signatory.detail) {
      preview.texts.push(
        singleLine(`signatory-${index}-detail`, signatory.detail, detail, 'regular', CERTIFICATE_INKS.muted),
      );
    }
  });
}

/** The code to type by hand, under the QR code (the QR code itself is drawn by the component). */
export function drawCode(preview: CertificatePreview, layout: CertificateLayout, input: PreviewInput): void {
  preview.texts.push(
    singleLine(
      'code',
      `${CERTIFICATE_FIXED_TEXT.codePrefix}${formatCertificateCode(input.code)}`,
      qrCodeLineBox(layout, input.design.qrPosition),
      'regular',
      CERTIFICATE_INKS.muted,
    ),
  );
}
