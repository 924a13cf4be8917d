import { createRequire } from 'node:module';
import { Inject, Injectable } from '@nestjs/common';
// Type-only: names the font package so the apps' pruned package.json lists it.
import type {} from '@expo-google-fonts/noto-sans';
import { APP_CONFIG, AppError, type AppConfig } from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { SurveyEntity } from '../entities/survey.entity';

// Node's own resolver, not the bundler's: the fonts are files of npm packages, read at run time.
const nodeRequire = createRequire(__filename);
const FONTS = {
  regular: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  semibold: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
};

const INK = '#1f2933';
const MUTED = '#52606d';
const MARGIN = 56;
/** Big enough to scan from an arm's length off a front desk. */
const QR_SIZE = 300;
const LONG_TITLE = 70;

/** The public link of a public survey (what its QR code opens). */
export const publicSurveyUrl = (publicUrl: string, slug: string) => appUrl(publicUrl, APP_PATHS.publicSurvey, { slug });

/**
 * The A4 poster of a public survey for the library's front desk: its title, an invitation,
 * a big QR code of its link, the link as text and when it closes. The title is drawn with
 * pdfkit's text(), so nothing a builder typed is interpreted.
 */
@Injectable()
export class SurveyPosterService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(survey: SurveyEntity): Promise<Buffer> {
    if (!survey.publicSlug) throw new AppError(404, 'survey.notFound');
    const url = publicSurveyUrl(this.config.http.publicUrl, survey.publicSlug);
    const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: survey.title, Author: 'Bina Pustaka' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    doc.registerFont('regular', FONTS.regular());
    doc.registerFont('semibold', FONTS.semibold());
    const width = doc.page.width - 2 * MARGIN;
    const centred = { width, align: 'center' as const };

    doc
      .font('semibold')
      .fontSize(13)
      .fillColor(MUTED)
      .text('SURVEI', MARGIN, MARGIN + 8, centred);
    // A long title (up to 160 characters) gets a smaller size, so the poster stays one page.
    const titleSize = survey.title.length > LONG_TITLE ? 20 : 26;
    doc.moveDown(0.4).font('semibold').fontSize(titleSize).fillColor(INK).text(survey.title, centred);
    const invitation = survey.anonymous
      ? 'Bantu kami meningkatkan layanan perpustakaan. Isi survei singkat ini dari ponsel Anda: pindai kode QR di bawah. Jawaban Anda tanpa nama.'
      : 'Bantu kami meningkatkan layanan perpustakaan. Isi survei singkat ini dari ponsel Anda: pindai kode QR di bawah.';
    doc.moveDown(0.8).font('regular').fontSize(14).fillColor(INK).text(invitation, centred);

    const top = doc.y + 28;
    this.drawQr(doc, url, (doc.page.width - QR_SIZE) / 2, top);
    doc.y = top + QR_SIZE + 28;
    doc.font('regular').fontSize(12).fillColor(MUTED).text('Atau buka tautan ini:', MARGIN, doc.y, centred);
    doc.font('semibold').fontSize(14).fillColor(INK).text(url, centred);
    if (survey.closesAt) {
      doc.moveDown(0.8).font('regular').fontSize(12).fillColor(MUTED);
      doc.text(`Survei dapat diisi sampai ${formatDateTime(survey.closesAt)}.`, centred);
    }
    doc.font('regular').fontSize(12).fillColor(MUTED);
    doc.text('Terima kasih atas waktu dan masukan Anda.', MARGIN, doc.page.height - MARGIN - 24, {
      ...centred,
      lineBreak: false,
    });
    doc.end();
    return done;
  }

  /** The QR code as vector squares (sharp at any print size), on a white quiet zone. */
  private drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number): void {
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const modules = qr.modules.size;
    const cell = QR_SIZE / modules;
    doc.rect(x - 12, y - 12, QR_SIZE + 24, QR_SIZE + 24).fill('#ffffff');
    for (let row = 0; row < modules; row += 1) {
      for (let column = 0; column < modules; column += 1) {
        if (qr.modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell + 0.05, cell + 0.05);
      }
    }
    doc.fill(INK);
  }
}
