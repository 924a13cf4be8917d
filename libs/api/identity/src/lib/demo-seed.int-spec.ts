import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { Institution } from '@bina-pustaka/shared-contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data';
import { IdentityModule, identityMigrations } from './identity.module';

/** The demo library (with the password printed in the README) exists only where it was asked for. */
describe('demo data', () => {
  const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'));

  const start = (env: Record<'NODE_ENV' | 'DEMO_SEED', string>) =>
    startTestApp({ modules: [IdentityModule], migrations: identityMigrations, env });
  const signInAsDemoAdmin = (t: TestApp) =>
    t.api.post('/api/auth/login', { email: admin?.email, password: DEMO_PASSWORD });

  it('is not seeded into a database started without settings', async () => {
    // As a real installation that forgot NODE_ENV starts: no NODE_ENV, no DEMO_SEED.
    const t = await start({ NODE_ENV: '', DEMO_SEED: '' });
    try {
      expect(t.config.env).toBe('development');
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM users`);
      expect(count).toBe(0);
      expect((await signInAsDemoAdmin(t)).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('is seeded when asked (npm start and the browser journeys ask)', async () => {
    const t = await start({ NODE_ENV: '', DEMO_SEED: 'true' });
    try {
      const signedIn = await signInAsDemoAdmin(t);
      expect(signedIn.status).toBe(200);
      const token = (signedIn.body as { accessToken: string }).accessToken;
      const institutions = await t.api.get<Institution[]>('/api/institutions', { token });
      expect(institutions.body.map(({ name, kind }) => [name, kind])).toEqual([
        ['Dinas Perpustakaan dan Kearsipan Kota Sukamaju', 'library'],
        ['Komunitas Literasi Sukamaju Membaca', 'community'],
        ['SMA Negeri 1 Sukamaju', 'school'],
        ['Universitas Sukamaju', 'university'],
      ]);
    } finally {
      await t.close();
    }
  });
});
