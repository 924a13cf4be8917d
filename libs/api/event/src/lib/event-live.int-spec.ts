import { randomUUID } from 'node:crypto';
import { startTestApiNode, startTestApp, type TestApiNode, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { EVENT_LIVE_NAMESPACE, type EventLiveAck, type EventRegistrationCounts } from '@bina-pustaka/shared-contracts';
import { io, type Socket } from 'socket.io-client';
import { EVENT_TEST_APP, EventCodes, insertEvent, insertRegistration } from '../testing';

type Heard = { eventId: string; counts: EventRegistrationCounts };

/**
 * Live counts over /events across two api nodes: every socket is on node B, every check-in
 * goes through node A (`t`), as behind a load balancer; Redis carries the counts between them.
 */
describe('event live counts over the /events socket', () => {
  let t: TestApp;
  let nodeB: TestApiNode;
  let organiser: SignedInUser;
  let admin: SignedInUser;
  let stranger: SignedInUser;
  let eventId: string;
  const sockets: Socket[] = [];

  const connect = async (who: SignedInUser): Promise<{ socket: Socket; heard: Heard[] }> => {
    const socket = io(`${await nodeB.app.getUrl()}${EVENT_LIVE_NAMESPACE}`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: who.token },
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'accept-language': 'id' },
    });
    sockets.push(socket);
    const heard: Heard[] = [];
    socket.on('event.counts', (event: Heard) => heard.push(event));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return { socket, heard };
  };
  const watch = (socket: Socket, id = eventId): Promise<EventLiveAck> =>
    socket.timeout(10_000).emitWithAck('event.watch', { eventId: id });
  const until = async (condition: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('nothing heard in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const checkIn = async (code: string) => {
    const response = await t.api.post(
      `/api/events/${eventId}/check-ins`,
      { checkIns: [{ scanId: randomUUID(), ticketCode: code, at: new Date().toISOString() }] },
      { token: organiser.token },
    );
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp(EVENT_TEST_APP);
    nodeB = await startTestApiNode(t, EVENT_TEST_APP);
    organiser = await signIn(t.api, await createTestUser(t.db, { fullName: 'Rina Panitia' }));
    admin = await signIn(t.api, await createTestUser(t.db, { roles: ['admin'] }));
    stranger = await signIn(t.api, await createTestUser(t.db, { roles: ['trainer'] }));
    eventId = await insertEvent(t.db);
    await t.db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [eventId, organiser.id]);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await nodeB?.close();
    await t?.close();
  });

  it("tells the event's managers the counts after a check-in, and refuses a stranger's watch as no such event", async () => {
    const codes = t.app.get(EventCodes);
    const first = await insertRegistration(t.db, codes, eventId);
    const second = await insertRegistration(t.db, codes, eventId);
    const door = await connect(organiser);
    const office = await connect(admin);
    const outsider = await connect(stranger);
    expect(await watch(door.socket)).toEqual({ ok: true, data: null });
    expect(await watch(office.socket)).toEqual({ ok: true, data: null });
    expect(await watch(outsider.socket)).toMatchObject({ ok: false, error: { code: 'event.notFound' } });

    await checkIn(first.code ?? '');
    await until(() => door.heard.length > 0 && office.heard.length > 0);
    expect(door.heard).toEqual([
      { eventId, counts: { confirmed: 2, unconfirmed: 0, waitlisted: 0, cancelled: 0, arrived: 1, walkIns: 0 } },
    ]);
    expect(office.heard).toEqual(door.heard);

    // After unwatching, the office hears no more; the door hears the walk-in.
    await office.socket.timeout(10_000).emitWithAck('event.unwatch', { eventId });
    await t.api.post(
      `/api/events/${eventId}/walk-ins`,
      { name: 'Joko Susilo', scanId: randomUUID(), at: new Date().toISOString() },
      { token: organiser.token },
    );
    await until(() => door.heard.length > 1);
    expect(door.heard[1].counts).toMatchObject({ confirmed: 3, arrived: 2, walkIns: 1 });
    await checkIn(second.code ?? '');
    await until(() => door.heard.length > 2);
    expect(office.heard).toHaveLength(1);
    expect(outsider.heard).toEqual([]);
  });

  it('refuses a socket without a valid access token, and a watch of no event or a malformed one', async () => {
    const anonymous = io(`${await nodeB.app.getUrl()}${EVENT_LIVE_NAMESPACE}`, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(anonymous);
    const refusal = await new Promise<string | undefined>((resolve) =>
      anonymous.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code)),
    );
    expect(refusal).toBe('auth.tokenMissing');

    const { socket } = await connect(admin);
    expect(await watch(socket, randomUUID())).toMatchObject({ ok: false, error: { code: 'event.notFound' } });
    expect(await watch(socket, 'bukan-id')).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });
});
