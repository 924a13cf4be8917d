import type { World } from '../world';
import { bAnd, type ObjectCase } from './object-case';

const group = { object: (w: World) => w.b.focusGroupId };
const inGroup = (pick: (w: World) => string) => ({ object: (w: World) => [w.b.focusGroupId, pick(w)] });
/** Group B: trainerB facilitates, learnerB is a member; the staff run every group. */
const PEOPLE = bAnd('learnerB', 'trainerB');
/** Who changes it: its facilitator and the staff (a member may read, not change: 403). */
const RUNNERS = bAnd('trainerB');

export const FOCUS_GROUP_CASES: ObjectCase[] = [
  { route: 'GET /api/focus-groups/:groupId', ...group, allowed: PEOPLE },
  { route: 'PATCH /api/focus-groups/:groupId', ...group, body: () => ({ allowAnonymous: false }), allowed: RUNNERS },
  { route: 'GET /api/focus-groups/:groupId/summary.pdf', ...group, allowed: PEOPLE },
  {
    route: 'POST /api/focus-groups/:groupId/people',
    ...group,
    body: (w) => ({ userIds: [w.people.learnerB.id] }),
    allowed: RUNNERS,
  },
  {
    route: 'PATCH /api/focus-groups/:groupId/people/:userId',
    ...inGroup((w) => w.people.learnerB.id),
    body: () => ({ role: 'member' }),
    allowed: RUNNERS,
  },
  {
    route: 'DELETE /api/focus-groups/:groupId/people/:userId',
    ...inGroup((w) => w.people.learnerB.id),
    allowed: RUNNERS,
    destructive: true,
  },
  {
    route: 'POST /api/focus-groups/:groupId/sessions',
    ...group,
    body: () => ({
      title: 'Sesi 2',
      startsAt: '2027-01-20T07:00:00.000Z',
      durationMinutes: 90,
      mode: 'in-person',
      location: 'Ruang Rapat',
    }),
    allowed: RUNNERS,
  },
  {
    route: 'PATCH /api/focus-groups/:groupId/sessions/:sessionId',
    ...inGroup((w) => w.b.focusSessionId),
    body: () => ({ title: 'Sesi 1' }),
    allowed: RUNNERS,
  },
  {
    route: 'PUT /api/focus-groups/:groupId/sessions/:sessionId/notes',
    ...inGroup((w) => w.b.focusSessionId),
    body: () => ({ notesMarkdown: 'Peserta membahas jam layanan.' }),
    allowed: RUNNERS,
  },
  {
    route: 'POST /api/focus-groups/:groupId/findings',
    ...group,
    body: () => ({ challenge: 'Koleksi digital sulit ditemukan.', tag: 'koleksi', raisedByCount: 1 }),
    allowed: RUNNERS,
  },
  {
    route: 'PATCH /api/focus-groups/:groupId/findings/:findingId',
    ...inGroup((w) => w.b.findingId),
    body: () => ({ tag: 'layanan' }),
    allowed: RUNNERS,
  },
  {
    route: 'DELETE /api/focus-groups/:groupId/findings/:findingId',
    ...inGroup((w) => w.b.findingId),
    allowed: RUNNERS,
    destructive: true,
  },
  {
    route: 'POST /api/focus-groups/:groupId/actions',
    ...group,
    body: (w) => ({ what: 'Membuat templat jawaban cepat', ownerId: w.people.learnerB.id, dueOn: '2027-02-28' }),
    allowed: RUNNERS,
  },
  {
    route: 'PATCH /api/focus-groups/:groupId/actions/:actionId',
    ...inGroup((w) => w.b.actionId),
    body: () => ({ what: 'Menyusun jam layanan daring' }),
    allowed: RUNNERS,
  },
  {
    route: 'DELETE /api/focus-groups/:groupId/actions/:actionId',
    ...inGroup((w) => w.b.actionId),
    allowed: RUNNERS,
    destructive: true,
  },
  // A's group with B's finding, session, action or member: whoever runs A's group (trainerA,
  // coordinatorA) or any group (the staff), the item is not A's group's, so nobody reaches it.
  ...(
    [
      ['PATCH /api/focus-groups/:groupId/findings/:findingId', (w: World) => w.b.findingId, { tag: 'layanan' }],
      ['DELETE /api/focus-groups/:groupId/findings/:findingId', (w: World) => w.b.findingId, undefined],
      ['PATCH /api/focus-groups/:groupId/sessions/:sessionId', (w: World) => w.b.focusSessionId, { title: 'Sesi 1' }],
      [
        'PUT /api/focus-groups/:groupId/sessions/:sessionId/notes',
        (w: World) => w.b.focusSessionId,
        { notesMarkdown: 'Catatan.' },
      ],
      [
        'PATCH /api/focus-groups/:groupId/actions/:actionId',
        (w: World) => w.b.actionId,
        { what: 'Menyusun jam layanan' },
      ],
      ['DELETE /api/focus-groups/:groupId/actions/:actionId', (w: World) => w.b.actionId, undefined],
      ['PATCH /api/focus-groups/:groupId/people/:userId', (w: World) => w.people.learnerB.id, { role: 'facilitator' }],
      ['DELETE /api/focus-groups/:groupId/people/:userId', (w: World) => w.people.learnerB.id, undefined],
    ] as const
  ).map(
    ([route, item, body]): ObjectCase => ({
      route,
      via: "B's item through A's group",
      object: (w) => [w.a.focusGroupId, item(w)],
      body: body && (() => body),
      allowed: [],
    }),
  ),
];
