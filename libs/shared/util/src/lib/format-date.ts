export type UiLocale = 'id' | 'en';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Indonesian zone names users read on invitations and schedules; Intl gives "GMT+7" in English. */
const INDONESIAN_ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const INTL_LOCALE: Record<UiLocale, string> = { id: 'id-ID', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs far more than using one: keep each kind made. */
export function cachedDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function zoneName(date: Date, timeZone: string, locale: UiLocale): string {
  const known = INDONESIAN_ZONE_NAMES[timeZone];
  if (known) return known;
  const parts = cachedDateFormat(INTL_LOCALE[locale], {
    timeZone,
    timeZoneName: 'short',
  }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "25 November 2026" */
export function formatDate(
  value: Date | string,
  locale: UiLocale = 'id',
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return cachedDateFormat(INTL_LOCALE[locale], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(value));
}

/** "14.00 WIB" in Indonesian, "14:00 WIB" in English. */
export function formatTime(
  value: Date | string,
  locale: UiLocale = 'id',
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const date = new Date(value);
  const time = cachedDateFormat(INTL_LOCALE[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${time} ${zoneName(date, timeZone, locale)}`;
}

/** "25 November 2026, 14.00 WIB": how Indonesians write a date and time. */
export function formatDateTime(
  value: Date | string,
  locale: UiLocale = 'id',
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return `${formatDate(value, locale, timeZone)}, ${formatTime(value, locale, timeZone)}`;
}
