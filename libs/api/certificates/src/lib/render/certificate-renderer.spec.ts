import { CERTIFICATE_SAMPLE_VALUES } from '@bina-pustaka/shared-contracts';
import { PDFDocument } from 'pdf-lib';
import { CertificateRenderer } from './certificate-renderer';
import { SAMPLE_DESIGN } from '../templates/sample-design';

/** A 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

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

  it('embeds only the glyphs it uses (fonts are subset)', async () => {
    const pdf = await renderer.render(content);
    expect(pdf.length).toBeLessThan(120_000);
  });
});
