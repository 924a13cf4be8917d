import type { UiLocale } from '@bina-pustaka/shared-util';

const INTL_LOCALE: Record<UiLocale, string> = { id: 'id-ID', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/** Numbers as each language writes them: 3,8 and 1.250 in Indonesian, 3.8 and 1,250 in English. */
export function formatNumber(value: number | null | undefined, language: UiLocale, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const key = `${language}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** A share of those who answered, whole percent ("40%"); nothing answered gives 0%. */
export function formatShare(count: number, answered: number, language: UiLocale): string {
  return `${formatNumber(answered > 0 ? (count / answered) * 100 : 0, language)}%`;
}

/** An IKM period: "2026-11" is "November 2026", a year stays as it is. */
export function formatPeriod(period: string, language: UiLocale): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
