import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { AppModule } from './app.module';

describe('security headers on every answer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
  });
  afterAll(() => t.close());

  it.each([
    ['a public route', '/api/health'],
    ['a refused route', '/api/me'],
    ['an unknown route', '/api/tidak-ada'],
  ])('%s', async (_name, path) => {
    const { headers } = await t.api.get(path);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy')).toContain("object-src 'none'");
    // Plain HTTP here (COOKIE_SECURE off): no HSTS that would pin a development host.
    expect(headers.get('strict-transport-security')).toBeNull();
  });
});
