import { listRoutes } from '@bina-pustaka/api-testing';
import type { ApiErrorBody } from '@bina-pustaka/shared-contracts';
import { ASSESSMENT_CASES } from './cases/assessment';
import { BODY_ID_CASES } from './cases/body-ids';
import { CERTIFICATE_CASES } from './cases/certificates';
import { EVENT_AFTER_CASES } from './cases/event-after';
import { EVENT_CHECK_IN_CASES } from './cases/event-check-in';
import { EVENT_ORGANISING_CASES } from './cases/event-organising';
import { EVENT_REGISTRATION_CASES } from './cases/event-registration';
import { FOCUS_GROUP_CASES } from './cases/focus-group';
import { FORUM_CASES } from './cases/forum';
import { IDENTITY_CASES } from './cases/identity';
import { LEARNING_CASES } from './cases/learning';
import type { ObjectCase } from './cases/object-case';
import { NOT_OBJECT_SCOPED, NOT_YET_COVERED } from './cases/outside';
import { REPORTING_CASES } from './cases/reporting';
import { SURVEY_CASES } from './cases/survey';
import { WEBINAR_CASES } from './cases/webinar';
import { bRoomUntouched, openRooms, ROOM_MESSAGE_CELLS, type Rooms } from './room-messages';
import { EVENT_WATCH_CASE, FORUM_FOLLOW_CASE, webinarDoorCells, type DoorCell } from './sockets';
import { ACTORS, buildWorld, type Actor, type World } from './world';

/**
 * The object-level matrix (issue 12): real objects of side B, and every actor aiming every
 * id route at them. The route-level matrix (../authz-matrix.int-spec.ts) asks "may this role
 * call this route at all"; this one asks "may this person act on this object". Identity's
 * cases come last: changing learnerB's roles ends learnerB's sign-in.
 */
const CASES: ObjectCase[] = [
  ...LEARNING_CASES,
  ...ASSESSMENT_CASES,
  ...CERTIFICATE_CASES,
  ...WEBINAR_CASES,
  ...FORUM_CASES,
  ...FOCUS_GROUP_CASES,
  ...SURVEY_CASES,
  ...BODY_ID_CASES,
  ...EVENT_ORGANISING_CASES,
  ...EVENT_CHECK_IN_CASES,
  ...EVENT_REGISTRATION_CASES,
  ...EVENT_AFTER_CASES,
  ...REPORTING_CASES,
  ...IDENTITY_CASES,
];

/** What an answer means for the matrix: the access rules said no, let the caller through, or broke. */
function outcome(status: number, refusals: readonly number[] = [403, 404]): 'denied' | 'allowed' | 'broken' {
  if (status >= 500 || status === 401) return 'broken';
  return refusals.includes(status) ? 'denied' : 'allowed';
}

