/**
 * The enrolment CSV the api reads: a header row with `email` (required), and `nama` and
 * `nip` (optional: checked against the account when given). Commas inside a value need
 * quotes; the template has none.
 */
export const ENROLMENT_CSV_COLUMNS = ['email', 'nama', 'nip'] as const;

export const ENROLMENT_CSV_FILE_NAME = 'templat-peserta-angkatan.csv';

/** Header plus one example row the coordinator overwrites. */
export function enrolmentCsvTemplate(): string {
  const rows = [
    ENROLMENT_CSV_COLUMNS.join(','),
    'nama.pustakawan@perpustakaan.go.id,Nama Lengkap Pustakawan,198703152010012003',
  ];
  return rows.join('\r\n') + '\r\n';
}

export function enrolmentCsvTemplateBlob(): Blob {
  return new Blob([enrolmentCsvTemplate()], { type: 'text/csv;charset=utf-8' });
}

/** Whether text read from a chosen file looks like our CSV (a header with an email column). */
export function hasEmailHeader(csv: string): boolean {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header
    .split(/[,;]/)
    .map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase())
    .includes('email');
}
