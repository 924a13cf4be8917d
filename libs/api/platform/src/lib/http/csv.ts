// eslint-disable-next-line no-restricted-imports -- the one place the api writes CSV (see below)
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Every CSV the api hands out is written here, so names and titles people typed cannot run
 * in a coordinator's spreadsheet (OWASP "CSV injection"): a text cell starting with = + - @,
 * a tab or a carriage return (or the full-width = + - @) gets a leading single quote, and
 * fields holding a comma, a quote or a line break are quoted with inner quotes doubled.
 * Numbers stay numbers (-1.5 is a value, not a formula). `bom` starts the file with a
 * byte-order mark, so spreadsheet programs read UTF-8 names right.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  return stringify(
    rows.map((row) => [...row]),
    { escape_formulas: true, bom: options.bom ?? false },
  );
}
