import { linkIn, startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestInstitution, createTestUser, signIn, type SignedInUser } from '../testing';
import type {
  ApiErrorBody,
  InvitationPreview,
  InvitationSummary,
  Page,
  SignedIn,
} from '@bina-pustaka/shared-contracts';
import { IdentityModule, identityMigrations } from './identity.module';

describe('registration by invitation', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let coordinator: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({ modules: [IdentityModule], migrations: identityMigrations });
    const library = await createTestInstitution(t.db, 'Perpustakaan Kota Sukamaju');
    admin = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['admin'], fullName: 'Rina Marlina', institutionId: library.id }),
    );
    coordinator = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['coordinator'], institutionId: library.id }),
    );
  });
  afterAll(() => t.close());

  const accept = (token: string, extra: { nip?: string } = {}) =>
    t.api.post<SignedIn>('/api/auth/invitations/accept', {
      token,
      fullName: 'Ayu Pratiwi, S.IP.',
      password: 'Literasi-2026',
      ...extra,
    });

  it('invites by email; the invitee accepts through the link and is signed in', async () => {
    const invited = await t.api.post<InvitationSummary>(
      '/api/invitations',
      { email: 'Ayu.Pratiwi@Uji.test', fullName: 'Ayu Pratiwi', roles: ['learner', 'trainer'] },
      { token: admin.token },
    );
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'ayu.pratiwi@uji.test', status: 'pending', invitedBy: 'Rina Marlina' });
    expect(invited.body.institution?.name).toBe('Perpustakaan Kota Sukamaju');

    const mail = await t.mailbox.waitFor('ayu.pratiwi@uji.test');
    expect(mail.subject).toBe('Undangan bergabung di Bina Pustaka');
    expect(mail.text).toContain('Rina Marlina mengundang Anda');
    expect(mail.text).toContain('Peserta, Pelatih');
    expect(mail.text).toMatch(/berlaku sampai \d{1,2} \w+ \d{4}, \d{2}\.\d{2} WIB/);
    const { url, token } = linkIn(mail, '/undangan');
    expect(url.startsWith('http://bina-pustaka.test/undangan#token=')).toBe(true);

    const preview = await t.api.post<InvitationPreview>('/api/auth/invitations/preview', { token });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      email: 'ayu.pratiwi@uji.test',
      roles: ['learner', 'trainer'],
      invitedBy: 'Rina Marlina',
    });

    const accepted = await accept(token, { nip: '199001012015032001' });
    expect(accepted.status).toBe(201);
    expect(accepted.refreshCookie).toBeTruthy();
    expect(accepted.body.user).toMatchObject({
      email: 'ayu.pratiwi@uji.test',
      fullName: 'Ayu Pratiwi, S.IP.',
      roles: ['learner', 'trainer'],
      nip: '199001012015032001',
    });
    expect((await t.api.get('/api/me', { token: accepted.body.accessToken })).status).toBe(200);
    const login = await t.api.post('/api/auth/login', { email: 'ayu.pratiwi@uji.test', password: 'Literasi-2026' });
    expect(login.status).toBe(200);

    const again = await accept(token);
    expect(again.status).toBe(409);
    expect((again.body as unknown as ApiErrorBody).message).toBe(
      'Undangan ini sudah diterima. Silakan masuk dengan akun Anda.',
    );
  });

  it('lets a coordinator invite learners and trainers, but not coordinators or admins', async () => {
    const ok = await t.api.post(
      '/api/invitations',
      { email: 'pelatih.baru@uji.test', fullName: 'Pelatih Baru', roles: ['trainer'] },
      { token: coordinator.token },
    );
    expect(ok.status).toBe(201);
    const refused = await t.api.post<ApiErrorBody>(
      '/api/invitations',
      { email: 'calon.admin@uji.test', fullName: 'Calon Admin', roles: ['admin'] },
      { token: coordinator.token },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Koordinator hanya dapat mengundang peserta dan pelatih.');
    expect(await t.db.query(`SELECT 1 FROM invitations WHERE email = 'calon.admin@uji.test'`)).toHaveLength(0);
  });

  it('refuses to invite someone who already has an account', async () => {
    const existing = await createTestUser(t.db);
    const response = await t.api.post<ApiErrorBody>(
      '/api/invitations',
      { email: existing.email, fullName: 'Sudah Ada', roles: ['learner'] },
      { token: admin.token },
    );
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(`Sudah ada akun dengan email ${existing.email}.`);
  });

  it('a resent invitation replaces the old link', async () => {
    const first = await t.api.post<InvitationSummary>(
      '/api/invitations',
      { email: 'budi@uji.test', fullName: 'Budi Santoso', roles: ['learner'] },
      { token: admin.token },
    );
    const oldToken = linkIn(await t.mailbox.waitFor('budi@uji.test'), '/undangan').token;
    const resent = await t.api.post<InvitationSummary>(`/api/invitations/${first.body.id}/resend`, undefined, {
      token: admin.token,
    });
    expect(resent.status).toBe(200);
    const newToken = linkIn(
      await t.mailbox.waitFor('budi@uji.test', (m) => !m.text.includes(oldToken)),
      '/undangan',
    ).token;

    expect((await t.api.post('/api/auth/invitations/preview', { token: oldToken })).status).toBe(404);
    expect((await accept(oldToken)).status).toBe(404);
    expect((await accept(newToken)).status).toBe(201);

    const list = await t.api.get<Page<InvitationSummary>>('/api/invitations?status=revoked', { token: admin.token });
    expect(list.body.items.map((i) => i.id)).toContain(first.body.id);
  });

  it('a revoked invitation no longer works', async () => {
    const invited = await t.api.post<InvitationSummary>(
      '/api/invitations',
      { email: 'batal@uji.test', fullName: 'Tidak Jadi', roles: ['learner'] },
      { token: coordinator.token },
    );
    const { token } = linkIn(await t.mailbox.waitFor('batal@uji.test'), '/undangan');
    expect((await t.api.delete(`/api/invitations/${invited.body.id}`, { token: coordinator.token })).status).toBe(204);
    expect((await t.api.delete(`/api/invitations/${invited.body.id}`, { token: coordinator.token })).status).toBe(409);
    const preview = await t.api.post<ApiErrorBody>('/api/auth/invitations/preview', { token });
    expect(preview.status).toBe(404);
    expect(preview.body.message).toBe('Undangan tidak ditemukan atau sudah tidak berlaku.');
  });

  it('an expired invitation says so, and creates nothing', async () => {
    await t.api.post(
      '/api/invitations',
      { email: 'telat@uji.test', fullName: 'Terlambat', roles: ['learner'] },
      { token: admin.token },
    );
    const { token } = linkIn(await t.mailbox.waitFor('telat@uji.test'), '/undangan');
    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = 'telat@uji.test'`);
    const response = await accept(token);
    expect(response.status).toBe(410);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'telat@uji.test'`)).toHaveLength(0);
  });

  it('two acceptances racing create one account', async () => {
    await t.api.post(
      '/api/invitations',
      { email: 'balapan@uji.test', fullName: 'Balapan', roles: ['learner'] },
      { token: admin.token },
    );
    const { token } = linkIn(await t.mailbox.waitFor('balapan@uji.test'), '/undangan');
    const results = await Promise.all([accept(token), accept(token), accept(token)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'balapan@uji.test'`)).toHaveLength(1);
  });
});

describe('self-registration', () => {
  it('is closed unless the setting opens it', async () => {
    const t = await startTestApp({ modules: [IdentityModule], migrations: identityMigrations });
    try {
      const settings = await t.api.get('/api/settings/public');
      expect(settings.body).toEqual({ selfRegistration: false, defaultLocale: 'id' });
      const response = await t.api.post<ApiErrorBody>('/api/auth/register', {
        email: 'mandiri@uji.test',
        fullName: 'Daftar Sendiri',
      });
      expect(response.status).toBe(403);
    } finally {
      await t.close();
    }
  });

  it('when open, proves the address by email before the account exists', async () => {
    const t = await startTestApp({
      modules: [IdentityModule],
      migrations: identityMigrations,
      env: { SELF_REGISTRATION: 'true' },
    });
    try {
      const existing = await createTestUser(t.db);
      const response = await t.api.post<{ message: string }>('/api/auth/register', {
        email: 'mandiri@uji.test',
        fullName: 'Daftar Sendiri',
      });
      expect(response.status).toBe(202);
      const forExisting = await t.api.post<{ message: string }>('/api/auth/register', {
        email: existing.email,
        fullName: 'Orang Lain',
      });
      expect(forExisting.body).toEqual(response.body);

      expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'mandiri@uji.test'`)).toHaveLength(0);
      const { token } = linkIn(await t.mailbox.waitFor('mandiri@uji.test'), '/undangan');
      const accepted = await t.api.post<SignedIn>('/api/auth/invitations/accept', {
        token,
        fullName: 'Daftar Sendiri',
        password: 'Membaca-Setiap-Hari1',
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.user.roles).toEqual(['learner']);

      const notice = await t.mailbox.waitFor(existing.email);
      expect(notice.subject).toBe('Anda sudah memiliki akun Bina Pustaka');
    } finally {
      await t.close();
    }
  });

  it("never touches someone else's invitation: the address is told an invitation is waiting", async () => {
    const t = await startTestApp({
      modules: [IdentityModule],
      migrations: identityMigrations,
      env: { SELF_REGISTRATION: 'true' },
    });
    try {
      const admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'], fullName: 'Rina Marlina' }));
      await t.api.post(
        '/api/invitations',
        { email: 'diundang@uji.test', fullName: 'Sari Diundang', roles: ['trainer'] },
        { token: admin.token },
      );
      const { token } = linkIn(await t.mailbox.waitFor('diundang@uji.test'), '/undangan');

      // Anyone may type that address into the registration form; the answer gives nothing away.
      const registered = await t.api.post<{ message: string }>('/api/auth/register', {
        email: 'diundang@uji.test',
        fullName: 'Orang Lain',
      });
      const stranger = await t.api.post<{ message: string }>('/api/auth/register', {
        email: 'belum.ada@uji.test',
        fullName: 'Orang Baru',
      });
      expect(registered.status).toBe(202);
      expect(registered.body).toEqual(stranger.body);

      const notice = await t.mailbox.waitFor(
        'diundang@uji.test',
        (mail) => mail.subject !== 'Undangan bergabung di Bina Pustaka',
      );
      expect(notice.subject).toBe('Undangan Anda masih menunggu di Bina Pustaka');
      expect(notice.text).toContain('Rina Marlina telah mengundang Anda sebagai Pelatih');
      expect(notice.text).not.toMatch(/#token=/);

      // The admin's invitation still stands, with its role.
      const invitations = await t.api.get<Page<InvitationSummary>>('/api/invitations?status=pending', {
        token: admin.token,
      });
      expect(invitations.body.items).toContainEqual(
        expect.objectContaining({ email: 'diundang@uji.test', roles: ['trainer'], invitedBy: 'Rina Marlina' }),
      );
      const accepted = await t.api.post<SignedIn>('/api/auth/invitations/accept', {
        token,
        fullName: 'Sari Diundang',
        password: 'Membaca-Setiap-Hari1',
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.user.roles).toEqual(['trainer']);
    } finally {
      await t.close();
    }
  });
});
