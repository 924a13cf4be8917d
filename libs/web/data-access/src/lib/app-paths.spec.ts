import { APP_PATHS, appLink, safeReturnUrl } from './app-paths';

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
