import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  awardedToLine,
  CERTIFICATE_FIXED_TEXT,
  CERTIFICATE_INKS,
  certificateLayout,
  coOrganisersLine,
  holderDetailLine,
  qrCodeLineBox,
  qrOrigin,
  signatoryPlaces,
  type CertificateLayout,
} from '@bina-pustaka/shared-contracts/certificate-layout';
import type { CertificatePlaceholder, CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import { fillPlaceholders, formatCertificateCode } from '@bina-pustaka/shared-util';
import * as fontkit from 'fontkit';
// Type-only: names the font packages so the apps' pruned package.json lists them.
import type {} from '@expo-google-fonts/noto-sans';
import type {} from '@expo-google-fonts/playfair-display';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CertificateRenderError } from './certificate-render-error';

/** Everything one certificate prints. */
export interface CertificateContent {
  design: CertificateTemplateDesign;
  values: Record<CertificatePlaceholder, string>;
  /** The issuing institution. */
  issuer: string;
  /** The raw public code (printed in groups of four under the QR code). */
  code: string;
  verifyUrl: string;
  /** Organisations the subject was run with (an event's partners), printed "Bekerja sama dengan: …". */
  coOrganisers?: readonly string[];
  /** Image bytes by image id (background, logos, signatures of the design). */
  images: ReadonlyMap<string, Buffer>;
}

// Node's own resolver, not the bundler's: the fonts are files of npm packages, read at run time.
const nodeRequire = createRequire(__filename);

const FONT_FILES = {
  display: () => nodeRequire.resolve('@expo-google-fonts/playfair-display/700Bold/PlayfairDisplay_700Bold.ttf'),
  regular: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  semibold: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
  italic: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
} as const;

type FontName = keyof typeof FONT_FILES;

const { ink: INK, muted: MUTED, gold: GOLD, paper: PAPER } = CERTIFICATE_INKS;

/**
 * Renders certificates with pdfkit. Fonts are parsed once when the renderer is made (a
 * font passed as bytes is parsed again for every document, 7x slower), so make one per
 * process and reuse it. The page is drawn from the certificate layout of shared-contracts,
 * as the browser's live preview is.
 */
export class CertificateRenderer {
  private constructor(private readonly fonts: Record<FontName, fontkit.Font>) {}

