import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { WebinarModule } from '@bina-pustaka/api-webinar';
import type {
  ApiErrorBody,
  EventDetail,
  EventRegistrationPage,
  EventTicket,
  WebinarAck,
  WebinarJoinTicket,
  WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { io, type Socket } from 'socket.io-client';
import { EVENT_TEST_APP, eventBody, futureDay } from '../testing';

const MINUTE = 60_000;
const VENUE = { name: 'Aula Perpustakaan Kota', address: 'Jl. Merdeka No. 1', city: 'Bandung' };

/** A first day starting `inMinutes` from now, an hour long (attendees may ask to join from 10 minutes before). */
const daySoon = (inMinutes: number) => {
  const start = Math.ceil((Date.now() + inMinutes * MINUTE) / MINUTE) * MINUTE;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 60 * MINUTE).toISOString() };
};

/** What the room's socket is told when it is sent out, or that it could not connect. */
function nextClose(socket: Socket): Promise<string> {
  return new Promise((resolve) => socket.once('room:closed', ({ reason }: { reason: string }) => resolve(reason)));
}

/**
 * Online and hybrid events over real HTTP and the webinar's socket: the event makes its
 * webinar session when published and keeps it in step; confirmed members are the room's
 * audience (through the webinar part's audience port) and their ticket links to it; a
 * cancelled member is sent out of the room; the registrations list reads minutes from the
 * settled ledger; an organiser may instead pick a session they manage.
 */
