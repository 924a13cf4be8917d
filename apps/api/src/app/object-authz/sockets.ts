import { EVENT_LIVE_NAMESPACE, FORUM_LIVE_NAMESPACE, type WebinarJoinTicket } from '@bina-pustaka/shared-contracts';
import { io, type Socket } from 'socket.io-client';
import { bAnd } from './cases/object-case';
import type { Actor, World } from './world';

/** Connects to a namespace; resolves with the socket, or with the refusal's code. */
async function connect(
  w: World,
  namespace: string,
  auth: Record<string, unknown>,
): Promise<Socket | { refused: string }> {
  const socket = io(`${await w.t.app.getUrl()}${namespace}`, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve({ refused: error.data?.code ?? error.message });
    });
  });
}

/** thread.follow names a thread: the read check of GET /api/forum-threads/:threadId (course B's members). */
export const FORUM_FOLLOW_CASE = {
  allowed: bAnd('learnerB', 'trainerB'),
  async follow(w: World, actor: Actor): Promise<{ ok: boolean }> {
    const socket = await connect(w, FORUM_LIVE_NAMESPACE, { token: w.people[actor].token });
    if (!('connected' in socket)) throw new Error(`${actor} was not let into the forum namespace: ${socket.refused}`);
    try {
      return await socket.timeout(5_000).emitWithAck('thread.follow', { threadId: w.b.threadId });
    } finally {
      socket.close();
    }
  },
};

/** event.watch names an event: the managers' check of GET /api/events/:eventId (its organiser trainerB and the staff). */
export const EVENT_WATCH_CASE = {
  allowed: bAnd('trainerB'),
  async watch(w: World, actor: Actor): Promise<{ ok: boolean }> {
    const socket = await connect(w, EVENT_LIVE_NAMESPACE, { token: w.people[actor].token });
    if (!('connected' in socket)) throw new Error(`${actor} was not let into the events namespace: ${socket.refused}`);
    try {
      return await socket.timeout(5_000).emitWithAck('event.watch', { eventId: w.b.eventId });
    } finally {
      socket.close();
    }
  },
};

async function ticket(w: World, actor: Actor, sessionId: string): Promise<string> {
  const response = await w.t.api.post<WebinarJoinTicket>(`/api/webinars/${sessionId}/join-ticket`, undefined, {
    token: w.people[actor].token,
  });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`${actor}'s ticket for ${sessionId}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.token;
}

async function knockAtB(w: World, token: string): Promise<{ admitted: boolean; refused?: string }> {
  const socket = await connect(w, '/webinar', { token, sessionId: w.b.webinarId });
  if ('connected' in socket) {
    socket.close();
    return { admitted: true };
  }
  return { admitted: false, refused: socket.refused };
}

export interface DoorCell {
  knock(w: World): Promise<{ admitted: boolean; refused?: string }>;
  expected: { admitted: boolean; refused?: string };
}

/**
 * The webinar's door names a session (handshake { token, sessionId }). learnerA is not in
 * B's audience, so REST gives them no ticket for it (join-ticket is a case of the matrix);
 * here they try the door with what they do have.
 */
export function webinarDoorCells(): [string, DoorCell][] {
  return [
    [
      "learnerB with a ticket for B's session: admitted",
      { knock: async (w) => knockAtB(w, await ticket(w, 'learnerB', w.b.webinarId)), expected: { admitted: true } },
    ],
    [
      "learnerA with their ticket for A's session, at B's: refused",
      {
        knock: async (w) => knockAtB(w, await ticket(w, 'learnerA', w.a.webinarId)),
        expected: { admitted: false, refused: 'webinar.ticketInvalid' },
      },
    ],
    [
      "trainerA with their host's ticket for A's session, at B's: refused",
      {
        knock: async (w) => knockAtB(w, await ticket(w, 'trainerA', w.a.webinarId)),
        expected: { admitted: false, refused: 'webinar.ticketInvalid' },
      },
    ],
    [
      "learnerA with their sign-in token as a ticket, at B's: refused",
      {
        knock: (w) => knockAtB(w, w.people.learnerA.token),
        expected: { admitted: false, refused: 'webinar.ticketInvalid' },
      },
    ],
  ];
}
