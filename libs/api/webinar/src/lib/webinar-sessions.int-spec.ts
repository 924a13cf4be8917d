import type { TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { QUEUES } from '@bina-pustaka/api-platform';
import type { ApiErrorBody, CourseDetail, Page, WebinarSession } from '@bina-pustaka/shared-contracts';
import { Queue } from 'bullmq';
import { createSigner } from 'fast-jwt';
import { WebinarSessionEntity } from './entities/webinar-session.entity';
import { MediaWorkerPool } from './media/media-worker-pool';
import { isRefused, type Refused, TestRoomClient } from '../testing/room-client';
import { minutesFromNow, sleep, useWebinarTestBed } from '../testing/webinar-test-bed';

describe('webinars: scheduling sessions, and the door of their room (join tickets in the handshake)', () => {
  const bed = useWebinarTestBed();
  const { clients, schedule, ticket, liveSession, room } = bed;
  let t: TestApp;
  let baseUrl: string;
  let coordinator: SignedInUser;
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let outsider: SignedInUser;
  let course: CourseDetail;
  beforeAll(() => {
    ({ t, baseUrl, coordinator, trainer, learner, outsider, course } = bed);
  });

  describe('scheduling', () => {
    it('schedules a session for a cohort: the author hosts, the cohort sees it, others do not', async () => {
      const session = await schedule(trainer.token, {
        staff: [{ userId: coordinator.id, role: 'moderator' }],
      });
      expect(session).toMatchObject({
        status: 'scheduled',
        courseId: course.id,
        courseTitle: 'Layanan Referensi Digital',
        cohortName: 'Angkatan 1 Tahun 2026',
        timeZone: 'Asia/Jakarta',
        myRole: 'host',
        canManage: true,
      });
      expect(session.staff.map((member) => [member.name, member.role])).toEqual([
        ['Narasumber Sari', 'host'],
        ['Koordinator Uji', 'moderator'],
      ]);

      const mine = await t.api.get<WebinarSession>(`/api/webinars/${session.id}`, { token: learner.token });
      expect(mine.body).toMatchObject({ myRole: 'attendee', canManage: false });
      const list = await t.api.get<Page<WebinarSession>>('/api/webinars', { token: learner.token });
      expect(list.body.items.map((item) => item.id)).toContain(session.id);

      const hidden = await t.api.get<ApiErrorBody>(`/api/webinars/${session.id}`, { token: outsider.token });
      expect(hidden.status).toBe(404);
      const others = await t.api.get<Page<WebinarSession>>('/api/webinars', { token: outsider.token });
      expect(others.body.items.map((item) => item.id)).not.toContain(session.id);
      const noTicket = await t.api.post<ApiErrorBody>(`/api/webinars/${session.id}/join-ticket`, undefined, {
        token: outsider.token,
      });
      expect(noTicket.status).toBe(403);
      expect(noTicket.body.message).toBe('Anda tidak terdaftar sebagai peserta sesi ini.');
      const notYours = await t.api.patch<ApiErrorBody>(
        `/api/webinars/${session.id}`,
        { title: 'Diubah peserta' },
        { token: learner.token },
      );
      expect(notYours.status).toBe(403);
    });

    it('refuses bad sessions with reasons a person understands, and writes nothing', async () => {
      const before = await t.db.getRepository(WebinarSessionEntity).count();
      const noCohort = await t.api.post<ApiErrorBody>(
        '/api/webinars',
        { title: 'Tanpa angkatan', audience: 'cohort', startsAt: minutesFromNow(60), durationMinutes: 60, jp: 1 },
        { token: trainer.token },
      );
      expect(noCohort.status).toBe(400);
      expect(noCohort.body.issues?.[0]).toMatchObject({ field: 'cohortId' });
      const badZone = await t.api.post<ApiErrorBody>(
        '/api/webinars',
        {
          title: 'Zona aneh',
          audience: 'registered',
          startsAt: minutesFromNow(60),
          durationMinutes: 60,
          jp: 1,
          timeZone: 'Mars/Olympus',
        },
        { token: trainer.token },
      );
      expect(badZone.status).toBe(400);
      expect(badZone.body.issues?.[0].message).toContain('zona waktu');
      const past = await t.api.post<ApiErrorBody>(
        '/api/webinars',
        { title: 'Kemarin', audience: 'registered', startsAt: minutesFromNow(-60), durationMinutes: 60, jp: 1 },
        { token: trainer.token },
      );
      expect(past.status).toBe(422);
      expect(past.body.message).toBe('Waktu mulai sudah lewat. Pilih waktu yang akan datang.');
      const notHisCourse = await schedule(coordinator.token, {
        audience: 'course',
        cohortId: null,
        courseId: course.id,
      });
      expect(notHisCourse.courseId).toBe(course.id);
      const otherTrainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
      const refused = await t.api.post<ApiErrorBody>(
        '/api/webinars',
        {
          title: 'Bukan pelatihannya',
          audience: 'course',
          courseId: course.id,
          startsAt: minutesFromNow(60),
          durationMinutes: 60,
          jp: 1,
        },
        { token: otherTrainer.token },
      );
      expect(refused.status).toBe(403);
      expect(await t.db.getRepository(WebinarSessionEntity).count()).toBe(before + 1);
    });

    it('gives an iCal file and plans the T-24h and T-15min reminders', async () => {
      const startsAt = new Date(Date.now() + 2 * 24 * 3_600_000);
      startsAt.setUTCSeconds(0, 0);
      const session = await schedule(trainer.token, { startsAt: startsAt.toISOString() });
      const ics = await t.api.download(`/api/webinars/${session.id}/calendar.ics`, { token: learner.token });
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      expect(ics.bytes.toString()).toContain(`UID:${session.id}@`);

      const queue = new Queue(QUEUES.webinars, {
        connection: { url: t.config.redis.url },
        prefix: t.config.redis.prefix,
      });
      for (const lead of ['24h', '15m']) {
        const job = await queue.getJob(`webinar-reminder-${session.id}-${lead}-${startsAt.getTime()}`);
        expect(job?.data).toEqual({ sessionId: session.id, startsAt: startsAt.toISOString(), lead });
      }
      await queue.close();
    });

    it('lets attendees in from 10 minutes before the start, staff at any time', async () => {
      const session = await schedule(trainer.token, { startsAt: minutesFromNow(60) });
      const early = await t.api.post<ApiErrorBody>(`/api/webinars/${session.id}/join-ticket`, undefined, {
        token: learner.token,
      });
      expect(early.status).toBe(403);
      expect(early.body.message).toMatch(/^Ruang sesi dapat dimasuki mulai \d{1,2} \w+ \d{4}, \d{2}\.\d{2} WIB\.$/);
      expect((await ticket(trainer, session.id)).role).toBe('host');
    });
  });

  describe('the door: join tickets in the handshake', () => {
    it('refuses forged, expired, spent and other-session tickets before any transport exists', async () => {
      const session = await liveSession();
      const other = await liveSession();
      const pool = t.app.get(MediaWorkerPool);
      const transportsBefore = pool.loads().reduce((sum, load) => sum + load.transports, 0);
      const sign = (key: string, claims: Record<string, unknown>, algorithm: 'HS256' | 'none' = 'HS256') =>
        createSigner({ key, algorithm, iss: 'bina-pustaka', aud: 'bina-pustaka-webinar', expiresIn: 60_000 })(claims);
      const claims = { sub: learner.id, ses: session.id, role: 'host', jti: crypto.randomUUID() };
      const good = await ticket(learner, session.id);
      const attempts: [string, Record<string, unknown>][] = [
        ['no ticket', { sessionId: session.id }],
        [
          'alg none',
          {
            token: createSigner({ algorithm: 'none', iss: 'bina-pustaka', aud: 'bina-pustaka-webinar' })(claims),
            sessionId: session.id,
          },
        ],
        ['wrong key', { token: sign('not-the-secret-of-this-api-at-all-32b', claims), sessionId: session.id }],
        [
          'expired',
          {
            token: createSigner({
              key: t.config.auth.jwtSecret,
              iss: 'bina-pustaka',
              aud: 'bina-pustaka-webinar',
              expiresIn: 1,
            })(claims),
            sessionId: session.id,
          },
        ],
        ['access token', { token: learner.token, sessionId: session.id }],
        ['other session', { token: good.token, sessionId: other.id }],
      ];
      await sleep(5);
      for (const [what, auth] of attempts) {
        const result = await TestRoomClient.connect(baseUrl, auth);
        expect({ what, refused: isRefused(result), code: (result as Refused).code }).toEqual({
          what,
          refused: true,
          code: 'webinar.ticketInvalid',
        });
      }
      // The good ticket works once; the same ticket again is refused.
      const first = await TestRoomClient.connect(baseUrl, { token: good.token, sessionId: session.id });
      expect(isRefused(first)).toBe(false);
      clients.push(first as TestRoomClient);
      const replay = await TestRoomClient.connect(baseUrl, { token: good.token, sessionId: session.id });
      expect(replay).toMatchObject({ refused: true, code: 'webinar.ticketInvalid' });
      expect((replay as Refused).message).toContain('Tiket masuk tidak berlaku');
      expect(pool.loads().reduce((sum, load) => sum + load.transports, 0)).toBe(transportsBefore);
      expect(room(session.id).members.peers.size).toBe(0);
    });
  });
});
