import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { createTestUser, signIn, type SignedInUser } from '../testing';
import type { ApiErrorBody, CurrentUser, Page, UserSummary } from '@bina-pustaka/shared-contracts';
import { IdentityModule, identityMigrations } from './identity.module';

describe('users, roles and profiles', () => {
  let t: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({ modules: [IdentityModule], migrations: [...identityMigrations, ...auditMigrations] });
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'], fullName: 'Admin Utama' }));
  });
  afterAll(() => t.close());

  it('searches by name, email or NIP and filters by role and status', async () => {
    await createTestUser(t.db, { fullName: 'Hendra Gunawan', nip: '198402282009011003' });
    await createTestUser(t.db, { fullName: 'Hendrawan Saputra', roles: ['trainer'] });
    await createTestUser(t.db, { fullName: 'Fitri 100% Handayani', status: 'disabled' });

    const byName = await t.api.get<Page<UserSummary>>('/api/users?q=hendra', { token: admin.token });
    expect(byName.body.items.map((u) => u.fullName)).toEqual(['Hendra Gunawan', 'Hendrawan Saputra']);
    const byNip = await t.api.get<Page<UserSummary>>('/api/users?q=1984022820', { token: admin.token });
    expect(byNip.body.items.map((u) => u.fullName)).toEqual(['Hendra Gunawan']);
    const trainers = await t.api.get<Page<UserSummary>>('/api/users?q=hendra&role=trainer', { token: admin.token });
    expect(trainers.body.items.map((u) => u.fullName)).toEqual(['Hendrawan Saputra']);
    const disabled = await t.api.get<Page<UserSummary>>('/api/users?status=disabled', { token: admin.token });
    expect(disabled.body.items.map((u) => u.fullName)).toEqual(['Fitri 100% Handayani']);
    const literalPercent = await t.api.get<Page<UserSummary>>('/api/users?q=100%25', { token: admin.token });
    expect(literalPercent.body.total).toBe(1);
    const paged = await t.api.get<Page<UserSummary>>('/api/users?page=2&pageSize=2', { token: admin.token });
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: 4 });
    expect(paged.body.items).toHaveLength(2);
  });

  it('an admin disables a user and every session of theirs ends at once', async () => {
    const learner = await createTestUser(t.db);
    const phone = await signIn(t.api, learner);
    const laptop = await signIn(t.api, learner);
    const disabled = await t.api.post<UserSummary>(`/api/users/${learner.id}/disable`, undefined, {
      token: admin.token,
    });
    expect(disabled.body.status).toBe('disabled');

    for (const device of [phone, laptop]) {
      const me = await t.api.get<ApiErrorBody>('/api/me', { token: device.token });
      expect(me.status).toBe(401);
      expect((await t.api.post('/api/auth/refresh', undefined, { cookie: device.cookie })).status).toBe(401);
    }
    const login = await t.api.post<ApiErrorBody>('/api/auth/login', {
      email: learner.email,
      password: learner.password,
    });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('auth.accountDisabled');

    await t.api.post(`/api/users/${learner.id}/enable`, undefined, { token: admin.token });
    expect((await t.api.post('/api/auth/login', { email: learner.email, password: learner.password })).status).toBe(
      200,
    );
  });

  it('role changes apply to the next request', async () => {
    const person = await createTestUser(t.db);
    const session = await signIn(t.api, person);
    expect((await t.api.get('/api/users', { token: session.token })).status).toBe(403);
    const updated = await t.api.put<UserSummary>(
      `/api/users/${person.id}/roles`,
      { roles: ['learner', 'coordinator', 'learner'] },
      { token: admin.token },
    );
    expect(updated.body.roles).toEqual(['learner', 'coordinator']);
    expect((await t.api.get('/api/users', { token: session.token })).status).toBe(200);
  });

  it('always keeps one active admin, and an admin cannot disable themselves', async () => {
    const self = await t.api.post<ApiErrorBody>(`/api/users/${admin.id}/disable`, undefined, { token: admin.token });
    expect(self.status).toBe(409);
    expect(self.body.message).toBe('Anda tidak dapat menonaktifkan akun Anda sendiri.');
    const demote = await t.api.put<ApiErrorBody>(
      `/api/users/${admin.id}/roles`,
      { roles: ['learner'] },
      { token: admin.token },
    );
    expect(demote.status).toBe(409);
    expect(demote.body.message).toBe('Harus tetap ada setidaknya satu admin aktif.');
  });

  it('unknown users are 404', async () => {
    const response = await t.api.get<ApiErrorBody>('/api/users/00000000-0000-4000-8000-000000000000', {
      token: admin.token,
    });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Pengguna tidak ditemukan.');
  });

  it('each user edits only their own profile; NIP must be unique', async () => {
    const dewi = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi' }));
    const updated = await t.api.patch<CurrentUser>(
      '/api/me',
      { fullName: 'Dewi Lestari, S.IP.', position: 'Pustakawan Ahli Pertama', locale: 'en', nip: '199002142015032004' },
      { token: dewi.token },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ fullName: 'Dewi Lestari, S.IP.', locale: 'en', nip: '199002142015032004' });
    const other = await signIn(t.api, await createTestUser(t.db));
    const clash = await t.api.patch<ApiErrorBody>('/api/me', { nip: '199002142015032004' }, { token: other.token });
    expect(clash.status).toBe(409);
    const roles = await t.api.patch<ApiErrorBody>('/api/me', { roles: ['admin'] }, { token: other.token });
    expect(roles.status).toBe(400);
    expect((await t.api.get<CurrentUser>('/api/me', { token: other.token })).body.roles).toEqual(['learner']);
    // A change with nothing in it answers the profile as it is.
    const nothing = await t.api.patch<CurrentUser>('/api/me', {}, { token: dewi.token });
    expect(nothing.status).toBe(200);
    expect(nothing.body).toMatchObject({ fullName: 'Dewi Lestari, S.IP.', nip: '199002142015032004' });
  });
});
