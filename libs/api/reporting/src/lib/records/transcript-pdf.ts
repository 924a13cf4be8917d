import { translate } from '@bina-pustaka/api-platform';
import type { LearningRecord, Locale } from '@bina-pustaka/shared-contracts';
import { formatCertificateCode, formatDate, formatDateTime } from '@bina-pustaka/shared-util';
import PDFDocument from 'pdfkit';
import { formatJp } from './record-table';

const TEAL = '#0b5d57';
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#d9d4cc';
const LEFT = 56;
const RIGHT = 539;
const BOTTOM = 760;

/**
 * Text people wrote, as the PDF shows it: drawn as plain text (a PDF runs nothing), without
 * control characters or the bidirectional overrides that could make a title read otherwise.
 */
const printable = (text: string) => text.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ');

interface Column {
  label: string;
  width: number;
  align?: 'right';
}

/**
 * The learner's transcript (transkrip, issue 16): every activity with its dates, JP and
 * certificate, JP by year against the target, and the certificates with their codes and
 * verify pages. Indonesian dates; pages break between rows.
 */
export function renderTranscript(
  record: LearningRecord,
  locale: Locale,
  options: { jpMinutes: number; printedAt: Date },
): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const doc = new PDFDocument({
    size: 'A4',
    margin: LEFT,
    info: { Title: t('transcript.title'), Author: 'Bina Pustaka', Subject: printable(record.person.fullName) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.fillColor(TEAL).font('Helvetica-Bold').fontSize(11).text('BINA PUSTAKA', { characterSpacing: 1.5 });
  doc.moveDown(0.3).fillColor(INK).fontSize(18).text(t('transcript.title'));
  doc.moveDown(0.8).fontSize(10.5);
  const { person } = record;
  for (const [label, value] of [
    [t('record.column.name'), person.fullName],
    [t('record.column.nip'), person.nip ?? '-'],
    [t('record.column.position'), person.position ?? '-'],
    [t('record.column.institution'), person.institution?.name ?? '-'],
  ]) {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(printable(value));
  }

  const table = (columns: Column[], rows: string[][]) => {
    const row = (values: string[], bold: boolean) => {
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9.5)
        .fillColor(INK);
      const heights = columns.map((column, index) => doc.heightOfString(values[index], column));
      if (doc.y + Math.max(...heights) > BOTTOM) doc.addPage();
      const top = doc.y;
      let x = LEFT;
      columns.forEach((column, index) => {
        doc.text(values[index], x, top, column);
        x += column.width + 4;
      });
      doc.y = top + Math.max(...heights) + 6;
      doc
        .moveTo(LEFT, doc.y - 3)
        .lineTo(RIGHT, doc.y - 3)
        .strokeColor(RULE)
        .lineWidth(0.5)
        .stroke();
    };
    row(
      columns.map((column) => column.label),
      true,
    );
    for (const values of rows) row(values, false);
  };
  const heading = (text: string, empty: string | null) => {
    if (doc.y > BOTTOM - 60) doc.addPage();
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(12).fillColor(TEAL).text(text, LEFT);
    doc.moveDown(0.4);
    if (empty) doc.font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text(empty, LEFT);
  };
  const dates = (from: string, to: string) =>
    formatDate(from, locale) === formatDate(to, locale)
      ? formatDate(to, locale)
      : `${formatDate(from, locale)} - ${formatDate(to, locale)}`;

  heading(t('transcript.activities'), record.activities.length ? null : t('transcript.noActivities'));
  if (record.activities.length) {
    table(
      [
        { label: t('transcript.dates'), width: 100 },
        { label: t('record.column.title'), width: 231 },
        { label: t('record.column.jp'), width: 30, align: 'right' },
        { label: t('record.column.certificateNumber'), width: 110 },
      ],
      record.activities.map((activity) => [
        dates(activity.startedAt, activity.endedAt),
        `${printable(activity.title)}\n${t(`record.kind.${activity.kind}`)} · ${t(`record.role.${activity.role}`)} · ${printable(activity.organiser)}`,
        formatJp(activity.jp, locale),
        printable(activity.certificateNumber ?? '-'),
      ]),
    );
  }

  heading(t('transcript.years'), record.jpByYear.length ? null : t('transcript.noJp'));
  if (record.jpByYear.length) {
    table(
      [
        { label: t('transcript.year'), width: 80 },
        { label: t('record.column.jp'), width: 80, align: 'right' },
        { label: t('transcript.target'), width: 80, align: 'right' },
        { label: '', width: 227 },
      ],
      record.jpByYear.map(({ year, jp, target }) => [
        String(year),
        formatJp(jp, locale),
        formatJp(target, locale),
        t(jp >= target ? 'transcript.targetMet' : 'transcript.targetOpen'),
      ]),
    );
  }

  heading(t('transcript.certificates'), record.certificates.length ? null : t('transcript.noCertificates'));
  if (record.certificates.length) {
    table(
      [
        { label: t('record.column.certificateNumber'), width: 100 },
        { label: t('record.column.title'), width: 150 },
        { label: t('record.column.certificateCode'), width: 95 },
        { label: t('transcript.verifyAt'), width: 127 },
      ],
      record.certificates.map((certificate) => [
        printable(certificate.number),
        `${printable(certificate.title)}\n${formatDate(certificate.awardedAt, locale)} · ${printable(certificate.issuerName)}`,
        formatCertificateCode(certificate.code),
        certificate.verifyUrl,
      ]),
    );
  }

  doc.moveDown(2).font('Helvetica').fontSize(8.5).fillColor(MUTED);
  doc.text(t('transcript.verifyNote'), LEFT);
  doc.text(t('transcript.jpDefinition', { minutes: options.jpMinutes }), LEFT);
  doc.text(t('transcript.printed', { date: formatDateTime(options.printedAt, locale) }), LEFT);
  doc.end();
  return finished;
}
