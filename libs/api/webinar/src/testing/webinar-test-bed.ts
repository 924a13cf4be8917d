/**
 * What the webinar int specs share (webinar-sessions, webinar-room and webinar-attendance):
 * the api with the webinar module over real mediasoup (two workers, so a large room spills
 * onto the second) and a local STUN server; a coordinator, a trainer whose course has a
 * running cohort with two learners, and an outsider; and the steps most tests take:
 * schedule a session, open it, get a join ticket, connect and enter the room. Each spec
 * file starts its own (useWebinarTestBed), as every int spec starts its own app.
 */
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import type { CourseDetail, WebinarJoinTicket, WebinarSession } from '@bina-pustaka/shared-contracts';
import { RoomRegistryService } from '../lib/room/room-registry.service';
import { webinarMigrations, WebinarModule, WebinarWorkerModule } from '../lib/webinar.module';
import { isRefused, TEST_RTP_CAPABILITIES, TestRoomClient, type PublishedMedia } from './room-client';
import { startLocalStun } from './webrtc-peers';

// Reads until a condition holds: the one helper every integration spec shares.
export { until } from '@bina-pustaka/api-testing';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

export class WebinarTestBed {
  t!: TestApp;
  baseUrl!: string;
  stun!: Awaited<ReturnType<typeof startLocalStun>>;
  coordinator!: SignedInUser;
  /** Hosts the sessions it schedules; the author of `course`. */
  trainer!: SignedInUser;
  /** Both enrolled in the cohort (`cohortId`) the sessions are scheduled for. */
  learner!: SignedInUser;
  secondLearner!: SignedInUser;
  outsider!: SignedInUser;
  course!: CourseDetail;
  cohortId!: string;
  /** Room clients and fake media of the running test: closed after each test. */
  readonly clients: TestRoomClient[] = [];
  readonly media: PublishedMedia[] = [];

  async start(): Promise<void> {
    this.stun = await startLocalStun();
    const t = await startTestApp({
      modules: [IdentityModule, LearningModule, NotificationsModule, WebinarModule],
      migrations: [
        ...identityMigrations,
        ...learningMigrations,
        ...notificationsMigrations,
        ...webinarMigrations,
        ...auditMigrations,
      ],
      workerModules: [WebinarWorkerModule],
      env: { MEDIASOUP_WORKERS: '2', WEBINAR_RECONNECT_GAP_SECONDS: '60' },
    });
    this.t = t;
    this.baseUrl = await t.app.getUrl();
    this.coordinator = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['coordinator'], fullName: 'Koordinator Uji' }),
    );
    this.trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Narasumber Sari' }));
    this.learner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Pustakawan Budi' }));
    this.secondLearner = await signIn(t.api, await createTestUser(t.db, { fullName: 'Pustakawan Wati' }));
    this.outsider = await signIn(t.api, await createTestUser(t.db, { fullName: 'Orang Lain' }));
    this.course = await publishedCourse(t.api, this.trainer.token, { title: 'Layanan Referensi Digital' });
    this.cohortId = (await runningCohort(t.api, this.coordinator.token, this.course.id)).id;
    const enrolled = await t.api.post(
      `/api/cohorts/${this.cohortId}/enrolments`,
      { userIds: [this.learner.id, this.secondLearner.id] },
      { token: this.coordinator.token },
    );
    expect(enrolled.status).toBeLessThan(300);
  }

  release(): void {
    for (const published of this.media.splice(0)) published.stop();
    for (const client of this.clients.splice(0)) client.close();
  }

  async close(): Promise<void> {
    await this.t?.close();
    this.stun?.close();
  }

  /** A session for the cohort, starting in 5 minutes, unless `fields` say otherwise. */
  readonly schedule = async (token: string, fields: Record<string, unknown> = {}): Promise<WebinarSession> => {
    const response = await this.t.api.post<WebinarSession>(
      '/api/webinars',
      {
        title: 'Temu Kangen Pustakawan: Layanan Referensi',
        description: 'Diskusi daring bersama narasumber.',
        audience: 'cohort',
        cohortId: this.cohortId,
        startsAt: minutesFromNow(5),
        durationMinutes: 60,
        jp: 2,
        ...fields,
      },
      { token },
    );
    expect(response.status).toBe(201);
    return response.body;
  };

  readonly ticket = async (user: SignedInUser, sessionId: string): Promise<WebinarJoinTicket> => {
    const response = await this.t.api.post<WebinarJoinTicket>(`/api/webinars/${sessionId}/join-ticket`, undefined, {
      token: user.token,
    });
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`ticket: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  };

  /** A room socket through the handshake (closed after the test). */
  readonly connect = async (user: SignedInUser, sessionId: string): Promise<TestRoomClient> => {
    const { token } = await this.ticket(user, sessionId);
    const client = await TestRoomClient.connect(this.baseUrl, { token, sessionId });
    if (isRefused(client)) throw new Error(`refused: ${client.code} ${client.message}`);
    this.clients.push(client);
    return client;
  };

  readonly enter = async (user: SignedInUser, sessionId: string) => {
    const client = await this.connect(user, sessionId);
    const joined = await client.request('room:join', { rtpCapabilities: TEST_RTP_CAPABILITIES });
    return { client, joined };
  };

  /** A session the trainer scheduled and opened. */
  readonly liveSession = async (fields: Record<string, unknown> = {}): Promise<WebinarSession> => {
    const session = await this.schedule(this.trainer.token, fields);
    const opened = await this.t.api.post<WebinarSession>(`/api/webinars/${session.id}/open`, undefined, {
      token: this.trainer.token,
    });
    expect(opened.body.status).toBe('live');
    return opened.body;
  };

  /** The session's room on the api (it exists once someone connected). */
  readonly room = (sessionId: string) => {
    const found = this.t.app.get(RoomRegistryService).get(sessionId);
    if (!found) throw new Error('no room');
    return found;
  };
}

/** A test bed for this spec file: started before its tests, its room clients closed after each, stopped at the end. */
export function useWebinarTestBed(): WebinarTestBed {
  const bed = new WebinarTestBed();
  beforeAll(() => bed.start());
  afterEach(() => bed.release());
  afterAll(() => bed.close());
  return bed;
}
