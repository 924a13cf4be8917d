import {
  certificateLayout,
  fillPlaceholders,
  formatCertificateCode,
  formatCertificateNumber,
  signatoryColumns,
} from './certificate-layout';
import { CERTIFICATE_SAMPLE_VALUES } from '@bina-pustaka/shared-contracts';

describe('certificate layout', () => {
  it('numbers certificates as the pattern says, in Jakarta time', () => {
    // 31 October 20:00 UTC is already 1 November in Jakarta.
    const date = new Date('2026-10-31T20:00:00Z');
    expect(formatCertificateNumber('{urut}/BP/{bulan-romawi}/{tahun}', 45, date)).toBe('045/BP/XI/2026');
    expect(formatCertificateNumber('SRT-{tahun}{bulan}-{urut:5}', 7, date)).toBe('SRT-202611-00007');
    expect(formatCertificateNumber('{urut}/{tahun}', 1234, date)).toBe('1234/2026');
  });

  it('fills placeholders, tolerating spaces inside the braces', () => {
    expect(fillPlaceholders('Kepada {{ nama }} ({{jp}} JP)', CERTIFICATE_SAMPLE_VALUES)).toBe(
      'Kepada Dewi Lestari, S.Hum. (8 JP)',
    );
  });

  it('keeps every part inside the inner frame on both orientations', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const layout = certificateLayout(orientation);
      for (const box of [layout.title, layout.holderName, layout.body, layout.number]) {
        expect(box.x).toBeGreaterThan(layout.frame.inner);
        expect(box.x + box.width).toBeLessThan(layout.width - layout.frame.inner);
        expect(box.y).toBeLessThan(layout.signatories.top);
      }
      // Signatures never run into the QR code, whichever corner it takes.
      const { centres, width } = signatoryColumns(layout, 3);
      const qrRight = layout.qr.margin + layout.qr.size;
      expect(centres[0] - width / 2).toBeGreaterThan(qrRight);
      expect(centres[2] + width / 2).toBeLessThan(layout.width - qrRight);
      expect(centres[1] - centres[0]).toBeGreaterThan(width);
    }
  });

  it('groups codes by four', () => {
    expect(formatCertificateCode('7KQ2M9XD4HPA')).toBe('7KQ2-M9XD-4HPA');
  });
});