describe("object-level access control (two of each kind of person, side B's objects)", () => {
  let w: World;

  beforeAll(async () => {
    w = await buildWorld();
  }, 240_000);
  afterAll(() => w?.t.close());

  it('every route with an id in its path has its expectations written down (or a reason why not)', () => {
    const idRoutes = listRoutes(w.t.app)
      .map((route) => route.key)
      .filter((key) => key.includes('/:'));
    const listed = [
      ...new Set(CASES.map((c) => c.route).filter((key) => key.includes('/:'))),
      ...Object.keys(NOT_OBJECT_SCOPED),
      ...Object.keys(NOT_YET_COVERED),
    ];
    expect(idRoutes.filter((key) => !listed.includes(key))).toEqual([]);
    expect(listed.filter((key) => !idRoutes.includes(key))).toEqual([]);
    expect(listed.filter((key, index) => listed.indexOf(key) !== index)).toEqual([]);
  });

  describe('sockets', () => {
    it.each(ACTORS)(`forum thread.follow of learnerB's thread as %s`, async (actor) => {
      const answer = await FORUM_FOLLOW_CASE.follow(w, actor);
      expect({ actor, followed: answer.ok, answer }).toMatchObject({
        actor,
        followed: FORUM_FOLLOW_CASE.allowed.includes(actor),
      });
    });

    it.each(ACTORS)(`events event.watch of B's event as %s`, async (actor) => {
      const answer = await EVENT_WATCH_CASE.watch(w, actor);
      expect({ actor, watched: answer.ok, answer }).toMatchObject({
        actor,
        watched: EVENT_WATCH_CASE.allowed.includes(actor),
      });
    });

    it.each(webinarDoorCells())('webinar door: %s', async (_name, cell: DoorCell) => {
      expect(await cell.knock(w)).toMatchObject(cell.expected);
    });
  });

  // Notifications have no id route: the ids ride in the body of POST /api/me/notifications/read.
  it.each(ACTORS.filter((actor) => actor !== 'learnerB'))(
    "POST /api/me/notifications/read naming learnerB's notification as %s: learnerB's stays unread",
    async (actor) => {
      const response = await w.t.api.post(
        '/api/me/notifications/read',
        { ids: [w.b.notificationId] },
        {
          token: w.people[actor].token,
        },
      );
      expect(response.status).toBe(200);
      const [row] = await w.t.db.query(`SELECT read_at FROM notifications WHERE id = $1`, [w.b.notificationId]);
      expect(row.read_at).toBeNull();
    },
  );

  // The allowed call of a destructive case is left out: it would remove or end B's object for the cells after it.
  const cells = CASES.flatMap((c) =>
    ACTORS.filter((actor) => !(c.destructive && c.allowed.includes(actor))).map(
      (actor) =>
        [c.route, c.via ?? "side B's object", actor, c.allowed.includes(actor) ? 'allowed' : 'denied', c] as const,
    ),
  );

  it.each(cells)('%s on %s as %s: %s', async (route, _via, actor: Actor, expected, c) => {
    const [method, pattern] = route.split(' ');
    const ids = [c.object(w)].flat();
    let next = 0;
    const query = typeof c.query === 'function' ? c.query(w) : c.query;
    const path = pattern.replace(/:\w+/g, () => encodeURIComponent(ids[next++])) + (query ? `?${query}` : '');
    const response = await w.t.api.request<ApiErrorBody>(method, path, c.body?.(w), {
      token: w.people[actor].token,
    });
    const code = typeof response.body === 'object' ? response.body?.code : undefined;
    // The answer's status and code ride along, so that a failing cell shows what came back.
    expect({ route, actor, outcome: outcome(response.status, c.refusedWith), status: response.status, code }).toEqual({
      route,
      actor,
      outcome: expected,
      status: response.status,
      code,
    });
  });

  // After the route cells (they open B's session as its host may): sockets inside A's room name B's room's things.
  describe("webinar room messages from A's room naming what is in B's", () => {
    let rooms: Rooms;
    beforeAll(async () => {
      rooms = await openRooms(w);
    }, 60_000);
    afterAll(() => rooms?.close());

    it.each(ROOM_MESSAGE_CELLS.map((cell) => [cell.message, cell.from, cell] as const))(
      '%s from %s: refused as unknown in their room',
      async (message, from, cell) => {
        const answer = await rooms.a[from].answer(message, cell.payload(rooms.b, rooms.a));
        expect({ message, code: answer.ok ? 'accepted' : answer.error.code }).toEqual({ message, code: cell.refused });
      },
    );

    it("and B's room is as it was: message, question, poll, people, producer and consumer", async () => {
      expect(await bRoomUntouched(w, rooms.b)).toEqual({
        messageDeletedAt: null,
        questionAnsweredAt: null,
        questionVotes: 0,
        pollClosedAt: null,
        pollVotes: 0,
        bans: 0,
        producerStillThere: true,
        consumerStillThere: true,
      });
    });
  });
});
