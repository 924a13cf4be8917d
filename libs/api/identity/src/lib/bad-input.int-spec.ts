import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn } from '../testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { IdentityModule, identityMigrations } from './identity.module';

/** Bad input gets a clear 4xx a person understands, never a 5xx, and nothing is written. */
describe('bad input', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  const countRows = async () => {
    const [row] = await t.db.query(`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM invitations) AS n`);
    return Number(row.n);
  };

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule],
      migrations: identityMigrations,
      env: { BODY_LIMIT_BYTES: '2048' },
    });
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
  });
  afterAll(() => t.close());

  const invite = (body: unknown, headers: Record<string, string> = {}) =>
    t.api.post<ApiErrorBody>('/api/invitations', body, { token: admin.token, headers });

  it('malformed JSON', async () => {
    const before = await countRows();
    const response = await t.api.post<ApiErrorBody>('/api/invitations', undefined, {
      token: admin.token,
      raw: '{"email": "a@b.c",',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'http.invalidJson', message: 'Isi permintaan bukan JSON yang valid.' });
    expect(await countRows()).toBe(before);
  });

  it('no body at all', async () => {
    const response = await t.api.post<ApiErrorBody>('/api/invitations', undefined, {
      token: admin.token,
      headers: { 'content-type': 'application/json' },
      raw: '',
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('Isi permintaan harus berupa objek JSON.');
  });

  it('a body that is not an object', async () => {
    const response = await invite([1, 2, 3]);
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ field: '', message: 'Isi permintaan harus berupa objek JSON.' }]);
  });

  it('unknown fields, missing fields and wrong types, each named', async () => {
    const before = await countRows();
    const response = await invite({ email: 'baru@uji.test', roles: 'learner', isAdmin: true });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('Beberapa isian belum benar. Periksa kembali lalu kirim ulang.');
    expect(response.body.issues).toEqual(
      expect.arrayContaining([
        { field: 'fullName', message: 'Nama lengkap wajib diisi.' },
        { field: 'roles', message: 'Peran harus berupa daftar.' },
        { field: 'isAdmin', message: 'Kolom "isAdmin" tidak dikenal.' },
      ]),
    );
    expect(await countRows()).toBe(before);
  });

  it('bad emails and unknown roles, in English when asked', async () => {
    const response = await invite(
      { email: 'bukan-email', fullName: 'Bu', roles: ['superuser'] },
      { 'accept-language': 'en' },
    );
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'Email is not a valid email address.' },
        { field: 'fullName', message: 'Full name must be at least 3 characters.' },
        { field: 'roles.0', message: 'Roles must be one of: learner, trainer, moderator, coordinator, admin.' },
      ]),
    );
  });

  it('weak passwords when accepting an invitation', async () => {
    const response = await t.api.post<ApiErrorBody>('/api/auth/invitations/accept', {
      token: 'x'.repeat(43),
      fullName: 'Budi Santoso',
      password: 'perpustakaan123',
    });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([
      {
        field: 'password',
        message:
          'Kata sandi ini terlalu umum sehingga mudah ditebak. Pilih yang lain, misalnya gabungan beberapa kata.',
      },
    ]);
    const short = await t.api.post<ApiErrorBody>('/api/auth/invitations/accept', {
      token: 'x'.repeat(43),
      fullName: 'Budi Santoso',
      password: 'abc1',
    });
    expect(short.body.issues).toContainEqual({ field: 'password', message: 'Kata sandi minimal 10 karakter.' });
  });

  it('an oversize body', async () => {
    const response = await invite({ email: 'a@uji.test', fullName: 'x'.repeat(5000), roles: ['learner'] });
    expect(response.status).toBe(413);
    expect(response.body.message).toBe('Isi permintaan terlalu besar (maksimal 2 kB).');
  });

  it('a body that is not JSON', async () => {
    const response = await t.api.post<ApiErrorBody>('/api/invitations', undefined, {
      token: admin.token,
      headers: { 'content-type': 'text/xml' },
      raw: '<invite/>',
    });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('http.unsupportedMediaType');
  });

  it('query strings with wrong values', async () => {
    const response = await t.api.get<ApiErrorBody>('/api/users?page=0&pageSize=1000&role=boss&x=1', {
      token: admin.token,
    });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(
      expect.arrayContaining([
        { field: 'page', message: 'Halaman minimal 1.' },
        { field: 'pageSize', message: 'Jumlah per halaman maksimal 100.' },
        { field: 'role', message: 'Peran harus salah satu dari: learner, trainer, moderator, coordinator, admin.' },
        { field: 'x', message: 'Kolom "x" tidak dikenal.' },
      ]),
    );
  });

  // Found by the bad-input fuzzer: PostgreSQL stores no NUL, so one in a search or a name was a 500.
  it('a NUL character in a search or a name', async () => {
    const search = await t.api.get<ApiErrorBody>('/api/users?q=a%00b', { token: admin.token });
    expect(search.status).toBe(400);
    expect(search.body.issues).toEqual([{ field: 'q', message: expect.stringContaining('karakter NUL') }]);
    const before = await countRows();
    const named = await invite({ email: 'nul@uji.test', fullName: 'Budi\u0000Santoso', roles: ['learner'] });
    expect(named.status).toBe(400);
    expect(named.body.issues).toEqual([{ field: 'fullName', message: expect.stringContaining('karakter NUL') }]);
    expect(await countRows()).toBe(before);
  });

  // Found by the bad-input fuzzer: Node refuses such a request before any route, and
  // Fastify's own answer to it had no code and no sentence for a person.
  it('an address longer than the header limit', async () => {
    const response = await t.api.get<ApiErrorBody>(`/api/users?q=${'%C3%A9'.repeat(4000)}`, { token: admin.token });
    expect(response.status).toBe(431);
    expect(response.body).toEqual({
      statusCode: 431,
      error: 'Request Header Fields Too Large',
      code: 'http.headersTooLarge',
      message: expect.stringContaining('terlalu panjang'),
    });
  });

  it('ids that are not ids', async () => {
    const response = await t.api.get<ApiErrorBody>('/api/users/123', { token: admin.token });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('Pengenal pada alamat tidak valid.');
  });

  it('unknown addresses', async () => {
    const response = await t.api.get<ApiErrorBody>('/api/tidak-ada');
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Alamat yang diminta tidak ditemukan.');
  });
});
