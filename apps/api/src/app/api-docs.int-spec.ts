import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

/** The OpenAPI description maps every route: off unless asked for, and for admins only in production. */
describe('API documentation', () => {
  const start = (env: { NODE_ENV: string; API_DOCS: string }) =>
    startTestApp({ root: (config) => AppModule.register(config), env });

  describe('in production with API_DOCS=true', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await start({ NODE_ENV: 'production', API_DOCS: 'true' });
    });
    afterAll(() => t.close());

    it.each(['/api/docs', '/api/docs/openapi.json', '/api/docs-yaml', '/api/docs/swagger-ui.css'])(
      '%s is refused without an admin token',
      async (path) => {
        const anonymous = await t.api.get<ApiErrorBody>(path);
        expect(anonymous.status).toBe(401);
        expect(anonymous.body.code).toBe('auth.tokenMissing');
        const learner = await signIn(t.api, await createTestUser(t.db));
        expect((await t.api.get(path, { token: learner.token })).status).toBe(403);
      },
    );

    it('is served to an admin who sends an access token', async () => {
      const admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
      const spec = await t.api.get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs/openapi.json', {
        token: admin.token,
      });
      expect(spec.status).toBe(200);
      expect(spec.body.paths['/api/auth/login']).toBeDefined();
    });
  });

  it('is not served in production unless asked for', async () => {
    const t = await start({ NODE_ENV: 'production', API_DOCS: '' });
    try {
      const admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
      expect((await t.api.get('/api/docs/openapi.json', { token: admin.token })).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