describe('online events: the webinar room', () => {
  let t: TestApp;
  let baseUrl: string;
  let coordinator: SignedInUser;
  let organiser: SignedInUser;
  let member: SignedInUser;
  let otherMember: SignedInUser;
  let stranger: SignedInUser;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      ...EVENT_TEST_APP,
      modules: [...EVENT_TEST_APP.modules, LearningModule, NotificationsModule, WebinarModule],
      env: { MEDIASOUP_WORKERS: '1' },
    });
    baseUrl = await t.app.getUrl();
    const user = async (roles: ('coordinator' | 'trainer' | 'learner')[], fullName: string) =>
      signIn(t.api, await createTestUser(t.db, { roles, fullName }));
    coordinator = await user(['coordinator'], 'Rina Koordinator');
    organiser = await user(['trainer'], 'Agus Mitra');
    member = await user(['learner'], 'Dewi Lestari');
    otherMember = await user(['learner'], 'Budi Santoso');
    stranger = await user(['trainer'], 'Bayu Lain');
  }, 120_000);
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => t?.close());

  const as = (who: SignedInUser) => ({ token: who.token });
  const session = (id: string, who: SignedInUser = coordinator) =>
    t.api.get<WebinarSession & ApiErrorBody>(`/api/webinars/${id}`, as(who));
  const patch = (id: string, body: Record<string, unknown>, who = coordinator) =>
    t.api.patch<EventDetail & ApiErrorBody>(`/api/events/${id}`, body, as(who));
  const publish = (id: string, who = coordinator) =>
    t.api.post<EventDetail & ApiErrorBody>(`/api/events/${id}/publish`, undefined, as(who));
  const onlineEvent = async (body: Record<string, unknown> = {}) => {
    const created = await t.api.post<EventDetail>(
      '/api/events',
      eventBody({ format: 'online', venue: null, organiserIds: [organiser.id], ...body }),
      as(coordinator),
    );
    expect(created.status).toBe(201);
    return created.body;
  };
  const joinTicket = (sessionId: string, who: SignedInUser) =>
    t.api.post<WebinarJoinTicket & ApiErrorBody>(`/api/webinars/${sessionId}/join-ticket`, undefined, as(who));

  it('makes the room when the event is published, keeps it in step, and cancels it with the event', async () => {
    const event = await onlineEvent({ days: [futureDay(10), futureDay(11)] });
    // A draft makes no room: it has nobody to let in and may be thrown away.
    expect(event.webinarSessionId).toBeNull();

    const published = await publish(event.id);
    expect(published.status).toBe(200);
    const sessionId = published.body.webinarSessionId as string;
    expect(sessionId).toEqual(expect.any(String));
    const made = await session(sessionId, organiser);
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      title: event.title,
      audience: 'invited',
      startsAt: new Date(futureDay(10).startsAt).toISOString(),
      durationMinutes: 180,
      timeZone: 'Asia/Jakarta',
      status: 'scheduled',
      staff: [{ userId: organiser.id, role: 'host', name: 'Agus Mitra' }],
      canManage: true,
    });
    // Nobody outside the event sees it.
    expect((await session(sessionId, stranger)).status).toBe(404);
    expect((await session(sessionId, member)).status).toBe(404);

    // The room follows the event's title and first day, and its organisers as hosts.
    const moved = await patch(event.id, {
      title: 'Bincang Buku Daring',
      days: [{ startsAt: futureDay(12).startsAt, endsAt: futureDay(12).startsAt.replace('T09', 'T10') }],
      organiserIds: [stranger.id],
    });
    expect(moved.status).toBe(200);
    expect(moved.body.webinarSessionId).toBe(sessionId);
    const followed = await session(sessionId);
    expect(followed.body).toMatchObject({
      title: 'Bincang Buku Daring',
      startsAt: new Date(futureDay(12).startsAt).toISOString(),
      durationMinutes: 60,
      staff: [{ userId: stranger.id, role: 'host' }],
    });
    expect((await session(sessionId, organiser)).status).toBe(404);

    const cancelled = await t.api.post(`/api/events/${event.id}/cancel`, undefined, as(coordinator));
    expect(cancelled.status).toBe(200);
    expect((await session(sessionId)).body.status).toBe('cancelled');
  });

  it('lets confirmed members into the room from their ticket and sends a cancelled one out', async () => {
    const event = await onlineEvent({ format: 'hybrid', venue: VENUE, days: [daySoon(5)] });
    const sessionId = (await publish(event.id)).body.webinarSessionId as string;

    expect((await t.api.post(`/api/events/${event.id}/registration`, undefined, as(member))).status).toBe(201);
    const ticket = await t.api.get<EventTicket>(`/api/events/${event.id}/registration`, as(member));
    expect(ticket.body.status).toBe('confirmed');
    expect(ticket.body.joinUrl).toMatch(new RegExp(`^https?://[^/]+/webinar/${sessionId}$`));
    expect((await session(sessionId, member)).body.myRole).toBe('attendee');

    // Someone not registered is no audience of the room: the session is hidden, the door closed.
    expect((await session(sessionId, otherMember)).status).toBe(404);
    const refused = await joinTicket(sessionId, otherMember);
    expect([refused.status, refused.body.code]).toEqual([403, 'webinar.notInAudience']);

    // The organiser hosts: opens the room; the member comes in through the webinar's own door.
    expect((await t.api.post(`/api/webinars/${sessionId}/open`, undefined, as(organiser))).status).toBe(201);
    const granted = await joinTicket(sessionId, member);
    expect(granted.status).toBe(201);
    const socket = io(`${baseUrl}/webinar`, {
      auth: { token: granted.body.token, sessionId },
      transports: ['websocket'],
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const joined = await new Promise<WebinarAck<unknown>>((resolve) =>
      socket.emit('room:join', { rtpCapabilities: { codecs: [], headerExtensions: [] } }, resolve),
    );
    expect(joined.ok).toBe(true);

    const before = await t.api.get<EventRegistrationPage>(`/api/events/${event.id}/registrations`, as(organiser));
    // Minutes come from the settled ledger: none before the room has ended.
    expect(before.body.items.map((r) => r.onlineMinutes)).toEqual([null]);

    // Cancelling the registration sends the member out of the open room at once.
    const sentOut = nextClose(socket);
    expect((await t.api.delete(`/api/events/${event.id}/registration`, as(member))).status).toBe(200);
    expect(await sentOut).toBe('notInAudience');
    expect((await joinTicket(sessionId, member)).status).toBe(403);
    expect((await session(sessionId, member)).status).toBe(404);
    expect((await t.api.get(`/api/events/${event.id}/registration`, as(member))).status).toBe(404);

    // The room ends, its ledger is settled, and the list reads each member's minutes from it.
    await t.api.post(`/api/events/${event.id}/registration`, undefined, as(otherMember));
    expect((await t.api.post(`/api/webinars/${sessionId}/end`, undefined, as(organiser))).status).toBe(201);
    const after = await t.api.get<EventRegistrationPage>(`/api/events/${event.id}/registrations`, as(organiser));
    expect(after.body.items.map((r) => [r.userId, r.status, r.onlineMinutes])).toEqual([
      [member.id, 'cancelled', 0],
      [otherMember.id, 'confirmed', 0],
    ]);
    const ledger = await t.db.query(`SELECT user_id FROM webinar_attendance WHERE session_id = $1`, [sessionId]);
    expect(ledger).toEqual([{ user_id: member.id }]);
  });

  it('points at a session the organiser picks and leaves it as it is', async () => {
    const scheduled = async (who: SignedInUser) => {
      const response = await t.api.post<WebinarSession>(
        '/api/webinars',
        {
          title: 'Kelas Literasi Informasi',
          description: 'Sesi daring.',
          audience: 'registered',
          startsAt: futureDay(15).startsAt,
          durationMinutes: 90,
          jp: 0,
        },
        as(who),
      );
      expect(response.status).toBe(201);
      return response.body;
    };
    const own = await scheduled(organiser);
    const theirs = await scheduled(stranger);
    const event = await onlineEvent();

    const notManaged = await patch(event.id, { webinarSessionId: theirs.id }, organiser);
    expect([notManaged.status, notManaged.body.message]).toEqual([
      400,
      'Pilih sesi webinar yang Anda kelola sebagai ruang acara ini.',
    ]);
    const inPerson = await patch(event.id, { webinarSessionId: own.id, format: 'in-person', venue: VENUE });
    expect(inPerson.status).toBe(400);
    expect(inPerson.body.issues).toContainEqual({
      field: 'webinarSessionId',
      message: 'Acara tatap muka tidak memakai sesi webinar. Pilih format daring atau hibrida.',
    });

    const picked = await patch(event.id, { webinarSessionId: own.id }, organiser);
    expect([picked.status, picked.body.webinarSessionId]).toEqual([200, own.id]);
    expect((await publish(event.id)).body.webinarSessionId).toBe(own.id);
    await patch(event.id, { title: 'Judul Baru Acara' });
    expect((await session(own.id)).body.title).toBe('Kelas Literasi Informasi');

    const second = await onlineEvent();
    const taken = await patch(second.id, { webinarSessionId: own.id }, coordinator);
    expect([taken.status, taken.body.code]).toEqual([409, 'event.webinarSessionTaken']);

    // In person the event has no room; the picked session stays scheduled, its owner's.
    const movedOff = await patch(event.id, { format: 'in-person', venue: VENUE });
    expect([movedOff.status, movedOff.body.webinarSessionId]).toEqual([200, null]);
    expect((await session(own.id)).body.status).toBe('scheduled');
  });
});
