import { bankFileName, importIssues, parseBankFile } from './bank-transfer';

describe('question bank import and export', () => {
  it('places the server issues on the question of the file they belong to', () => {
    expect(
      importIssues({
        'questions.3.body.options': 'Soal pilihan minimal memiliki 2 pilihan jawaban.',
        format: 'Format tidak dikenal.',
        'questions.0.prompt': 'Wajib diisi.',
        'questions.1': 'Tidak valid.',
      }),
    ).toEqual([
      { question: null, field: 'format', message: 'Format tidak dikenal.' },
      { question: 1, field: 'prompt', message: 'Wajib diisi.' },
      { question: 2, field: '', message: 'Tidak valid.' },
      { question: 4, field: 'body.options', message: 'Soal pilihan minimal memiliki 2 pilihan jawaban.' },
    ]);
  });

  it('reads JSON (with a byte order mark) and refuses anything else', () => {
    expect(parseBankFile('\uFEFF{"version":1}')).toEqual({ version: 1 });
    expect(parseBankFile('email,nama')).toBeNull();
  });

  it('names the export after the course', () => {
    expect(bankFileName('Evaluasi Katalogisasi — Angkatan I')).toBe('bank-soal-evaluasi-katalogisasi-angkatan-i.json');
    expect(bankFileName('')).toBe('bank-soal.json');
  });
});
