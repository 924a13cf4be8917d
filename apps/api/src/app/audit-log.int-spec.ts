import { AuditTrailService } from '@bina-pustaka/api-audit';
import {
  csvCells,
  ESCAPED_FORMULA_TEXT,
  FORMULA_TEXT,
  formulaCells,
  startTestApp,
  type TestApp,
} from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody, AuditEntry, Page } from '@bina-pustaka/shared-contracts';
import { AppModule } from './app.module';

/** The admin's reading of the audit log: who may, filters, pages, and the CSV export. */
describe('audit log: reading it', () => {
  let t: TestApp;
  let admin: SignedInUser;

  const read = (query: string, token = admin.token) =>
    t.api.get<Page<AuditEntry> & ApiErrorBody>(`/api/admin/audit?${query}`, { token });

  /** Four entries around the WIB day 29 February 2020 (UTC+7), written as the system. */
  const leapDay = [
    { at: '2020-02-28T16:59:59Z', label: 'sebelum' },
    { at: '2020-02-28T17:00:00Z', label: 'awal hari' },
    { at: '2020-02-29T16:59:59Z', label: 'akhir hari' },
    { at: '2020-02-29T17:00:00Z', label: 'sesudah' },
  ];

  beforeAll(async () => {
    t = await startTestApp({ root: (config) => AppModule.register(config) });
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'], fullName: 'Rina Marlina' }));
    const trail = t.app.get(AuditTrailService);
    for (const { label } of leapDay) {
      await trail.record({
        action: 'certificate.bulk_issued',
        actor: null,
        subject: { type: 'certificate-batch', id: null, label },
        details: {
          source: 'webinar',
          role: 'peserta',
          subjectKind: 'webinar',
          subjectId: '00000000-0000-4000-8000-000000000000',
          requested: 1,
          queued: 1,
          alreadyHeld: 0,
        },
      });
    }
    for (const { at, label } of leapDay) {
      await t.db.query(`UPDATE audit_entries SET occurred_at = $1 WHERE subject_label = $2`, [at, label]);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('is for admins only', async () => {
    for (const role of ['learner', 'trainer', 'coordinator'] as const) {
      const someone = await signIn(t.api, await createTestUser(t.db, { roles: [role] }));
      expect((await read('', someone.token)).status).toBe(403);
      expect((await t.api.get('/api/admin/audit/export.csv', { token: someone.token })).status).toBe(403);
    }
    expect((await t.api.get('/api/admin/audit')).status).toBe(401);
    expect((await t.api.get('/api/admin/audit/export.csv')).status).toBe(401);
  });

  it('takes whole WIB days, both ends included, newest first, by pages', async () => {
    const day = await read('from=2020-02-29&to=2020-02-29');
    expect(day.status).toBe(200);
    expect(day.body.items.map((entry) => entry.subject.label)).toEqual(['akhir hari', 'awal hari']);
    expect(day.body.items[0]).toMatchObject({ actor: null, ip: null, userAgent: null });

    const first = await read('from=2020-02-28&to=2020-03-01&pageSize=3');
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.body.items.map((entry) => entry.subject.label)).toEqual(['sesudah', 'akhir hari', 'awal hari']);
    const second = await read('from=2020-02-28&to=2020-03-01&pageSize=3&page=2');
    expect(second.body.items.map((entry) => entry.subject.label)).toEqual(['sebelum']);
    expect((await read('to=2020-02-28')).body.items.map((entry) => entry.subject.label)).toEqual(['sebelum']);
  });

  it('filters by action, actor and subject', async () => {
    const someone = await createTestUser(t.db, { fullName: 'Hendra Gunawan' });
    await t.api.put(`/api/users/${someone.id}/roles`, { roles: ['trainer'] }, { token: admin.token });
    await t.api.post(`/api/users/${someone.id}/disable`, undefined, { token: admin.token });

    const byAction = await read('action=user.role.changed');
    expect(byAction.body.items.map((entry) => entry.subject.id)).toEqual([someone.id]);
    const byActor = await read(`actorId=${admin.id}`);
    expect(byActor.body.items.map((entry) => entry.action)).toEqual(['user.disabled', 'user.role.changed']);
    const bySubject = await read(`subjectType=user&subjectId=${someone.id}&action=user.disabled`);
    expect(bySubject.body.total).toBe(1);
    expect((await read('subjectType=quiz')).body.total).toBe(0);
    expect((await read(`actorId=${someone.id}`)).body.total).toBe(0);
  });

  it('refuses bad filters with a clear message in either language', async () => {
    const notADate = await read('from=29-02-2020');
    expect(notADate.status).toBe(400);
    expect(notADate.body.issues).toEqual([
      { field: 'from', message: 'Tanggal mulai harus berupa tanggal, misalnya 2026-11-25.' },
    ]);
    const backwards = await t.api.get<ApiErrorBody>('/api/admin/audit?from=2020-03-01&to=2020-02-29', {
      token: admin.token,
      headers: { 'accept-language': 'en' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.issues).toEqual([
      { field: 'to', message: 'End date must not be earlier than the start date.' },
    ]);
    for (const query of ['action=user.vanished', 'actorId=x', 'subjectType=course', 'pageSize=1000', 'page=0', 'q=x']) {
      expect({ query, status: (await read(query)).status }).toEqual({ query, status: 400 });
    }
    expect((await read('from=2020-02-30')).status).toBe(400);
  });

  it('exports what the filters select as CSV, formulas written as text, and records the export', async () => {
    const sneaky = await createTestUser(t.db, { fullName: FORMULA_TEXT });
    await t.api.put(`/api/users/${sneaky.id}/roles`, { roles: ['trainer'] }, { token: admin.token });

    const csv = await t.api.get<string>(`/api/admin/audit/export.csv?subjectId=${sneaky.id}`, {
      token: admin.token,
      headers: { 'user-agent': '=cmd|"/c calc"!A1' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="log-audit-\d{4}-\d\d-\d\d\.csv"/);
    const [header, row, ...rest] = csvCells(csv.body);
    expect(header).toEqual([
      'waktu_wib',
      'aktor',
      'aktor_id',
      'peran_aktor',
      'tindakan',
      'jenis_subjek',
      'subjek_id',
      'subjek',
      'rincian',
      'ip',
      'peramban',
    ]);
    expect(rest).toEqual([]);
    expect(row).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      'Rina Marlina',
      admin.id,
      'admin',
      'user.role.changed',
      'user',
      sneaky.id,
      ESCAPED_FORMULA_TEXT,
      JSON.stringify({ after: ['trainer'], before: ['learner'] }),
      '127.0.0.1',
      expect.any(String),
    ]);
    expect(formulaCells(csv.body)).toEqual([]);

    // Reading the log out is an export of personal data too: recorded, with the browser it came from.
    const [latest] = (await read('action=export.personal_data')).body.items;
    expect(latest).toMatchObject({
      actor: { id: admin.id, name: 'Rina Marlina', roles: ['admin'] },
      subject: { type: 'audit-log', id: null, label: null },
      details: { report: 'audit-log', rows: 1 },
      userAgent: '=cmd|"/c calc"!A1',
    });
    const again = await t.api.get<string>(`/api/admin/audit/export.csv?action=export.personal_data`, {
      token: admin.token,
    });
    expect(formulaCells(again.body)).toEqual([]);
    expect(csvCells(again.body)[1][10]).toBe(`'=cmd|"/c calc"!A1`);
  });
});
