import { safeReturnUrl } from './app-paths';

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
