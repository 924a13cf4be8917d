import { translate, type CsvCell } from '@bina-pustaka/api-platform';
import type { LearningRecord, Locale } from '@bina-pustaka/shared-contracts';
import { formatDate } from '@bina-pustaka/shared-util';

export const formatJp = (jp: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(jp);

/**
 * The record as one table, a row per activity with the person on every row, in the order
 * of a civil-service training record (name, NIP, training, organiser, dates, JP,
 * certificate number): for the CSV and the XLSX alike. JP stays a number for the sheet.
 */
export function recordTable(record: LearningRecord, locale: Locale): { header: string[]; rows: CsvCell[][] } {
  const t = (key: string) => translate(locale, key);
  const { person } = record;
  const header = [
    'name',
    'nip',
    'position',
    'institution',
    'kind',
    'role',
    'title',
    'organiser',
    'startedOn',
    'endedOn',
    'jp',
    'certificateNumber',
    'certificateCode',
  ].map((column) => t(`record.column.${column}`));
  const rows = record.activities.map((activity) => [
    person.fullName,
    person.nip ?? '',
    person.position ?? '',
    person.institution?.name ?? '',
    t(`record.kind.${activity.kind}`),
    t(`record.role.${activity.role}`),
    activity.title,
    activity.organiser,
    formatDate(activity.startedAt, locale),
    formatDate(activity.endedAt, locale),
    activity.jp,
    activity.certificateNumber ?? '',
    activity.certificateCode ?? '',
  ]);
  return { header, rows };
}
