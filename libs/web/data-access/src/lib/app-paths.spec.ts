import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { pathMatches, safeReturnUrl } from './app-paths';

describe('safeReturnUrl', () => {
  it('follows same-app paths only', () => {
    expect(safeReturnUrl('/admin/pengguna?q=dewi')).toBe('/admin/pengguna?q=dewi');
    expect(safeReturnUrl(null)).toBe('/');
    expect(safeReturnUrl('')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
  });
});

describe('pathMatches', () => {
  it('matches a URL of exactly the pattern, a `:name` part standing for one segment', () => {
    expect(pathMatches(APP_PATHS.playerLesson, ['belajar', 'c1', 'materi', 'l1'])).toBe(true);
    expect(pathMatches(APP_PATHS.home, [])).toBe(true);
  });

  it('refuses a URL longer or shorter than the pattern, or with another fixed part', () => {
    expect(pathMatches(APP_PATHS.player, ['belajar', 'c1', 'materi', 'l1'])).toBe(false);
    expect(pathMatches(APP_PATHS.playerLesson, ['belajar', 'c1'])).toBe(false);
    expect(pathMatches(APP_PATHS.quiz, ['kuis', 'percobaan', 'a1'])).toBe(false);
    expect(pathMatches(APP_PATHS.manageCourse, ['kelola', 'angkatan', 'c1'])).toBe(false);
  });
});
