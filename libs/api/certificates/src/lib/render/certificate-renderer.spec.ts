import { inflateSync } from 'node:zlib';
import { CERTIFICATE_SAMPLE_VALUES } from '@bina-pustaka/shared-contracts';
import { certificateLayout, qrCodeLineBox, signatoryPlaces } from '@bina-pustaka/shared-contracts/certificate-layout';
import { PDFDocument } from 'pdf-lib';
import { pdfLines } from '../../testing/pdf-text';
import { CertificateRenderer } from './certificate-renderer';
import { SAMPLE_DESIGN } from '../templates/sample-design';

/** A 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Where pdfkit starts each text of the page: its font size and the top of its first line, from the top. */
function textTops(pdf: Buffer, pageHeight: number): { fontSize: number; top: number }[] {
  const raw = pdf.toString('latin1');
  const start = raw.indexOf('stream\n') + 'stream\n'.length;
  const content = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
  const tops: { fontSize: number; top: number }[] = [];
  for (const [, y, font, size] of content.matchAll(/1 0 0 1 [\d.-]+ ([\d.-]+) Tm\n\/F(\d+) ([\d.]+) Tf/g)) {
    // pdfkit puts the baseline a font's ascender below the top: Playfair Display's (F3) or Noto Sans'.
    const ascender = font === '3' ? 1.082 : 1.069;
    tops.push({ fontSize: Number(size), top: pageHeight - Number(y) - ascender * Number(size) });
  }
  return tops;
}

describe('certificate renderer', () => {
  const renderer = CertificateRenderer.create();
  const content = {
    design: SAMPLE_DESIGN,
    values: CERTIFICATE_SAMPLE_VALUES,
    issuer: 'Dinas Perpustakaan dan Kearsipan Kota',
    code: '7KQ2M9XD4HPA',
    verifyUrl: 'https://pelatihan.example.go.id/verifikasi/7KQ2M9XD4HPA',
    images: new Map<string, Buffer>(),
  };

  it('renders one A4 page in the orientation of the design, with its metadata', async () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const pdf = await PDFDocument.load(
        await renderer.render({ ...content, design: { ...SAMPLE_DESIGN, orientation } }),
      );
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual(orientation === 'landscape' ? [842, 595] : [595, 842]);
      expect(pdf.getTitle()).toBe('Sertifikat 045/BP/XI/2026');
    }
  });

  it('draws the images the design names (background, logos, signatures)', async () => {
    const design = {
      ...SAMPLE_DESIGN,
      backgroundImageId: 'latar',
      logoImageIds: ['logo-1', 'logo-2'],
      signatories: [{ ...SAMPLE_DESIGN.signatories[0], signatureImageId: 'ttd' }],
    };
    const images = new Map(['latar', 'logo-1', 'logo-2', 'ttd'].map((id) => [id, PNG]));
    const plain = await renderer.render(content);
    const withImages = await renderer.render({ ...content, design, images });
    expect(withImages.length).toBeGreaterThan(plain.length);
    expect(withImages.toString('latin1')).toContain('/Subtype /Image');
    expect((await PDFDocument.load(withImages)).getPageCount()).toBe(1);
  });

  it('prints each part at the top the shared layout (shared-contracts) gives it, as the browser preview does', async () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const design = { ...SAMPLE_DESIGN, orientation };
      const layout = certificateLayout(orientation);
      const tops = textTops(
        await renderer.render({ ...content, design, coOrganisers: ['Universitas Sukamaju'] }),
        layout.height,
      );
      const [signatory] = signatoryPlaces(layout, 1);
      const expected = [
        layout.issuer,
        layout.title,
        layout.titleEn,
        layout.number,
        layout.awardedTo,
        layout.holderName,
        layout.holderDetail,
        layout.body,
        layout.coOrganisers,
        signatory.position,
        signatory.name,
        signatory.detail,
        qrCodeLineBox(layout, design.qrPosition),
      ];
      for (const box of expected) {
        const printed = tops.find((text) => text.fontSize === box.fontSize && Math.abs(text.top - box.y) < 0.01);
        expect({ box, printed: printed !== undefined }).toEqual({ box, printed: true });
      }
    }
  });

  it('names the co-organisers above the signatories, and prints no such line without them', async () => {
    const lines = await pdfLines(
      await renderer.render({
        ...content,
        coOrganisers: ['Universitas Sukamaju', 'Komunitas Literasi Sukamaju Membaca'],
      }),
    );
    const body = lines.findIndex((line) => line.startsWith('for taking part'));
    expect(lines[body + 1]).toBe('Bekerja sama dengan: Universitas Sukamaju, Komunitas Literasi Sukamaju Membaca');
    expect(lines[body + 2]).toBe('Kepala Dinas Perpustakaan dan ');
    for (const coOrganisers of [undefined, [], ['  ']]) {
      const plain = await pdfLines(await renderer.render({ ...content, coOrganisers }));
      expect(plain.filter((line) => line.includes('Bekerja sama'))).toEqual([]);
    }
  });

  it('keeps a long list of co-organisers on one line (smaller, then cut short) and prints names as text', async () => {
    const layout = certificateLayout('portrait');
    const design = { ...SAMPLE_DESIGN, orientation: 'portrait' as const };
    const typed = 'Taman Baca\n"Melati") Tj ET BT (\u202e<b>x</b>';
    const coOrganisers = [typed, ...Array.from({ length: 8 }, (_, index) => `Komunitas Literasi Kampung ${index + 1}`)];
    const pdf = await renderer.render({ ...content, design, coOrganisers });
    const printed = (await pdfLines(pdf)).filter((line) => line.startsWith('Bekerja sama dengan: '));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^Bekerja sama dengan: Taman Baca "Melati"\) Tj ET BT \(<b>x<\/b>, Komunitas .*…$/);
    const box = layout.coOrganisers;
    const shrunk = textTops(pdf, layout.height).filter((text) => text.fontSize === box.minFontSize);
    expect(shrunk.map((text) => text.top)).toEqual([expect.closeTo(box.y + (box.fontSize - box.minFontSize) / 2, 2)]);
  });

  it('embeds only the glyphs it uses (fonts are subset)', async () => {
    const pdf = await renderer.render(content);
    expect(pdf.length).toBeLessThan(120_000);
  });
});
