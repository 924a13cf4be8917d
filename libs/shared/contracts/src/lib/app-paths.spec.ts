import { APP_PATHS, appLink, appUrl } from './app-paths';

describe('appLink', () => {
  it('links plain paths and fills parameters', () => {
    expect(appLink(APP_PATHS.home)).toBe('/');
    expect(appLink(APP_PATHS.catalog)).toBe('/pelatihan');
    expect(appLink(APP_PATHS.catalogCourse, { courseId: 'abc' })).toBe('/pelatihan/abc');
    expect(appLink(APP_PATHS.playerLesson, { courseId: 'c 1', lessonId: 'l/2' })).toBe('/belajar/c%201/materi/l%2F2');
    expect(appLink(APP_PATHS.verifyCertificateCode, { code: '7KQ2M9XD4HPA' })).toBe('/verifikasi/7KQ2M9XD4HPA');
  });
});

describe('appUrl', () => {
  it('puts the link on the public address, as emails and QR codes carry it', () => {
    expect(appUrl('https://belajar.perpustakaan.go.id', APP_PATHS.myCertificates)).toBe(
      'https://belajar.perpustakaan.go.id/sertifikat-saya',
    );
    expect(appUrl('http://localhost:3000', APP_PATHS.webinar, { webinarId: 'w1' })).toBe(
      'http://localhost:3000/webinar/w1',
    );
  });
});
