import { CERTIFICATE_SAMPLE_VALUES, type CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import {
  certificateLayout,
  qrCodeLineBox,
  signatoryColumns,
  signatoryPlaces,
  type TextBox,
} from '@bina-pustaka/shared-contracts/certificate-layout';
import { certificatePreview } from './certificate-preview';
import { FONT_METRICS } from './font-metrics';
import type { PreviewInput } from './preview-model';
import { breakPieces, clampLines, textWidth, wrapText } from './text-metrics';

const DESIGN: CertificateTemplateDesign = {
  orientation: 'landscape',
  titleId: 'Sertifikat',
  titleEn: null,
  bodyId: 'atas partisipasinya sebagai {{peran}} dalam pelatihan {{kegiatan}} ({{jp}} JP) pada {{tanggal}}.',
  bodyEn: null,
  accentColor: '#1f5f4a',
  backgroundImageId: null,
  logoImageIds: [],
  signatories: [{ name: 'Bambang Sutrisno, S.IP.', position: 'Kepala Dinas', detail: null, signatureImageId: null }],
  qrPosition: 'bottom-right',
  numberPattern: '{urut}/BP/{bulan-romawi}/{tahun}',
};

const URLS: Record<string, string> = {
  bg: '/api/certificate-images/bg/content?s=1',
  logo1: '/api/certificate-images/logo1/content?s=1',
  logo2: '/api/certificate-images/logo2/content?s=1',
  ttd: '/api/certificate-images/ttd/content?s=1',
};

function input(design: Partial<CertificateTemplateDesign> = {}): PreviewInput {
  return {
    design: { ...DESIGN, ...design },
    values: CERTIFICATE_SAMPLE_VALUES,
    issuer: 'Dinas Perpustakaan dan Kearsipan Kota',
    code: '7KQ2M9XD4HPA',
    imageUrl: (id) => URLS[id] ?? null,
  };
}

const part = (preview: ReturnType<typeof certificatePreview>, name: string) =>
  preview.texts.find((text) => text.part === name);
const allText = (preview: ReturnType<typeof certificatePreview>) =>
  preview.texts.flatMap((text) => text.lines.map((line) => line.text)).join('\n');

describe('certificatePreview', () => {
  it('fills the placeholders with the sample values and prints the fixed lines', () => {
    const preview = certificatePreview(input());
    expect(part(preview, 'title')?.lines[0].text).toBe('SERTIFIKAT');
    expect(allText(preview)).toContain('Dewi Lestari, S.Hum.');
    expect(allText(preview)).toContain('Nomor: 045/BP/XI/2026');
    expect(allText(preview)).toContain('Verifikasi: 7KQ2-M9XD-4HPA');
    expect(allText(preview)).toContain('NIP 198703122010012003  ·  Dinas Perpustakaan dan Kearsipan Kota');
    expect(part(preview, 'awardedTo')?.lines[0].text).toBe('Diberikan kepada');
    const body = part(preview, 'body')
      ?.lines.map((line) => line.text)
      .join(' ');
    expect(body).toBe(
      'atas partisipasinya sebagai peserta dalam pelatihan Katalogisasi dengan RDA (8 JP) pada 25 November 2026.',
    );
    expect(allText(preview)).not.toContain('{{');
  });

  it('uses the page size of the orientation as the drawing’s size', () => {
    expect(certificatePreview(input())).toMatchObject({ width: 841.89, height: 595.28 });
    expect(certificatePreview(input({ orientation: 'portrait' }))).toMatchObject({ width: 595.28, height: 841.89 });
  });

  it('places text on the layout’s boxes: top of the box plus the font’s ascender', () => {
    const layout = certificateLayout('landscape');
    const title = part(certificatePreview(input()), 'title');
    const line = title?.lines[0];
    // Centred as pdfkit centres it: what it counted for the line (one more letter spacing) in the middle.
    expect((line?.x ?? 0) + ((line?.width ?? 0) + 5) / 2).toBeCloseTo(layout.width / 2);
    expect(title?.lines[0].y).toBeCloseTo(layout.title.y + 1.082 * layout.title.fontSize);
    expect(title?.fill).toBe('#1f5f4a');
  });

  it('puts each part at the top the shared layout (shared-contracts) gives it, as the PDF renderer does', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const layout = certificateLayout(orientation);
      const preview = certificatePreview(
        input({ orientation, titleEn: 'Certificate', signatories: [{ ...DESIGN.signatories[0], detail: 'NIP 1' }] }),
      );
      const [signatory] = signatoryPlaces(layout, 1);
      const expected: [string, TextBox][] = [
        ['issuer', layout.issuer],
        ['title', layout.title],
        ['titleEn', layout.titleEn],
        ['number', layout.number],
        ['awardedTo', layout.awardedTo],
        ['holderName', layout.holderName],
        ['holderDetail', layout.holderDetail],
        ['body', layout.body],
        ['signatory-0-position', signatory.position],
        ['signatory-0-name', signatory.name],
        ['signatory-0-detail', signatory.detail],
        ['code', qrCodeLineBox(layout, 'bottom-right')],
      ];
      for (const [name, box] of expected) {
        const text = part(preview, name);
        // SVG places the baseline: the top plus the font's ascender.
        const top = (text?.lines[0].y ?? 0) - (FONT_METRICS[text?.font ?? 'regular'].ascender / 1000) * box.fontSize;
        expect({ name, fontSize: text?.fontSize, top: Math.round(top * 100) / 100 }).toEqual({
          name,
          fontSize: box.fontSize,
          top: Math.round(box.y * 100) / 100,
        });
      }
    }
  });

  it('wraps the body inside its box and puts the English text under it', () => {
    const layout = certificateLayout('landscape');
    const long = Array.from({ length: 12 }, () => 'kegiatan pengembangan kompetensi pustakawan').join(' ');
    const preview = certificatePreview(input({ bodyId: long, bodyEn: 'for taking part as {{peran}}' }));
    const body = part(preview, 'body');
    expect(body?.lines.length).toBeGreaterThan(2);
    for (const line of body?.lines ?? []) expect(line.width).toBeLessThanOrEqual(layout.body.width);
    const step = (body?.lines[1].y ?? 0) - (body?.lines[0].y ?? 0);
    expect(step).toBeCloseTo(12 * 1.362 + 3, 1);
    const english = part(preview, 'bodyEn');
    expect(english?.font).toBe('italic');
    expect(english?.lines[0].text).toBe('for taking part as peserta');
    expect(english?.lines[0].y).toBeGreaterThan((body?.lines.at(-1)?.y ?? 0) + layout.bodyEnGap);
    expect(part(preview, 'awardedTo')?.lines[0].text).toBe('Diberikan kepada  ·  Presented to');
  });

  it('draws the frame without a background, and only the background with one', () => {
    const plain = certificatePreview(input());
    expect(plain.frames).toHaveLength(2);
    expect(plain.frames[0].stroke).toBe('#1f5f4a');
    expect(plain.background).toBeNull();
    expect(plain.paper).not.toBeNull();

    const designed = certificatePreview(input({ backgroundImageId: 'bg' }));
    expect(designed.frames).toHaveLength(0);
    expect(designed.background).toMatchObject({ href: URLS['bg'], width: 841.89, height: 595.28, fit: 'stretch' });
    // An image not known yet is simply not drawn.
    expect(certificatePreview(input({ backgroundImageId: 'unknown' })).frames).toHaveLength(2);
  });

  it('centres the logos as one row, and prints the issuer when there are none', () => {
    const layout = certificateLayout('landscape');
    const preview = certificatePreview(input({ logoImageIds: ['logo1', 'logo2'] }));
    const logos = preview.images.filter((image) => image.part.startsWith('logo'));
    expect(logos.map((logo) => logo.href)).toEqual([URLS['logo1'], URLS['logo2']]);
    const left = logos[0].x;
    const right = logos[1].x + logos[1].width;
    expect(left + right).toBeCloseTo(layout.width);
    expect(part(preview, 'issuer')).toBeUndefined();
    expect(part(certificatePreview(input()), 'issuer')?.lines[0].text).toBe('DINAS PERPUSTAKAAN DAN KEARSIPAN KOTA');
  });

  it('gives each signatory a column with position, signature, underlined name and detail', () => {
    const layout = certificateLayout('landscape');
    const signatories = [
      {
        name: 'Bambang Sutrisno, S.IP.',
        position: 'Kepala Dinas',
        detail: 'NIP 197001011995031001',
        signatureImageId: 'ttd',
      },
      { name: 'Dr. Siti Rahmawati, M.Hum.', position: 'Narasumber', detail: null, signatureImageId: null },
    ];
    const preview = certificatePreview(input({ signatories }));
    const { centres } = signatoryColumns(layout, 2);
    const centre = (name: string) => {
      const line = part(preview, name)?.lines[0];
      return (line?.x ?? 0) + (line?.width ?? 0) / 2;
    };
    expect(centre('signatory-0-name')).toBeCloseTo(centres[0]);
    expect(centre('signatory-1-name')).toBeCloseTo(centres[1]);
    expect(part(preview, 'signatory-0-detail')?.lines[0].text).toBe('NIP 197001011995031001');
    expect(part(preview, 'signatory-1-detail')).toBeUndefined();
    const signature = preview.images.find((image) => image.part === 'signatory-0-signature');
    expect(signature).toMatchObject({ href: URLS['ttd'], y: layout.signatories.top + 28, fit: 'meet' });
    const name = part(preview, 'signatory-0-name')?.lines[0];
    const underline = preview.rules.find((rule) => rule.x1 === name?.x && rule.stroke === '#1d2b2f');
    expect(underline?.x2).toBeCloseTo((name?.x ?? 0) + (name?.width ?? 0));
  });

  it('cuts a long position to two lines ending in an ellipsis', () => {
    const position =
      'Kepala Bidang Pengembangan Koleksi dan Layanan Perpustakaan Dinas Perpustakaan dan Kearsipan Kota';
    const preview = certificatePreview(
      input({ signatories: [{ name: 'Bambang', position, detail: null, signatureImageId: null }] }),
    );
    const lines = part(preview, 'signatory-0-position')?.lines ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[1].text.endsWith('…')).toBe(true);
  });

  it('shrinks a long holder name to fit one line', () => {
    const layout = certificateLayout('portrait');
    const nama = 'Prof. Dr. Raden Ajeng Kartika Sekar Ayu Wulandari Puspitasari, S.S., M.Hum., M.Si.';
    const preview = certificatePreview({
      ...input({ orientation: 'portrait' }),
      values: { ...CERTIFICATE_SAMPLE_VALUES, nama },
    });
    const name = part(preview, 'holderName');
    expect(name?.fontSize).toBeLessThan(layout.holderName.fontSize);
    expect(name?.fontSize).toBeGreaterThanOrEqual(14);
  });

  it('puts the QR code in the chosen bottom corner', () => {
    const layout = certificateLayout('landscape');
    expect(certificatePreview(input({ qrPosition: 'bottom-left' })).qr.x).toBe(layout.qr.margin);
    expect(certificatePreview(input()).qr.x).toBeCloseTo(layout.width - layout.qr.margin - layout.qr.size);
  });
});

