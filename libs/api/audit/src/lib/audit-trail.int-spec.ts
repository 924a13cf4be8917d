import { Global, Module } from '@nestjs/common';
import { PrincipalSource, type Principal } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { Role } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { AuditModule, auditMigrations } from './audit.module';
import { AuditLogService } from './services/audit-log.service';
import { AuditTrailService } from './services/audit-trail.service';

/**
 * The guard needs a source of signed-in people; this lib imports no domain (identity
 * imports it), so here nobody is signed in and the trail is used as domains use it. The
 * routes, and each domain's entries, are tested with the whole api in apps/api.
 */
@Global()
@Module({
  providers: [{ provide: PrincipalSource, useValue: { findActive: () => Promise.resolve(null) } }],
  exports: [PrincipalSource],
})
class NobodySignedInModule {}

const actor = (roles: Role[]): Principal => ({
  userId: '00000000-0000-4000-8000-0000000000a1',
  sessionId: '00000000-0000-4000-8000-0000000000b1',
  roles,
  user: {
    id: '00000000-0000-4000-8000-0000000000a1',
    email: 'rina@uji.test',
    fullName: 'Rina Marlina',
    nip: null,
    position: null,
    institution: null,
    roles,
    locale: 'id',
  },
  client: { ip: '203.0.113.7', userAgent: `Peramban ${'x'.repeat(1000)}` },
});

describe('audit trail', () => {
  let t: TestApp;
  let trail: AuditTrailService;
  const subjectId = '00000000-0000-4000-8000-0000000000c1';

  beforeAll(async () => {
    t = await startTestApp({ modules: [NobodySignedInModule, AuditModule], migrations: auditMigrations });
    trail = t.app.get(AuditTrailService);
  });
  afterAll(() => t.close());

  it("commits with the action's transaction, and not at all when it rolls back", async () => {
    const entry = {
      action: 'user.disabled' as const,
      actor: actor(['admin']),
      subject: { type: 'user' as const, id: subjectId, label: 'Dewi Lestari' },
      details: {},
    };
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        await trail.record(entry, manager);
        throw new Error('the action failed after its entry');
      }),
    ).rejects.toThrow('the action failed after its entry');
    expect(await t.db.query(`SELECT id FROM audit_entries`)).toEqual([]);

    await t.app.get(DataSource).transaction((manager) => trail.record(entry, manager));
    const [row] = await t.db.query(`SELECT * FROM audit_entries`);
    expect(row).toMatchObject({
      actor_id: '00000000-0000-4000-8000-0000000000a1',
      actor_name: 'Rina Marlina',
      actor_roles: ['admin'],
      action: 'user.disabled',
      subject_type: 'user',
      subject_id: subjectId,
      subject_label: 'Dewi Lestari',
      details: {},
      ip: '203.0.113.7',
    });
    // A browser's self-description is cut short; the log stays small.
    expect(row.user_agent).toHaveLength(400);
  });

  it('records the system as no one, and reads newest first', async () => {
    await trail.record({
      action: 'export.personal_data',
      actor: null,
      subject: { type: 'audit-log', id: null },
      details: { report: 'audit-log', rows: 0 },
    });
    const page = await t.app.get(AuditLogService).list({ page: 1, pageSize: 20 });
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      actor: null,
      action: 'export.personal_data',
      subject: { type: 'audit-log', id: null, label: null },
      ip: null,
      userAgent: null,
    });
    expect(page.items[1].actor).toEqual({
      id: '00000000-0000-4000-8000-0000000000a1',
      name: 'Rina Marlina',
      roles: ['admin'],
    });
  });

  it('answers its routes only to someone signed in', async () => {
    expect((await t.api.get('/api/admin/audit')).status).toBe(401);
  });
});
