import { APP_PATHS, appLink, pathMatches, safeReturnUrl } from './app-paths';

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

describe('appLink', () => {
  it('links plain paths and fills parameters', () => {
    expect(appLink(APP_PATHS.home)).toBe('/');
    expect(appLink(APP_PATHS.catalog)).toBe('/pelatihan');
    expect(appLink(APP_PATHS.catalogCourse, { courseId: 'abc' })).toBe('/pelatihan/abc');
    expect(appLink(APP_PATHS.playerLesson, { courseId: 'c 1', lessonId: 'l/2' })).toBe('/belajar/c%201/materi/l%2F2');
    expect(appLink(APP_PATHS.verifyCertificateCode, { code: '7KQ2M9XD4HPA' })).toBe('/verifikasi/7KQ2M9XD4HPA');
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
