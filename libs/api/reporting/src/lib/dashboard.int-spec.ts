import { AssessmentModule, assessmentMigrations } from '@bina-pustaka/api-assessment';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { EventDashboardModule, eventMigrations } from '@bina-pustaka/api-event';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import { SurveyModule, surveyMigrations } from '@bina-pustaka/api-survey';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { WebinarDashboardModule, webinarMigrations } from '@bina-pustaka/api-webinar';
import type { ApiErrorBody, Dashboard, JpBelowTarget, JpRemindersResult, Page } from '@bina-pustaka/shared-contracts';
import { toWibParts } from '@bina-pustaka/shared-util';
import { buildDashboardWorld, type DashboardWorld } from '../testing/dashboard-world';
import { expectedDashboard, type ExpectedScope } from '../testing/dashboard-expected';
import { ReportingModule, reportingMigrations } from './reporting.module';

const TARGET = 20;
const QUARTER = ['2026-10', '2026-11', '2026-12'];

/**
 * The dashboard over generated data (two institutions, five months around a quarter, every
 * domain), each figure reconciled with plain SQL written in dashboard-expected.ts: equal.
 * Institutions are separate here (INSTITUTIONS_SEPARATE=true): admins read the city,
 * a coordinator only their own institution.
 */
describe('the coordinators dashboard', () => {
  let t: TestApp;
  let w: DashboardWorld;
  let admin: SignedInUser;
  let coordinatorA: SignedInUser;
  let homeless: SignedInUser;
  let learner: SignedInUser;

  const dashboard = (query: string, who: SignedInUser = admin) =>
    t.api.get<Dashboard>(`/api/reports/dashboard?${query}`, { token: who.token });
  const scope = (fields: Partial<ExpectedScope>): ExpectedScope => ({
    from: '2026-10-01',
    to: '2026-12-31',
    months: QUARTER,
    institutionId: null,
    category: null,
    cohortId: null,
    target: TARGET,
    ...fields,
  });

  beforeAll(async () => {
    t = await startTestApp({
      modules: [
        IdentityModule,
        LearningModule,
        NotificationsModule,
        AssessmentModule,
        WebinarDashboardModule,
        EventDashboardModule,
        SurveyModule,
        ReportingModule,
      ],
      migrations: [
        ...identityMigrations,
        ...learningMigrations,
        ...notificationsMigrations,
        ...auditMigrations,
        ...assessmentMigrations,
        ...webinarMigrations,
        ...surveyMigrations,
        ...eventMigrations,
        ...reportingMigrations,
      ],
      env: { INSTITUTIONS_SEPARATE: 'true', JP_TARGET_PER_YEAR: String(TARGET) },
    });
    w = await buildDashboardWorld(t.db);
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
    coordinatorA = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['coordinator'], institutionId: w.institutionA }),
    );
    homeless = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    learner = await signIn(t.api, await createTestUser(t.db, { institutionId: w.institutionA }));
  }, 240_000);
  afterAll(() => t.close());

  it.each([
    ['the city, a quarter', 'period=quarter&from=2026-11-15', {}],
    ['a month', 'period=month&from=2026-11-03', { from: '2026-11-01', to: '2026-11-30', months: ['2026-11'] }],
    [
      'a custom period across the year end',
      'period=custom&from=2026-09-20&to=2027-01-05',
      { from: '2026-09-20', to: '2027-01-05', months: ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01'] },
    ],
    ['a course category', 'period=quarter&from=2026-10-01&category=layanan', { category: 'layanan' }],
  ] as const)('%s: every figure equals its SQL count', async (_, query, fields) => {
    const response = await dashboard(query);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(await expectedDashboard(t.db, scope(fields)));
  });

  it('one institution, and one cohort within it: every figure equals its SQL count', async () => {
    const answer = await dashboard(`period=quarter&from=2026-10-01&institutionId=${w.institutionB}`);
    expect(answer.body).toEqual(await expectedDashboard(t.db, scope({ institutionId: w.institutionB })));
    const cohortId = w.courses[0].cohortId;
    const cohort = await dashboard(`period=year&from=2026-01-01&institutionId=${w.institutionA}&cohortId=${cohortId}`);
    const year = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(cohort.body).toEqual(
      await expectedDashboard(
        t.db,
        scope({ from: '2026-01-01', to: '2026-12-31', months: year, institutionId: w.institutionA, cohortId }),
      ),
    );
    // The generated world is not empty where it matters: the figures compared were not all zero.
    expect(answer.body.learning?.enrolments.value).toBeGreaterThan(0);
    expect(answer.body.quizzes?.courses.some((course) => course.gainLearners > 0)).toBe(true);
    expect(answer.body.webinars?.attendances.value).toBeGreaterThan(0);
    expect(answer.body.events?.librarianParticipants.value).toBeGreaterThan(0);
    expect(answer.body.jp?.belowTarget.value).toBeGreaterThan(0);
  });

  it('a coordinator of institution A sees only A; another institution, or none of their own, is refused', async () => {
    const own = await dashboard('period=quarter&from=2026-10-01', coordinatorA);
    expect(own.status).toBe(200);
    expect(own.body).toEqual(await expectedDashboard(t.db, scope({ institutionId: w.institutionA })));
    const other = await t.api.get<ApiErrorBody>(
      `/api/reports/dashboard?period=quarter&institutionId=${w.institutionB}`,
      { token: coordinatorA.token },
    );
    expect(other.status).toBe(403);
    expect(other.body.message).toBe(
      'Anda hanya dapat melihat angka dan rekam jejak pustakawan dari instansi Anda sendiri.',
    );
    const none = await t.api.get<ApiErrorBody>('/api/reports/dashboard', {
      token: homeless.token,
      headers: { 'accept-language': 'en' },
    });
    expect(none.status).toBe(403);
    expect(none.body.message).toMatch(/^Your account is not linked to an institution/);
  });

  it('a learner is refused every dashboard route', async () => {
    for (const [method, path] of [
      ['GET', '/api/reports/dashboard'],
      ['GET', '/api/reports/dashboard/below-target'],
      ['POST', '/api/reports/dashboard/jp-reminders'],
    ]) {
      const response = await t.api.request(method, path, method === 'POST' ? {} : undefined, { token: learner.token });
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
  });

  it('bad periods and filters get a clear 400', async () => {
    const cases: [string, RegExp][] = [
      ['period=custom&from=2026-10-01', /^Untuk periode kustom, isi tanggal mulai dan tanggal akhir\.$/],
      ['period=month&to=2026-10-31', /^Tanggal akhir hanya dipakai untuk periode kustom/],
      ['period=custom&from=2024-01-01&to=2026-12-31', /paling lama dua tahun/],
      ['period=week', /harus salah satu dari/],
      ['category=sejarah', /harus salah satu dari/],
      ['cohortId=angkatan-1', /bukan pengenal yang valid/],
    ];
    for (const [query, message] of cases) {
      const response = await t.api.get<ApiErrorBody>(`/api/reports/dashboard?${query}`, { token: admin.token });
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.body.issues?.map((issue) => issue.message).join(' ')).toMatch(message);
    }
  });

  it('the list behind the JP figure: those below target, fewest JP first, paged; it equals its SQL', async () => {
    const below = await t.db.query<{ id: string; jp: number }[]>(
      `SELECT u.id, coalesce(sum(j.jp) FILTER (WHERE extract(year FROM j.earned_at AT TIME ZONE 'Asia/Jakarta') = 2026), 0)::float8 AS jp
         FROM users u LEFT JOIN jp_ledger_entries j ON j.user_id = u.id
        WHERE u.status = 'active' AND 'learner' = ANY(u.roles) AND u.institution_id = $1
        GROUP BY u.id HAVING coalesce(sum(j.jp) FILTER (WHERE extract(year FROM j.earned_at AT TIME ZONE 'Asia/Jakarta') = 2026), 0) < $2
        ORDER BY 2, 1`,
      [w.institutionA, TARGET],
    );
    expect(below.length).toBeGreaterThan(3);
    const first = await t.api.get<Page<JpBelowTarget>>('/api/reports/dashboard/below-target?year=2026&pageSize=3', {
      token: coordinatorA.token,
    });
    const second = await t.api.get<Page<JpBelowTarget>>(
      '/api/reports/dashboard/below-target?year=2026&pageSize=3&page=2',
      { token: coordinatorA.token },
    );
    expect(first.body.total).toBe(below.length);
    expect([...first.body.items, ...second.body.items].map(({ userId, jp }) => ({ id: userId, jp }))).toEqual(
      below.slice(0, 6),
    );
    expect(first.body.items.every((item) => item.institutionId === w.institutionA && item.remindedOn === null)).toBe(
      true,
    );
  });

  it('reminds those below target once a day, in the app and by email; a second press reminds nobody', async () => {
    const year = Number(toWibParts(new Date()).date.slice(0, 4));
    const [{ count: belowA }] = await t.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM users u
        WHERE u.status = 'active' AND 'learner' = ANY(u.roles) AND u.institution_id = $1
          AND (SELECT coalesce(sum(jp), 0) FROM jp_ledger_entries j
                WHERE j.user_id = u.id AND extract(year FROM j.earned_at AT TIME ZONE 'Asia/Jakarta') = $2) < $3`,
      [w.institutionA, year, TARGET],
    );
    const first = await t.api.post<JpRemindersResult>(
      '/api/reports/dashboard/jp-reminders',
      {},
      {
        token: coordinatorA.token,
      },
    );
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ reminded: belowA, alreadyReminded: 0 });
    const again = await t.api.post<JpRemindersResult>(
      '/api/reports/dashboard/jp-reminders',
      {},
      {
        token: coordinatorA.token,
      },
    );
    expect(again.body).toEqual({ reminded: 0, alreadyReminded: belowA });

    const notified = await t.db.query<{ user_id: string }[]>(
      `SELECT user_id FROM notifications WHERE kind = 'jp-reminder'`,
    );
    expect(notified).toHaveLength(belowA);
    const [someone] = await t.db.query<{ email: string; full_name: string }[]>(
      `SELECT email, full_name FROM users WHERE id = $1`,
      [notified[0].user_id],
    );
    const mail = await t.mailbox.waitFor(someone.email);
    expect(mail.subject).toBe(`Pengingat target JP tahun ${year}`);
    expect(mail.text).toContain(`Yth. ${someone.full_name},`);
    // Only A's people: nobody of B was reminded.
    const [{ outside }] = await t.db.query<{ outside: number }[]>(
      `SELECT count(*)::int AS outside FROM jp_reminders r JOIN users u ON u.id = r.user_id WHERE u.institution_id <> $1`,
      [w.institutionA],
    );
    expect(outside).toBe(0);
    const listed = await t.api.get<Page<JpBelowTarget>>(`/api/reports/dashboard/below-target?year=${year}`, {
      token: coordinatorA.token,
    });
    expect(listed.body.items.every((item) => item.remindedOn === toWibParts(new Date()).date)).toBe(true);
  });
});
