import { parse } from 'csv-parse/sync';
import { toCsv } from './csv';

const cells = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ''));

describe('toCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+62 812 555', `'+62 812 555`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['\uFF1D1+1', `'\uFF1D1+1`],
  ])('writes %j as text a spreadsheet does not run', (value, expected) => {
    expect(cells(toCsv([[value]]))).toEqual([[expected]]);
  });

  it('quotes what needs quoting and doubles inner quotes', () => {
    const csv = toCsv([['Sari, S.IP.', 'Buku "Laskar Pelangi"', 'baris\nbaru', 'biasa']]);
    expect(csv).toBe('"Sari, S.IP.","Buku ""Laskar Pelangi""","baris\nbaru",biasa\n');
  });

  it('leaves numbers, empty cells and ordinary text as they are', () => {
    expect(toCsv([['Dewi Lestari', -1.5, 0, null, undefined, '', true]])).toBe('Dewi Lestari,-1.5,0,,,,1\n');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(toCsv([['a']], { bom: true })).toBe('\uFEFFa\n');
    expect(toCsv([['a']])).toBe('a\n');
  });
});
