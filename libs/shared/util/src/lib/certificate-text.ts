import type { CertificatePlaceholder } from '@bina-pustaka/shared-contracts';
import { cachedDateFormat } from './format-date';

// What a certificate says: its placeholders filled, its number and its code as printed.

/** Replaces {{name}} placeholders; unknown ones were refused when the template was saved. */
export function fillPlaceholders(text: string, values: Record<CertificatePlaceholder, string>): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as CertificatePlaceholder] : whole,
  );
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * A certificate number from its pattern: {urut} the running number of the year
 * (3 digits, {urut:N} for N), {bulan-romawi} XI, {bulan} 11, {tahun} 2026. The month and
 * year are those of `date` in Jakarta time.
 */
export function formatCertificateNumber(pattern: string, sequence: number, date: Date): string {
  const [year, month] = cachedDateFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
  })
    .format(date)
    .split('-');
  return pattern.replace(/\{([^{}]*)\}/g, (whole, token: string) => {
    const width = /^urut(?::([1-9]))?$/.exec(token);
    if (width) return String(sequence).padStart(Number(width[1] ?? 3), '0');
    if (token === 'bulan-romawi') return ROMAN_MONTHS[Number(month) - 1];
    if (token === 'bulan') return month;
    if (token === 'tahun') return year;
    return whole;
  });
}

/** 7KQ2M9XD4HPA -> 7KQ2-M9XD-4HPA, the way codes are printed and typed. */
export function formatCertificateCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