describe('text metrics', () => {
  it('measures with the renderer’s fonts (pdfkit gives 9.761 em for this name in Playfair Display Bold)', () => {
    // Kerning makes pdfkit's measure a little shorter; wrapping is within a few tenths of a point.
    expect(Math.abs(textWidth('Dewi Lestari, S.Hum.', 'display', 1000) - 9761)).toBeLessThan(30);
    expect(textWidth('ab', 'regular', 10, 5)).toBeCloseTo(
      textWidth('a', 'regular', 10) + textWidth('b', 'regular', 10) + 5,
    );
  });

  const REGULAR = { font: 'regular', fontSize: 10 } as const;
  const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

  it('wraps like pdfkit: pieces count with their trailing space, typed line breaks stay', () => {
    expect(texts(wrapText('satu dua tiga', REGULAR, 1000))).toEqual(['satu dua tiga']);
    expect(texts(wrapText('satu\ndua', REGULAR, 1000))).toEqual(['satu', 'dua']);
    // "satu dua" fits without the space after it, but pdfkit counts that space: "dua" moves down.
    const tight = textWidth('satu dua', 'regular', 10);
    expect(texts(wrapText('satu dua tiga', REGULAR, tight))).toEqual(['satu', 'dua tiga']);
    expect(texts(wrapText('satu dua tiga', REGULAR, textWidth('satu dua ', 'regular', 10)))).toEqual([
      'satu dua',
      'tiga',
    ]);
    expect(texts(wrapText('', REGULAR, 100))).toEqual([]);
  });

  it('breaks after a hyphen before a letter, and cuts only pieces wider than a line', () => {
    expect(breakPieces('pra-pelatihan 2026-11 ok')).toEqual(['pra-', 'pelatihan ', '2026-11 ', 'ok']);
    const cut = wrapText('perpustakaan', REGULAR, textWidth('perpus', 'regular', 10) + 1);
    expect(texts(cut).join('')).toBe('perpustakaan');
    expect(cut.length).toBeGreaterThan(1);
  });

  it('clamps lines with an ellipsis that still fits', () => {
    const width = textWidth('satu dua ', 'regular', 10);
    const lines = clampLines(wrapText('satu dua tiga empat lima', REGULAR, width), 2, REGULAR, width);
    expect(lines).toHaveLength(2);
    expect(lines[1].text.endsWith('…')).toBe(true);
    expect(lines[1].width).toBeLessThanOrEqual(width);
  });
});
