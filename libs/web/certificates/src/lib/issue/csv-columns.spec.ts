import { hasPersonColumn } from './csv-columns';

describe('hasPersonColumn', () => {
  it('finds an email or nip column in the header row', () => {
    expect(hasPersonColumn('email,nama\ndewi@x.id,Dewi\n')).toBe(true);
    expect(hasPersonColumn('\uFEFF"Nama";"NIP"\r\nDewi;198703122010012003\r\n')).toBe(true);
    expect(hasPersonColumn(' Email \n')).toBe(true);
  });

  it('refuses a file without one (or with it only below the header)', () => {
    expect(hasPersonColumn('nama,instansi\nDewi,email\n')).toBe(false);
    expect(hasPersonColumn('')).toBe(false);
  });
});