  static create(): CertificateRenderer {
    const fonts = Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, path]) => [name, fontkit.create(readFileSync(path())) as fontkit.Font]),
    ) as Record<FontName, fontkit.Font>;
    return new CertificateRenderer(fonts);
  }

  async render(content: CertificateContent): Promise<Buffer> {
    const { design } = content;
    const layout = certificateLayout(design.orientation);
    const doc = new PDFDocument({
      size: 'A4',
      layout: design.orientation,
      margin: 0,
      autoFirstPage: true,
      info: {
        Title: `${design.titleId} ${content.values.nomor}`,
        Author: content.values.instansi,
        Subject: content.values.kegiatan,
      },
    });
    for (const [name, font] of Object.entries(this.fonts)) {
      // pdfkit accepts a parsed fontkit font (it checks for `layout`); its types only know paths and bytes.
      doc.registerFont(name, font as unknown as Buffer);
    }
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });

    this.drawBackground(doc, layout, content);
    this.drawLogos(doc, layout, content);
    this.drawHeading(doc, layout, content);
    this.drawHolder(doc, layout, content);
    this.drawBody(doc, layout, content);
    this.drawCoOrganisers(doc, layout, content);
    this.drawSignatories(doc, layout, content);
    await this.drawQr(doc, layout, content);

    doc.end();
    return finished;
  }

  private drawBackground(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const { width, height, frame, ornaments } = layout;
    const background = content.design.backgroundImageId
      ? content.images.get(content.design.backgroundImageId)
      : undefined;
    if (background) {
      // A designed background brings its own frame and ornaments.
      drawImage(doc, background, 0, 0, { width, height });
      return;
    }
    const accent = content.design.accentColor;
    doc.rect(0, 0, width, height).fill(PAPER);
    doc
      .lineWidth(frame.outerLine)
      .rect(frame.outer, frame.outer, width - 2 * frame.outer, height - 2 * frame.outer)
      .stroke(accent);
    doc
      .lineWidth(frame.innerLine)
      .rect(frame.inner, frame.inner, width - 2 * frame.inner, height - 2 * frame.inner)
      .stroke(GOLD);
    // Corner ornaments: a gold diamond with two short rules in each inner corner.
    const { radius, ruleFrom, ruleTo } = ornaments;
    const inset = frame.inner + ornaments.inset;
    for (const [x, y, dx, dy] of [
      [inset, inset, 1, 1],
      [width - inset, inset, -1, 1],
      [inset, height - inset, 1, -1],
      [width - inset, height - inset, -1, -1],
    ]) {
      doc
        .moveTo(x, y - radius)
        .lineTo(x + radius, y)
        .lineTo(x, y + radius)
        .lineTo(x - radius, y)
        .closePath()
        .fill(GOLD);
      doc
        .lineWidth(ornaments.line)
        .moveTo(x + dx * ruleFrom, y)
        .lineTo(x + dx * ruleTo, y)
        .moveTo(x, y + dy * ruleFrom)
        .lineTo(x, y + dy * ruleTo)
        .stroke(GOLD);
    }
  }

  private drawLogos(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const logos = content.design.logoImageIds
      .map((id) => content.images.get(id))
      .filter((logo): logo is Buffer => logo !== undefined);
    if (logos.length === 0) {
      const { issuer } = layout;
      doc
        .font('semibold')
        .fontSize(issuer.fontSize)
        .fillColor(MUTED)
        .text(content.issuer.toUpperCase(), issuer.x, issuer.y, {
          width: issuer.width,
          align: 'center',
          characterSpacing: issuer.letterSpacing,
          lineBreak: false,
        });
      return;
    }
    const { y, height, gap, maxWidth } = layout.logos;
    const total = logos.length * maxWidth + (logos.length - 1) * gap;
    let x = (layout.width - total) / 2;
    for (const logo of logos) {
      drawImage(doc, logo, x, y, { fit: [maxWidth, height], align: 'center', valign: 'center' });
      x += maxWidth + gap;
    }
  }

  private drawHeading(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const { design, values } = content;
    const { title, titleEn, number } = layout;
    doc
      .font('display')
      .fontSize(title.fontSize)
      .fillColor(design.accentColor)
      .text(fillPlaceholders(design.titleId, values).toUpperCase(), title.x, title.y, {
        width: title.width,
        align: 'center',
        characterSpacing: title.letterSpacing,
        lineBreak: false,
      });
    if (design.titleEn) {
      doc
        .font('italic')
        .fontSize(titleEn.fontSize)
        .fillColor(MUTED)
        .text(fillPlaceholders(design.titleEn, values), titleEn.x, titleEn.y, {
          width: titleEn.width,
          align: 'center',
          lineBreak: false,
        });
    }
    doc
      .font('regular')
      .fontSize(number.fontSize)
      .fillColor(MUTED)
      .text(`${CERTIFICATE_FIXED_TEXT.numberPrefix}${values.nomor}`, number.x, number.y, {
        width: number.width,
        align: 'center',
        lineBreak: false,
      });
  }

  private drawHolder(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const { design, values } = content;
    const { awardedTo, holderName, holderRule, holderDetail } = layout;
    doc
      .font('regular')
      .fontSize(awardedTo.fontSize)
      .fillColor(MUTED)
      .text(awardedToLine(design), awardedTo.x, awardedTo.y, {
        width: awardedTo.width,
        align: 'center',
        lineBreak: false,
      });
    // Long names shrink to stay on one line.
    doc.font('display');
    let size = holderName.fontSize;
    while (size > holderName.minFontSize && doc.fontSize(size).widthOfString(values.nama) > holderName.width) size -= 1;
    doc
      .fontSize(size)
      .fillColor(INK)
      .text(values.nama, holderName.x, holderName.y + (holderName.fontSize - size) / 2, {
        width: holderName.width,
        align: 'center',
        lineBreak: false,
      });
    const ruleX = (layout.width - holderRule.width) / 2;
    doc
      .lineWidth(holderRule.line)
      .moveTo(ruleX, holderRule.y)
      .lineTo(ruleX + holderRule.width, holderRule.y)
      .stroke(GOLD);
    const detail = holderDetailLine(values);
    if (detail) {
      doc
        .font('regular')
        .fontSize(holderDetail.fontSize)
        .fillColor(MUTED)
        .text(detail, holderDetail.x, holderDetail.y, { width: holderDetail.width, align: 'center', lineBreak: false });
    }
  }

  private drawBody(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const { design, values } = content;
    const { body } = layout;
    doc
      .font('regular')
      .fontSize(body.fontSize)
      .fillColor(INK)
      .text(fillPlaceholders(design.bodyId, values), body.x, body.y, {
        width: body.width,
        align: 'center',
        lineGap: body.lineGap,
      });
    if (design.bodyEn) {
      doc
        .font('italic')
        .fontSize(layout.bodyEnFontSize)
        .fillColor(MUTED)
        .text(fillPlaceholders(design.bodyEn, values), body.x, doc.y + layout.bodyEnGap, {
          width: body.width,
          align: 'center',
          lineGap: layout.bodyEnLineGap,
        });
    }
  }

  /** One line of co-organisers: a long list shrinks, then is cut short, never running into the signatories. */
  private drawCoOrganisers(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const line = coOrganisersLine(content.coOrganisers ?? []);
    if (!line) return;
    const box = layout.coOrganisers;
    doc.font('regular');
    let size = box.fontSize;
    while (size > box.minFontSize && doc.fontSize(size).widthOfString(line) > box.width) size -= 1;
    doc
      .fontSize(size)
      .fillColor(MUTED)
      .text(line, box.x, box.y + (box.fontSize - size) / 2, {
        width: box.width,
        align: 'center',
        // Room for one line only: pdfkit cuts what does not fit with an ellipsis.
        height: size * 1.5,
        ellipsis: true,
      });
  }

  private drawSignatories(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): void {
    const { signatories } = content.design;
    const places = signatoryPlaces(layout, signatories.length);
    signatories.forEach((signatory, index) => {
      const { position, signature, name, detail } = places[index];
      doc.font('regular').fontSize(position.fontSize).fillColor(INK).text(signatory.position, position.x, position.y, {
        width: position.width,
        align: 'center',
        height: layout.signatories.positionHeight,
        ellipsis: true,
      });
      const image = signatory.signatureImageId ? content.images.get(signatory.signatureImageId) : undefined;
      if (image) {
        drawImage(doc, image, signature.x, signature.y, {
          fit: [signature.width, signature.height],
          align: 'center',
          valign: 'center',
        });
      }
      doc.font('semibold').fontSize(name.fontSize).fillColor(INK).text(signatory.name, name.x, name.y, {
        width: name.width,
        align: 'center',
        lineBreak: false,
        underline: true,
      });
      if (signatory.detail) {
        doc
          .font('regular')
          .fontSize(detail.fontSize)
          .fillColor(MUTED)
          .text(signatory.detail, detail.x, detail.y, { width: detail.width, align: 'center', lineBreak: false });
      }
    });
  }

  /** The QR code as vector squares (a PNG costs 5x more), with the code to type under it. */
  private async drawQr(doc: PDFKit.PDFDocument, layout: CertificateLayout, content: CertificateContent): Promise<void> {
    const { size, padding } = layout.qr;
    const qr = QRCode.create(content.verifyUrl, { errorCorrectionLevel: 'M' });
    const modules = qr.modules.size;
    const cell = size / modules;
    const { x, y } = qrOrigin(layout, content.design.qrPosition);
    doc.rect(x - padding, y - padding, size + 2 * padding, size + 2 * padding).fill('#ffffff');
    for (let row = 0; row < modules; row += 1) {
      for (let column = 0; column < modules; column += 1) {
        if (qr.modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell + 0.05, cell + 0.05);
      }
    }
    doc.fill(INK);
    const line = qrCodeLineBox(layout, content.design.qrPosition);
    doc
      .font('regular')
      .fontSize(line.fontSize)
      .fillColor(MUTED)
      .text(`${CERTIFICATE_FIXED_TEXT.codePrefix}${formatCertificateCode(content.code)}`, line.x, line.y, {
        width: line.width,
        align: 'center',
        lineBreak: false,
      });
  }
}

/** Draws a template image; bytes pdfkit cannot decode are the template's fault, said so to the coordinator. */
function drawImage(doc: PDFKit.PDFDocument, bytes: Buffer, x: number, y: number, options: PDFKit.Mixins.ImageOption) {
  try {
    doc.image(bytes, x, y, options);
  } catch (error) {
    throw new CertificateRenderError('imageUnreadable', `template image: ${(error as Error).message}`);
  }
}
