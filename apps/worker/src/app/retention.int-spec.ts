import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QUEUES, RETENTION_JOB, type AppConfig, type RetentionJob } from '@bina-pustaka/api-platform';
import { dropTestResources, testConfig } from '@bina-pustaka/api-testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ids of a table's rows, to see which a run kept. */
type Ids = Record<string, string>;

describe('retention: the nightly job purges dated personal data (UU 27/2022)', () => {
  let config: AppConfig;
  let worker: INestApplicationContext;
  let db: DataSource;
  let queue: Queue<RetentionJob>;
  const at = new Date('2026-11-25T19:00:00Z');
  const daysAgo = (days: number) => new Date(at.getTime() - days * DAY_MS);

  /** Inserts one row and gives its id. */
  const insert = async (sql: string, params: unknown[]): Promise<string> =>
    ((await db.query(`${sql} RETURNING id`, params)) as { id: string }[])[0].id;

  const remaining = async (table: string, ids: Ids): Promise<string[]> => {
    const rows: { id: string }[] = await db.query(`SELECT id FROM ${table} WHERE id = ANY($1)`, [Object.values(ids)]);
    return Object.entries(ids)
      .filter(([, id]) => rows.some((row) => row.id === id))
      .map(([label]) => label)
      .sort();
  };

  /** Runs the job in the worker as of `when`; the rows removed by rule. */
  async function runRetention(when: Date): Promise<Record<string, number>> {
    const job = await queue.add(RETENTION_JOB, { at: when.toISOString() });
    for (let tries = 0; tries < 100; tries++) {
      const state = await job.getState();
      if (state === 'failed') throw new Error(`retention failed: ${(await queue.getJob(job.id ?? ''))?.failedReason}`);
      if (state === 'completed') return (await queue.getJob(job.id ?? ''))?.returnvalue as Record<string, number>;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('retention did not finish');
  }

  beforeAll(async () => {
    config = testConfig({
      WORKER_QUEUES: 'retention',
      AUDIT_RETENTION_DAYS: '400',
      NOTIFICATIONS_RETENTION_DAYS: '90',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: ['error'] });
    await worker.init();
    db = worker.get(DataSource);
    queue = worker.get<Queue<RetentionJob>>(getQueueToken(QUEUES.retention));
  });
  afterAll(async () => {
    await worker?.close();
    await dropTestResources(config);
  });

  it('is scheduled every night at 02.00 WIB', async () => {
    const scheduler = await queue.getJobScheduler(RETENTION_JOB);
    expect(scheduler).toMatchObject({ pattern: '0 2 * * *', tz: 'Asia/Jakarta' });
    expect(new Date(scheduler?.next ?? 0).getUTCHours()).toBe(19);
  });

  it('removes what is older than each retention and keeps the rest', async () => {
    const userId = await insert(
      `INSERT INTO users (email, full_name, roles, password_hash) VALUES ('dewi@uji.test', 'Dewi', '{learner}', 'x')`,
      [],
    );
    const audit = async (days: number) =>
      insert(`INSERT INTO audit_entries (occurred_at, action, subject_type) VALUES ($1, 'user.disabled', 'user')`, [
        daysAgo(days),
      ]);
    const notification = async (days: number, read: boolean) =>
      insert(`INSERT INTO notifications (user_id, kind, created_at, read_at) VALUES ($1, 'test', $2, $3)`, [
        userId,
        daysAgo(days),
        read ? daysAgo(days - 1) : null,
      ]);
    const session = async (expiredDays: number, revokedDays: number | null) =>
      insert(`INSERT INTO auth_sessions (user_id, expires_at, revoked_at, ip) VALUES ($1, $2, $3, '203.0.113.7')`, [
        userId,
        daysAgo(expiredDays),
        revokedDays === null ? null : daysAgo(revokedDays),
      ]);
    const resetLink = async (expiredDays: number) =>
      insert(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, decode(md5(random()::text), 'hex'), $2)`,
        [userId, daysAgo(expiredDays)],
      );
    const invitation = async (email: string, expiredDays: number, state: 'open' | 'accepted' | 'revoked') =>
      insert(
        `INSERT INTO invitations (email, full_name, roles, token_hash, expires_at, accepted_at, accepted_user_id, revoked_at)
         VALUES ($1, 'Tamu', '{learner}', decode(md5(random()::text), 'hex'), $2, $3, $4, $5)`,
        [
          email,
          daysAgo(expiredDays),
          state === 'accepted' ? daysAgo(expiredDays + 1) : null,
          state === 'accepted' ? userId : null,
          state === 'revoked' ? daysAgo(31) : null,
        ],
      );

    const audits = { old: await audit(401), kept: await audit(399) };
    const notifications = {
      oldRead: await notification(91, true),
      oldUnread: await notification(91, false),
      kept: await notification(89, false),
    };
    const sessions = {
      longExpired: await session(31, null),
      longRevoked: await session(-5, 31),
      recentlyExpired: await session(29, null),
      live: await session(-14, null),
    };
    await db.query(
      `INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, decode(md5(random()::text), 'hex'))`,
      [sessions.longExpired],
    );
    const resetLinks = { old: await resetLink(31), kept: await resetLink(29) };
    const invitations = {
      longExpired: await invitation('lama@uji.test', 31, 'open'),
      longRevoked: await invitation('batal@uji.test', -3, 'revoked'),
      accepted: await invitation('dewi@uji.test', 31, 'accepted'),
      recentlyExpired: await invitation('baru@uji.test', 29, 'open'),
    };
    // Guests of an event that ended 40 days ago, kept 30 days: anonymised; of one ended 20 days ago: kept.
    const guest = async (endedDays: number) => {
      const eventId = await insert(
        `INSERT INTO events (slug, kind, format, title, time_zone, starts_at, ends_at, data_purpose, guest_data_retention_days)
         VALUES ($1, 'other', 'online', 'Kelas Literasi', 'Asia/Jakarta', $2, $3, 'Untuk acara ini.', 30)`,
        [`kelas-${endedDays}`, daysAgo(endedDays + 1), daysAgo(endedDays)],
      );
      return insert(
        `INSERT INTO event_registrations (event_id, name, email, status, consented_at)
         VALUES ($1, 'Siti', 'siti@contoh.id', 'confirmed', $2)`,
        [eventId, daysAgo(endedDays + 2)],
      );
    };
    const guests = { anonymised: await guest(40), kept: await guest(20) };

    expect(await runRetention(at)).toEqual({
      'audit entries': 1,
      notifications: 2,
      'ended sign-in sessions': 2,
      'expired password reset links': 1,
      'unaccepted invitations': 2,
      'guest registrations of past events (anonymised)': 1,
    });
    expect(await remaining('audit_entries', audits)).toEqual(['kept']);
    expect(await remaining('notifications', notifications)).toEqual(['kept']);
    expect(await remaining('auth_sessions', sessions)).toEqual(['live', 'recentlyExpired']);
    expect(await db.query(`SELECT 1 FROM refresh_tokens WHERE session_id = $1`, [sessions.longExpired])).toEqual([]);
    expect(await remaining('password_reset_tokens', resetLinks)).toEqual(['kept']);
    expect(await remaining('invitations', invitations)).toEqual(['accepted', 'recentlyExpired']);
    const stillNamed: { id: string }[] = await db.query(
      `SELECT id FROM event_registrations WHERE id = ANY($1) AND anonymised_at IS NULL AND name = 'Siti'`,
      [Object.values(guests)],
    );
    expect(stillNamed).toEqual([{ id: guests.kept }]);

    // A second run (a retry, another night) finds nothing more to remove.
    expect(Object.values(await runRetention(at))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
