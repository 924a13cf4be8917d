import { fillPlaceholders, formatCertificateCode, formatCertificateNumber } from './certificate-text';
import { CERTIFICATE_SAMPLE_VALUES } from '@bina-pustaka/shared-contracts';

describe('certificate text', () => {
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

  it('groups codes by four', () => {
    expect(formatCertificateCode('7KQ2M9XD4HPA')).toBe('7KQ2-M9XD-4HPA');
  });
});
