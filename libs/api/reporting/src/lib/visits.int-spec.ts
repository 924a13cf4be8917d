import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn } from '@bina-pustaka/api-identity/testing';
import { QUEUES, REDIS, WorkerPlatformModule } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { ApiErrorBody, VisitDay, VisitReport } from '@bina-pustaka/shared-contracts';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ReportingWorkerModule } from './reporting-worker.module';
import { ReportingModule, reportingMigrations } from './reporting.module';
import { VisitCounterService } from './visits/visit-counter.service';
import { VisitFlushService } from './visits/visit-flush.service';
import { SALT_TTL_SECONDS, visitKeys, wibDay } from './visits/visit-keys';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** A moment in WIB, e.g. at('2026-03-02', '23:59'): the clock the counter is given. */
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00+07:00`);
const row = (day: string, section: string, views: number, visitors: number): VisitDay =>
  ({ day, section, views, visitors }) as VisitDay;

describe('portal visits', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let counter: VisitCounterService;
  let flushes: VisitFlushService;
  let redis: Redis;
  let coordinator: string;

  const visit = (path: string, address: string, userAgent: string) =>
    t.api.post('/api/visits', { path }, { headers: { 'x-forwarded-for': address, 'user-agent': userAgent } });
  const report = (from: string, to: string, token = coordinator) =>
    t.api.get<VisitReport>(`/api/reports/visits?from=${from}&to=${to}`, { token });
  const sqlRows = async (from: string, to: string) =>
    (
      await t.db.query<{ day: string; section: string; views: number; visitors: number }[]>(
        `SELECT day::text AS day, section, views, visitors FROM portal_visit_days
         WHERE day BETWEEN $1 AND $2 ORDER BY day, section`,
        [from, to],
      )
    ).map((r) => row(r.day, r.section, r.views, r.visitors));

  beforeAll(async () => {
    // One proxy in front, as in production: the address is X-Forwarded-For's last entry.
    t = await startTestApp({
      modules: [IdentityModule, ReportingModule],
      migrations: [...identityMigrations, ...auditMigrations, ...reportingMigrations],
      env: { TRUST_PROXY: '1' },
    });
    worker = await NestFactory.createApplicationContext(
      {
        module: class VisitsWorkerModule {},
        imports: [WorkerPlatformModule.forRoot(t.config, []), ReportingWorkerModule],
      },
      { logger: ['error', 'warn'] },
    );
    await worker.init();
    counter = t.app.get(VisitCounterService);
    flushes = worker.get(VisitFlushService);
    redis = t.app.get(REDIS);
    coordinator = (await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }))).token;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('counts views and distinct visitors per section and in total; robots are not counted', async () => {
    const today = wibDay(new Date());
    const sent = [
      await visit('/pelatihan', '198.51.100.1', FIREFOX),
      await visit('/pelatihan/kursus-1?tab=materi', '198.51.100.1', FIREFOX), // the same visitor again
      await visit('/acara/pameran-buku', '198.51.100.1', FIREFOX),
      await visit('/pelatihan', '198.51.100.2', FIREFOX), // another address: another visitor
      await visit('/', '198.51.100.1', CHROME), // another browser at the same address: another visitor
      await visit('/verifikasi/7KQ2M9XD4HPA', '198.51.100.3', CHROME),
      await visit('/halaman-lama', '198.51.100.3', CHROME),
      await visit('/pelatihan', '198.51.100.9', GOOGLEBOT),
      await visit('/pelatihan', '198.51.100.9', ''),
    ];
    expect(sent.map((r) => r.status)).toEqual(Array(sent.length).fill(204));

    await flushes.flush(today);
    const { status, body } = await report(today, today);
    expect(status).toBe(200);
    expect(body).toEqual({
      from: today,
      to: today,
      days: [
        row(today, 'all', 7, 4),
        row(today, 'catalog', 3, 2),
        row(today, 'certificates', 1, 1),
        row(today, 'events', 1, 1),
        row(today, 'home', 1, 1),
        row(today, 'other', 1, 1),
      ],
    });
  });

  it('refuses a page view that is not a path, and anything beside the path', async () => {
    expect((await visit('https://contoh.test/', '198.51.100.1', FIREFOX)).status).toBe(400);
    const extra = await t.api.post<ApiErrorBody>('/api/visits', { path: '/', email: 'dewi@uji.test' });
    expect(extra.status).toBe(400);
  });

  it('the same visitor on two pages of one section is one visitor; the day total counts them once too', async () => {
    const day = '2026-03-01';
    const dewi = { address: '203.0.113.10', userAgent: FIREFOX };
    await counter.record({ ...dewi, path: '/forum' }, at(day, '08:00'));
    await counter.record({ ...dewi, path: '/forum/topik/1' }, at(day, '20:00'));
    await counter.record({ ...dewi, path: '/webinar/w1' }, at(day, '21:00'));
    expect(await flushes.flush(day)).toEqual([
      row(day, 'webinars', 1, 1),
      row(day, 'forum', 2, 1),
      row(day, 'all', 3, 1),
    ]);
  });

  it('counts at most 60 views a minute from one address; the next minute counts again', async () => {
    const day = '2026-03-03';
    const burst = { address: '203.0.113.20', userAgent: CHROME, path: '/pelatihan' };
    const counted: boolean[] = [];
    for (let i = 0; i < 61; i++) counted.push(await counter.record(burst, at(day, '09:00')));
    expect(counted.filter(Boolean)).toHaveLength(60);
    expect(counted[60]).toBe(false);
    expect(await counter.record({ ...burst, address: '203.0.113.21' }, at(day, '09:00'))).toBe(true);
    expect(await counter.record(burst, at(day, '09:01'))).toBe(true);
    await flushes.flush(day);
    expect(await sqlRows(day, day)).toEqual([row(day, 'all', 62, 2), row(day, 'catalog', 62, 2)]);
  });

  it('the copy writes the current counts: run twice it changes nothing, later it replaces, never adds', async () => {
    const day = '2026-03-04';
    const budi = { address: '203.0.113.30', userAgent: FIREFOX, path: '/diskusi-fokus' };
    await counter.record(budi, at(day));
    await counter.record(budi, at(day));
    await flushes.flush(day);
    await flushes.flush(day);
    expect(await sqlRows(day, day)).toEqual([row(day, 'all', 2, 1), row(day, 'focus-groups', 2, 1)]);

    await counter.record({ ...budi, address: '203.0.113.31' }, at(day, '11:00'));
    await flushes.flush(day);
    expect(await sqlRows(day, day)).toEqual([row(day, 'all', 3, 2), row(day, 'focus-groups', 3, 2)]);

    // Counters gone from Redis (expired): the last copy stays as it was.
    const keys = visitKeys(t.config.redis.prefix, day);
    await redis.del(keys.views('all'), keys.views('focus-groups'));
    expect(await flushes.flush(day)).toEqual([]);
    expect(await sqlRows(day, day)).toEqual([row(day, 'all', 3, 2), row(day, 'focus-groups', 3, 2)]);
  });

  it('a new WIB day has a new salt, kept only in Redis for two days; the same person is counted anew', async () => {
    const person = { address: '203.0.113.40', userAgent: CHROME, path: '/sertifikat-saya' };
    // 23.59 and 00.01 WIB: two days, though the same UTC date.
    await counter.record(person, at('2026-03-05', '23:59'));
    await counter.record(person, at('2026-03-06', '00:01'));
    const first = visitKeys(t.config.redis.prefix, '2026-03-05').salt;
    const second = visitKeys(t.config.redis.prefix, '2026-03-06').salt;
    const [saltOne, saltTwo] = [await redis.get(first), await redis.get(second)];
    expect(saltOne).toMatch(/^[0-9a-f]{64}$/);
    expect(saltTwo).toMatch(/^[0-9a-f]{64}$/);
    expect(saltOne).not.toBe(saltTwo);
    for (const key of [first, second]) {
      expect(await redis.ttl(key)).toBeGreaterThan(SALT_TTL_SECONDS - 60);
      expect(await redis.ttl(key)).toBeLessThanOrEqual(SALT_TTL_SECONDS);
    }
    // Another api node (another service instance) uses the salt the first one made.
    const other = new VisitCounterService(redis, t.config);
    await other.record({ ...person, path: '/sertifikat-saya/lagi' }, at('2026-03-06', '12:00'));
    expect(await redis.get(second)).toBe(saltTwo);
    expect(await flushes.flush('2026-03-06')).toEqual([
      row('2026-03-06', 'certificates', 2, 1),
      row('2026-03-06', 'all', 2, 1),
    ]);
    // Nothing about the person reached PostgreSQL: the table holds figures only.
    const columns = await t.db.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'portal_visit_days' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['day', 'section', 'views', 'visitors']);
  });

  it('the report over generated days equals a plain SQL reading of the table and the visits made', async () => {
    const days = Array.from({ length: 10 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`);
    const expected: VisitDay[] = [];
    for (const [i, day] of days.entries()) {
      const people = (i % 4) + 1;
      for (let p = 0; p < people; p++) {
        const who = { address: `192.0.2.${p + 1}`, userAgent: FIREFOX };
        await counter.record({ ...who, path: '/pelatihan' }, at(day));
        if (p % 2 === 0) await counter.record({ ...who, path: '/webinar' }, at(day));
      }
      const webinarPeople = Math.ceil(people / 2);
      expected.push(
        row(day, 'all', people + webinarPeople, people),
        row(day, 'catalog', people, people),
        row(day, 'webinars', webinarPeople, webinarPeople),
      );
      await flushes.flush(day);
    }
    const { status, body } = await report(days[0], days[9]);
    expect(status).toBe(200);
    expect(body.days).toEqual(await sqlRows(days[0], days[9]));
    expect(body.days).toEqual(expected);
    // A day's total of views is the sum of its sections' views (the same view, counted twice).
    const [sums] = await t.db.query<{ total: number; sections: number }[]>(
      `SELECT sum(views) FILTER (WHERE section = 'all')::int AS total,
              sum(views) FILTER (WHERE section <> 'all')::int AS sections
       FROM portal_visit_days WHERE day BETWEEN $1 AND $2`,
      [days[0], days[9]],
    );
    expect(sums.total).toBe(sums.sections);
  });

  it('the report is for coordinators and admins: a learner 403, nobody signed in 401', async () => {
    const learner = (await signIn(t.api, await createTestUser(t.db))).token;
    const admin = (await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }))).token;
    expect((await report('2026-03-01', '2026-03-31', learner)).status).toBe(403);
    expect((await t.api.get('/api/reports/visits?from=2026-03-01&to=2026-03-31')).status).toBe(401);
    expect((await report('2026-03-01', '2026-03-31', admin)).status).toBe(200);
  });

  it('a range must be in order and at most a year long, with a sentence saying so', async () => {
    const backwards = await t.api.get<ApiErrorBody>('/api/reports/visits?from=2026-03-02&to=2026-03-01', {
      token: coordinator,
    });
    expect(backwards.status).toBe(400);
    const long = await t.api.get<ApiErrorBody>('/api/reports/visits?from=2025-01-01&to=2026-03-01', {
      token: coordinator,
    });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain('paling lama satu tahun');
  });

  it('the worker plans the copy every 15 minutes and at 00.05 WIB for the day before', async () => {
    const queue = worker.get<Queue>(getQueueToken(QUEUES.reporting));
    const schedulers = await queue.getJobSchedulers();
    expect(
      schedulers.map((s) => ({ key: s.key, pattern: s.pattern, tz: s.tz })).sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual([
      { key: 'visit-flush', pattern: '*/15 * * * *', tz: 'UTC' },
      { key: 'visit-flush-day-before', pattern: '5 17 * * *', tz: 'UTC' },
    ]);
  });
});
