import { PASSWORD_MIN_LENGTH } from '../common.types';
import COMMON_PASSWORDS from './common-passwords.json';
import { isCommonPassword } from './common-password';

describe('isCommonPassword', () => {
  it('ships the 10,000 most common passwords, most common first', () => {
    expect(COMMON_PASSWORDS).toHaveLength(10_000);
    expect(COMMON_PASSWORDS.slice(0, 2)).toEqual(['123456', 'password']);
    expect(new Set(COMMON_PASSWORDS).size).toBe(10_000);
  });

  it.each(['password123', 'Password123', 'QWERTYUIOP', '1q2w3e4r5t', 'basketball'])(
    'knows %s from the breach list, in any case',
    (password) => expect(isCommonPassword(password)).toBe(true),
  );

  it.each(['perpustakaan123', 'Perpustakaan2026', 'pustakawan!', 'BISMILLAH123', 'indonesia12345', 'katasandi1'])(
    'knows the Indonesian favourite %s',
    (password) => expect(isCommonPassword(password)).toBe(true),
  );

  it.each(['Literasi-2026', 'Rahasia-Uji-2026', 'PustakaDemo2026', 'rak buku di sudut baca'])(
    'lets %s through',
    (password) => expect(isCommonPassword(password)).toBe(false),
  );

  it('still has long entries for the length rule to leave to it', () => {
    expect(COMMON_PASSWORDS.filter((password) => password.length >= PASSWORD_MIN_LENGTH).length).toBeGreaterThan(100);
  });
});
