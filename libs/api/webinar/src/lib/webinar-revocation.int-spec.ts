import { randomUUID } from 'node:crypto';
import {
  claimsOf,
  jwt,
  startTestApiNode,
  startTestApp,
  TOKEN_MUTATIONS,
  type TestApiNode,
  type TestApp,
} from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser, type TestUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import type {
  ApiErrorBody,
  SignedIn,
  WebinarJoinTicket,
  WebinarPeer,
  WebinarRemovalReason,
  WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { RoomRegistryService } from './room/room-registry.service';
import { webinarMigrations, WebinarModule } from './webinar.module';
import {
  isRefused,
  publishFakeMedia,
  TEST_RTP_CAPABILITIES,
  TestRoomClient,
  type PublishedMedia,
} from '../testing/room-client';
import { startLocalStun } from '../testing/webrtc-peers';

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const NEW_PASSWORD = 'Sandi-Baru-Sekali-2026';

/**
 * An open webinar socket follows its person's account and place in the session at once,
 * whichever api node holds it: the sockets live on node A (`t`), and every change is made
 * through node B (`nodeB`), as behind a load balancer.
 */
describe('webinar sockets end or narrow when the account, the audience or the role changes', () => {
  const options = {
    modules: [IdentityModule, LearningModule, NotificationsModule, WebinarModule],
    migrations: [
      ...identityMigrations,
      ...learningMigrations,
      ...notificationsMigrations,
      ...webinarMigrations,
      ...auditMigrations,
    ],
    env: { MEDIASOUP_WORKERS: '1' },
  };
  let t: TestApp;
  let nodeB: TestApiNode;
  let baseUrl: string;
  let stun: Awaited<ReturnType<typeof startLocalStun>>;
  let admin: SignedInUser;
  let trainer: SignedInUser;
  let coordinator: SignedInUser;
  let cohortId: string;
  const clients: TestRoomClient[] = [];
  const media: PublishedMedia[] = [];

  beforeAll(async () => {
    stun = await startLocalStun();
    t = await startTestApp(options);
    nodeB = await startTestApiNode(t, options);
    baseUrl = await t.app.getUrl();
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'], fullName: 'Admin Utama' }));
    trainer = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Narasumber Sari' }));
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    const course = await publishedCourse(t.api, trainer.token, { title: 'Layanan Referensi Digital' });
    cohortId = (await runningCohort(t.api, coordinator.token, course.id)).id;
  });

  afterEach(() => {
    for (const published of media.splice(0)) published.stop();
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    await nodeB.close();
    await t.close();
    stun.close();
  });

  async function liveSession(fields: Record<string, unknown> = {}): Promise<WebinarSession> {
    const created = await t.api.post<WebinarSession>(
      '/api/webinars',
      {
        title: 'Temu Pustakawan: Layanan Referensi',
        audience: 'registered',
        startsAt: minutesFromNow(5),
        durationMinutes: 60,
        jp: 1,
        ...fields,
      },
      { token: trainer.token },
    );
    expect(created.status).toBe(201);
    const opened = await t.api.post<WebinarSession>(`/api/webinars/${created.body.id}/open`, undefined, {
      token: trainer.token,
    });
    expect(opened.body.status).toBe('live');
    return opened.body;
  }

  /** Someone new, signed in, registered for these sessions. */
  async function attendee(...sessions: WebinarSession[]): Promise<SignedInUser> {
    const person = await signIn(t.api, await createTestUser(t.db, { fullName: 'Pustakawan Budi' }));
    for (const session of sessions) await register(person, session);
    return person;
  }

  async function register(person: SignedInUser, session: WebinarSession): Promise<void> {
    const registered = await t.api.post(`/api/webinars/${session.id}/registration`, undefined, {
      token: person.token,
    });
    expect(registered.status).toBeLessThan(300);
  }

  async function ticket(user: SignedInUser, sessionId: string): Promise<WebinarJoinTicket> {
    const response = await t.api.post<WebinarJoinTicket>(`/api/webinars/${sessionId}/join-ticket`, undefined, {
      token: user.token,
    });
    if (response.status >= 300) throw new Error(`ticket: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function connect(sessionId: string, token: string): Promise<TestRoomClient> {
    const client = await TestRoomClient.connect(baseUrl, { token, sessionId });
    if (isRefused(client)) throw new Error(`refused: ${client.code} ${client.message}`);
    clients.push(client);
    return client;
  }

  /** In the room (on node A), with what the join answered. */
  async function enter(user: SignedInUser, sessionId: string) {
    const client = await connect(sessionId, (await ticket(user, sessionId)).token);
    const joined = await client.request('room:join', { rtpCapabilities: TEST_RTP_CAPABILITIES });
    return { client, me: joined.state === 'joined' ? joined.room.me : null };
  }

  /** The reason the server gave when it sent the client away; the socket is closed after it. */
  async function sentAway(client: TestRoomClient): Promise<WebinarRemovalReason> {
    const { reason } = await client.nextEvent<{ reason: WebinarRemovalReason }>('room:closed');
    await client.disconnected();
    return reason;
  }

  const refusal = async (sessionId: string, token: string) => {
    const result = await TestRoomClient.connect(baseUrl, { token, sessionId });
    if (!isRefused(result)) clients.push(result);
    return isRefused(result) ? result.code : 'admitted';
  };

  /** One person signed in twice (a laptop and a phone), each device in the room of its own session. */
  async function inTwoRoomsOnTwoDevices() {
    const [first, second] = [await liveSession(), await liveSession()];
    const laptop = await attendee(first, second);
    const phone = await signIn(t.api, laptop);
    return {
      first,
      second,
      laptop,
      phone,
      onLaptop: await enter(laptop, first.id),
      onPhone: await enter(phone, second.id),
    };
  }

  const inRoom = (sessionId: string, userId: string) =>
    t.app.get(RoomRegistryService).get(sessionId)?.members.peers.has(userId) ?? false;

  describe('the account', () => {
    it('disabled by an admin: the socket ends at once and a ticket it still holds is refused', async () => {
      const session = await liveSession();
      const person = await attendee(session);
      const { client } = await enter(person, session.id);
      const spare = await ticket(person, session.id);

      const disabled = await nodeB.api.post(`/api/users/${person.id}/disable`, undefined, { token: admin.token });
      expect(disabled.status).toBe(200);
      expect(await sentAway(client)).toBe('accountDisabled');
      expect(inRoom(session.id, person.id)).toBe(false);
      expect(await refusal(session.id, spare.token)).toBe('webinar.ticketInvalid');
    });

    it('signed out on one device: that device’s socket ends and its ticket is refused; the other device stays', async () => {
      const { first, laptop, onLaptop, onPhone } = await inTwoRoomsOnTwoDevices();
      const spare = await ticket(laptop, first.id);

      const out = await nodeB.api.post('/api/auth/logout', undefined, { cookie: laptop.cookie });
      expect(out.status).toBe(204);
      expect(await sentAway(onLaptop.client)).toBe('signedOut');
      expect(await refusal(first.id, spare.token)).toBe('webinar.ticketInvalid');
      expect(await onPhone.client.request('network:report', { quality: 'good' })).toBeNull();
      expect(onPhone.client.socket.connected).toBe(true);
    });

    it('a stolen refresh token coming back ends that sign-in and its socket', async () => {
      const session = await liveSession();
      const person = await attendee(session);
      const { client } = await enter(person, session.id);
      const rotated = await nodeB.api.post<SignedIn>('/api/auth/refresh', undefined, { cookie: person.cookie });
      expect(rotated.status).toBe(200);
      // Past the grace window for two tabs racing: the old token coming back means a copy exists.
      await t.db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`);
      const replay = await nodeB.api.post('/api/auth/refresh', undefined, { cookie: person.cookie });
      expect(replay.status).toBe(401);
      expect(await sentAway(client)).toBe('signedOut');
    });

    it('password changed: every socket of the person ends, and tickets asked for before are refused on every device', async () => {
      const { first, second, laptop, phone, onLaptop, onPhone } = await inTwoRoomsOnTwoDevices();
      const [laptopSpare, phoneSpare] = [await ticket(laptop, first.id), await ticket(phone, second.id)];

      const changed = await nodeB.api.put(
        '/api/me/password',
        { currentPassword: laptop.password, newPassword: NEW_PASSWORD },
        { token: laptop.token },
      );
      expect(changed.status).toBe(204);
      expect(await sentAway(onLaptop.client)).toBe('passwordChanged');
      expect(await sentAway(onPhone.client)).toBe('passwordChanged');
      expect(await refusal(first.id, laptopSpare.token)).toBe('webinar.ticketInvalid');
      expect(await refusal(second.id, phoneSpare.token)).toBe('webinar.ticketInvalid');
      // The device that changed it stays signed in: a ticket asked for now lets it back in.
      expect((await enter(laptop, first.id)).me?.role).toBe('attendee');
    });
  });

  describe('the audience', () => {
    it('withdrawn from the cohort: the socket in its webinar ends and the ticket is refused', async () => {
      const session = await liveSession({ audience: 'cohort', cohortId });
      const person = await attendee();
      const enrolled = await t.api.post(
        `/api/cohorts/${cohortId}/enrolments`,
        { userIds: [person.id] },
        { token: coordinator.token },
      );
      expect(enrolled.status).toBeLessThan(300);
      const { client } = await enter(person, session.id);
      const spare = await ticket(person, session.id);
      const [{ id }]: { id: string }[] = await t.db.query(`SELECT id FROM enrolments WHERE user_id = $1`, [person.id]);

      const withdrawn = await nodeB.api.post(`/api/enrolments/${id}/withdraw`, undefined, {
        token: coordinator.token,
      });
      expect(withdrawn.status).toBeLessThan(300);
      expect(await sentAway(client)).toBe('notInAudience');
      expect(await refusal(session.id, spare.token)).toBe('webinar.notInAudience');
    });

    it('a registration withdrawn: the socket in that session ends', async () => {
      const session = await liveSession();
      const person = await attendee(session);
      const { client } = await enter(person, session.id);
      const gone = await nodeB.api.delete(`/api/webinars/${session.id}/registration`, { token: person.token });
      expect(gone.status).toBe(200);
      expect(await sentAway(client)).toBe('notInAudience');
    });
  });

  describe('the role', () => {
    it('a co-host taken off the staff is downgraded at once: media closed, host messages refused', async () => {
      const cohost = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'], fullName: 'Agus Setiawan' }));
      const session = await liveSession({ staff: [{ userId: cohost.id, role: 'host' }] });
      await register(cohost, session);
      const host = await enter(trainer, session.id);
      const co = await enter(cohost, session.id);
      expect(co.me?.role).toBe('host');
      const sent = await publishFakeMedia(co.client, stun.iceServers);
      media.push(sent);
      expect(await co.client.request('host:lockChat', { locked: false })).toBeNull();

      const edited = await nodeB.api.patch(`/api/webinars/${session.id}`, { staff: [] }, { token: trainer.token });
      expect(edited.status).toBe(200);
      await co.client.nextEvent<WebinarPeer>(
        'peer:updated',
        (peer) => peer.userId === cohost.id && peer.role === 'attendee',
      );
      for (const producerId of Object.values(sent.producerIds)) {
        await host.client.nextEvent<{ producerId: string }>(
          'producer:closed',
          (event) => event.producerId === producerId,
        );
      }
      await expect(co.client.request('host:lockChat', { locked: true })).rejects.toMatchObject({
        code: 'webinar.notAllowed',
      });
      expect(co.client.socket.connected).toBe(true);
      expect(inRoom(session.id, cohost.id)).toBe(true);
    });

    it('a coordinator whose role is taken away leaves the room they hosted by that role alone', async () => {
      const session = await liveSession();
      const person: TestUser = await createTestUser(t.db, { roles: ['coordinator'] });
      const staff = await signIn(t.api, person);
      const { client, me } = await enter(staff, session.id);
      expect(me?.role).toBe('host');

      const changed = await nodeB.api.put(
        `/api/users/${person.id}/roles`,
        { roles: ['learner'] },
        { token: admin.token },
      );
      expect(changed.status).toBe(200);
      expect(await sentAway(client)).toBe('notInAudience');
    });
  });

  describe('tickets at the door', () => {
    let session: WebinarSession;
    let person: SignedInUser;

    beforeAll(async () => {
      session = await liveSession();
      person = await attendee(session);
    });

    it.each(TOKEN_MUTATIONS.map((mutation) => [mutation.name, mutation] as const))(
      'a ticket %s is refused (and the genuine one still opens the door)',
      async (_name, { mutate }) => {
        const genuine = await ticket(person, session.id);
        expect(await refusal(session.id, mutate(genuine.token, t.config.auth.jwtSecret))).toBe('webinar.ticketInvalid');
        expect(await refusal(session.id, genuine.token)).toBe('admitted');
      },
    );

    it.each([
      ['without the sign-in it was asked with', { sid: undefined }],
      ['without its generation', { gen: undefined }],
      ['of an older generation', { gen: -1 }],
    ])('a correctly signed ticket %s is refused', async (_name, change) => {
      const genuine = claimsOf((await ticket(person, session.id)).token);
      const forged = jwt(
        { alg: 'HS256', typ: 'JWT' },
        { ...genuine, ...change, jti: randomUUID() },
        t.config.auth.jwtSecret,
      );
      expect(await refusal(session.id, forged)).toBe('webinar.ticketInvalid');
    });

    it('an access token is no ticket, and a ticket is no bearer token', async () => {
      expect(await refusal(session.id, person.token)).toBe('webinar.ticketInvalid');
      const { token } = await ticket(person, session.id);
      const me = await nodeB.api.get<ApiErrorBody>('/api/me', { token });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('auth.tokenInvalid');
    });
  });
});
