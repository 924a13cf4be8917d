import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { ApiErrorBody, Institution } from '@bina-pustaka/shared-contracts';
import { createTestUser, signIn, type SignedInUser } from '../testing';
import { IdentityModule, identityMigrations } from './identity.module';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from('WEBPVP8L'),
  Buffer.alloc(14),
]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('institutions and partner organisations', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({ modules: [IdentityModule], migrations: identityMigrations });
    [admin, coordinator, trainer, learner] = await Promise.all(
      (['admin', 'coordinator', 'trainer', 'learner'] as const).map(async (role) =>
        signIn(t.api, await createTestUser(t.db, { roles: [role] })),
      ),
    );
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, who = coordinator) =>
    t.api.post<Institution & ApiErrorBody>('/api/institutions', body, { token: who.token });

  const putLogo = (id: string, file: { name: string; bytes: Buffer }, who = coordinator) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    return t.api.request<Institution & ApiErrorBody>(
      'PUT',
      `/api/institutions/${id}/logo`,
      undefined,
      {
        token: who.token,
      },
      form,
    );
  };

  const partner = async (name: string): Promise<Institution> => {
    const created = await create({ name, kind: 'community' });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('keeps a partner with its kind, website, description and contact; existing rows are libraries', async () => {
    await t.db.query(`INSERT INTO institutions (name, city) VALUES ('Perpustakaan Lama', 'Sukamaju')`);
    const created = await create({
      name: 'Universitas Sukamaju',
      city: 'Sukamaju',
      kind: 'university',
      website: 'https://www.unsuka.example',
      description: 'Program Studi Ilmu Perpustakaan.',
      contact: { name: 'Dr. Wahyu Hidayat', email: 'Prodi.IP@Unsuka.example', phone: '+62 812-3456-7890' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'university',
      website: 'https://www.unsuka.example',
      contact: { name: 'Dr. Wahyu Hidayat', email: 'prodi.ip@unsuka.example', phone: '+6281234567890' },
      logoUrl: null,
    });

    const changed = await t.api.patch<Institution>(
      `/api/institutions/${created.body.id}`,
      { kind: 'other', contact: { phone: '0274 551234' } },
      { token: admin.token },
    );
    expect(changed.body).toMatchObject({
      name: 'Universitas Sukamaju',
      kind: 'other',
      website: 'https://www.unsuka.example',
      contact: { name: null, email: null, phone: '0274551234' },
    });

    const listed = await t.api.get<Institution[]>('/api/institutions', { token: learner.token });
    expect(listed.body.find((row) => row.name === 'Perpustakaan Lama')).toMatchObject({
      kind: 'library',
      contact: { name: null, email: null, phone: null },
    });
    await expect(
      t.db.query(`UPDATE institutions SET kind = 'company' WHERE id = $1`, [created.body.id]),
    ).rejects.toThrow(/ck_institutions_kind/);
  });

  it.each([
    [{ kind: 'company' }, 'kind', 'Jenis harus salah satu dari'],
    [{ kind: 'school', website: 'javascript:alert(1)' }, 'website', 'Situs web harus berupa alamat web'],
    [{ kind: 'school', website: 'ftp://sekolah.example' }, 'website', 'Situs web harus berupa alamat web'],
    [{ kind: 'school', contact: { email: 'bukan-email' } }, 'contact.email', 'Email bukan alamat email'],
    [
      { kind: 'school', contact: { phone: '555-0100' } },
      'contact.phone',
      'Nomor telepon harus berupa nomor telepon Indonesia',
    ],
    [{ kind: 'school', description: 'x'.repeat(501) }, 'description', 'Deskripsi maksimal 500 karakter'],
    [{ kind: 'school', contact: { fax: '021' } }, 'contact.fax', 'tidak dikenal'],
  ])('refuses %j with 400 naming the field', async (fields, field, message) => {
    const refused = await create({ name: 'SMA Negeri 2 Sukamaju', ...fields });
    expect(refused.status).toBe(400);
    const issue = refused.body.issues?.find((one) => one.field === field);
    expect(issue?.message).toContain(message);
  });

  it('lets coordinators and admins change partners, and no one else', async () => {
    const school = await partner('SMA Negeri 3 Sukamaju');
    for (const who of [trainer, learner]) {
      expect((await create({ name: 'Komunitas Baru', kind: 'community' }, who)).status).toBe(403);
      const patch = await t.api.patch(`/api/institutions/${school.id}`, { name: 'Diubah' }, { token: who.token });
      expect(patch.status).toBe(403);
      expect((await putLogo(school.id, { name: 'logo.png', bytes: PNG }, who)).status).toBe(403);
      expect((await t.api.delete(`/api/institutions/${school.id}/logo`, { token: who.token })).status).toBe(403);
    }
    expect((await t.api.get('/api/institutions')).status).toBe(401);
    const unknown = await t.api.patch<ApiErrorBody>(
      '/api/institutions/00000000-0000-4000-8000-000000000000',
      { name: 'Tidak Ada' },
      { token: admin.token },
    );
    expect(unknown.status).toBe(404);
  });

  it('serves a logo to anyone at an address named by its content, cacheable and typed by its bytes', async () => {
    const community = await partner('Komunitas Literasi Sukamaju Membaca');
    // A PNG renamed .jpg is still a PNG, and is served as one.
    const uploaded = await putLogo(community.id, { name: 'logo.jpg', bytes: PNG });
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.logoUrl).toMatch(/^\/api\/institution-logos\/[0-9a-f]{64}$/);

    const logo = await t.api.download(uploaded.body.logoUrl as string);
    expect(logo.status).toBe(200);
    expect(logo.bytes.equals(PNG)).toBe(true);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(logo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(logo.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const replaced = await putLogo(community.id, { name: 'logo.webp', bytes: WEBP }, admin);
    expect(replaced.body.logoUrl).not.toBe(uploaded.body.logoUrl);
    expect((await t.api.download(replaced.body.logoUrl as string)).headers.get('content-type')).toBe('image/webp');
    // The old file is gone with the last partner that used it.
    expect((await t.api.download(uploaded.body.logoUrl as string)).status).toBe(404);

    const removed = await t.api.delete<Institution>(`/api/institutions/${community.id}/logo`, {
      token: coordinator.token,
    });
    expect(removed.body.logoUrl).toBeNull();
    expect((await t.api.download(replaced.body.logoUrl as string)).status).toBe(404);
    expect((await t.api.download('/api/institution-logos/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('keeps a logo two partners share until the last one lets it go', async () => {
    const [first, second] = [await partner('Komunitas Pena'), await partner('Komunitas Tinta')];
    const url = (await putLogo(first.id, { name: 'a.png', bytes: PNG })).body.logoUrl as string;
    expect((await putLogo(second.id, { name: 'b.png', bytes: PNG })).body.logoUrl).toBe(url);
    await t.api.delete(`/api/institutions/${first.id}/logo`, { token: coordinator.token });
    expect((await t.api.download(url)).status).toBe(200);
    await t.api.delete(`/api/institutions/${second.id}/logo`, { token: coordinator.token });
    expect((await t.api.download(url)).status).toBe(404);
  });

  it('refuses an SVG, a text file named .png, a too-large image and an upload without a file', async () => {
    const community = await partner('Komunitas Gemar Baca');
    const expectRefused = async (response: Awaited<ReturnType<typeof putLogo>>, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(code);
    };
    await expectRefused(
      await putLogo(community.id, { name: 'logo.svg', bytes: SVG }),
      415,
      'institutions.logoWrongType',
    );
    await expectRefused(
      await putLogo(community.id, { name: 'logo.png', bytes: Buffer.from('ini bukan gambar') }),
      415,
      'institutions.logoWrongType',
    );
    const huge = Buffer.concat([PNG, Buffer.alloc(512 * 1024)]);
    const tooLarge = await putLogo(community.id, { name: 'besar.png', bytes: huge });
    await expectRefused(tooLarge, 413, 'institutions.logoTooLarge');
    expect(tooLarge.body.message).toContain('512 kB');
    const empty = await t.api.request<ApiErrorBody>(
      'PUT',
      `/api/institutions/${community.id}/logo`,
      undefined,
      { token: coordinator.token },
      new FormData(),
    );
    expect(empty.status).toBe(400);
    const stillNone = await t.api.get<Institution[]>('/api/institutions', { token: coordinator.token });
    expect(stillNone.body.find((row) => row.id === community.id)?.logoUrl).toBeNull();
  });
});
