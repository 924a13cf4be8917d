import type { CsvCell } from './csv';
import ExcelJS from 'exceljs';

/** What a spreadsheet runs as a formula when typed into a cell: = + - @, tab, CR (and their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell a spreadsheet shows as text: one that starts like a formula gets a leading
 * single quote (OWASP "CSV injection"), as the platform's toCsv does for CSV. exceljs writes
 * strings as strings, but a person who edits the cell, or saves the sheet as CSV, would
 * otherwise bring the formula to life. Numbers stay numbers.
 */
export function formulaSafe(cell: CsvCell): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' && FORMULA_START.test(cell)) return `'${cell}`;
  return cell;
}

const WIDTH_MIN = 10;
const WIDTH_MAX = 60;
/** Column widths are measured on the first rows: enough to fit, without reading 20,000 rows twice. */
const ROWS_MEASURED = 200;

/**
 * Every XLSX the api hands out (survey responses, an event's attendance) is written here:
 * one sheet, a bold header row that stays in view, widths that fit the text, formula-safe cells.
 */
export async function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bina Pustaka';
  const sheet = workbook.addWorksheet(sheetTitle(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header.map(formulaSafe)).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(formulaSafe));
  header.forEach((title, index) => {
    const lengths = [title, ...rows.slice(0, ROWS_MEASURED).map((row) => row[index])].map((cell) =>
      cell === null || cell === undefined ? 0 : String(cell).length,
    );
    sheet.getColumn(index + 1).width = Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, ...lengths.map((n) => n + 2)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet's name: at most 31 characters, none of \ / ? * [ ] : (Excel refuses them). */
function sheetTitle(name: string): string {
  return (
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || 'Data'
  );
}
