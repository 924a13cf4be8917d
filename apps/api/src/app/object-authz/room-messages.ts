import type { WebinarAck, WebinarClientMessage, WebinarJoinTicket } from '@bina-pustaka/shared-contracts';
import { io, type Socket } from 'socket.io-client';
import type { Actor, World } from './world';

/** Opus only: enough for a producer to exist and be consumed; no media is ever sent. */
const RTP_CAPABILITIES = {
  codecs: [{ kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: 100 }],
  headerExtensions: [],
};
const MIC_RTP_PARAMETERS = {
  codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
  encodings: [{ ssrc: 424242 }],
};

/** One person's socket in a webinar room, past the door and joined. */
class RoomSocket {
  constructor(private readonly socket: Socket) {}

  static async enter(w: World, actor: Actor, sessionId: string): Promise<RoomSocket> {
    const ticket = await w.t.api.post<WebinarJoinTicket>(`/api/webinars/${sessionId}/join-ticket`, undefined, {
      token: w.people[actor].token,
    });
    if (ticket.status >= 300) throw new Error(`${actor}'s ticket: ${ticket.status} ${JSON.stringify(ticket.body)}`);
    const socket = io(`${await w.t.app.getUrl()}/webinar`, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { token: ticket.body.token, sessionId },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(new Error(`${actor} refused at the door: ${error.message}`)));
    });
    const room = new RoomSocket(socket);
    await room.request('room:join', { rtpCapabilities: RTP_CAPABILITIES });
    return room;
  }

  answer(message: WebinarClientMessage, payload: unknown): Promise<WebinarAck<unknown>> {
    return this.socket.timeout(10_000).emitWithAck(message, payload);
  }

  async request<T = unknown>(message: WebinarClientMessage, payload: unknown): Promise<T> {
    const answer = await this.answer(message, payload);
    if (!answer.ok) throw new Error(`${message}: ${answer.error.code}`);
    return answer.data as T;
  }

  close(): void {
    this.socket.close();
  }
}

/** B's room with something of everyone's kind in it, and A's room beside it. */
export interface Rooms {
  /** trainerA hosts A's room; learnerA attends it, with a transport to receive on. */
  a: Record<'trainerA' | 'learnerA', RoomSocket> & { recvTransportId: string };
  b: {
    host: RoomSocket;
    member: RoomSocket;
    messageId: string;
    questionId: string;
    pollId: string;
    transportId: string;
    producerId: string;
    consumerId: string;
    /** In B's room only: coordinatorB, who consumes trainerB's microphone. */
    memberId: string;
    hostId: string;
  };
  close(): void;
}

async function open(w: World, host: Actor, sessionId: string): Promise<void> {
  const opened = await w.t.api.post(`/api/webinars/${sessionId}/open`, undefined, { token: w.people[host].token });
  // 409: already live (the REST cells open B's session as its host may).
  if (opened.status >= 300 && opened.status !== 409) throw new Error(`opening ${sessionId}: ${opened.status}`);
}

/**
 * Opens both sessions: in B's, trainerB chats, asks, starts a poll and sends a microphone
 * that coordinatorB receives; in A's, trainerA hosts and learnerA attends. Everything B
 * made has an id a socket of A's room could name.
 */
export async function openRooms(w: World): Promise<Rooms> {
  await open(w, 'trainerB', w.b.webinarId);
  await open(w, 'trainerA', w.a.webinarId);
  const host = await RoomSocket.enter(w, 'trainerB', w.b.webinarId);
  const member = await RoomSocket.enter(w, 'coordinatorB', w.b.webinarId);
  const message = await host.request<{ id: string }>('chat:send', { body: 'Selamat datang di ruang B.' });
  const question = await host.request<{ id: string }>('qa:ask', { body: 'Siapa yang sudah membaca modulnya?' });
  const poll = await host.request<{ id: string }>('poll:create', { question: 'Sudah siap?', options: ['Ya', 'Belum'] });
  const send = await host.request<{ id: string }>('transport:create', { direction: 'send' });
  const { producerId } = await host.request<{ producerId: string }>('media:produce', {
    transportId: send.id,
    kind: 'audio',
    source: 'mic',
    rtpParameters: MIC_RTP_PARAMETERS,
  });
  const recv = await member.request<{ id: string }>('transport:create', { direction: 'recv' });
  const consumer = await member.request<{ consumerId: string }>('media:consume', { transportId: recv.id, producerId });
  const sockets = {
    trainerA: await RoomSocket.enter(w, 'trainerA', w.a.webinarId),
    learnerA: await RoomSocket.enter(w, 'learnerA', w.a.webinarId),
  };
  const learnerATransport = await sockets.learnerA.request<{ id: string }>('transport:create', { direction: 'recv' });
  return {
    a: { ...sockets, recvTransportId: learnerATransport.id },
    b: {
      host,
      member,
      messageId: message.id,
      questionId: question.id,
      pollId: poll.id,
      transportId: send.id,
      producerId,
      consumerId: consumer.consumerId,
      memberId: w.people.coordinatorB.id,
      hostId: w.people.trainerB.id,
    },
    close: () => [host, member, sockets.trainerA, sockets.learnerA].forEach((socket) => socket.close()),
  };
}

export interface RoomMessageCell {
  /** Who sends it from A's room: its host (every moderator's message) or an attendee. */
  from: 'trainerA' | 'learnerA';
  message: WebinarClientMessage;
  payload: (b: Rooms['b'], a: Rooms['a']) => Record<string, unknown>;
  refused: string;
}

/**
 * Every room message that names something by id, sent from A's room naming B's: the room
 * a socket joined is the only one its messages reach, so each is refused as unknown there.
 */
export const ROOM_MESSAGE_CELLS: RoomMessageCell[] = [
  {
    from: 'trainerA',
    message: 'chat:delete',
    payload: (b) => ({ messageId: b.messageId }),
    refused: 'webinar.messageUnknown',
  },
  {
    from: 'learnerA',
    message: 'qa:upvote',
    payload: (b) => ({ questionId: b.questionId }),
    refused: 'webinar.questionUnknown',
  },
  {
    from: 'trainerA',
    message: 'qa:answered',
    payload: (b) => ({ questionId: b.questionId }),
    refused: 'webinar.questionUnknown',
  },
  {
    from: 'learnerA',
    message: 'poll:vote',
    payload: (b) => ({ pollId: b.pollId, option: 0 }),
    refused: 'webinar.pollUnknown',
  },
  { from: 'trainerA', message: 'poll:close', payload: (b) => ({ pollId: b.pollId }), refused: 'webinar.pollUnknown' },
  { from: 'trainerA', message: 'host:admit', payload: (b) => ({ userId: b.memberId }), refused: 'webinar.notWaiting' },
  { from: 'trainerA', message: 'host:deny', payload: (b) => ({ userId: b.memberId }), refused: 'webinar.notWaiting' },
  {
    from: 'trainerA',
    message: 'host:mute',
    payload: (b) => ({ userId: b.hostId }),
    refused: 'webinar.personNotInRoom',
  },
  {
    from: 'trainerA',
    message: 'host:stopVideo',
    payload: (b) => ({ userId: b.hostId }),
    refused: 'webinar.personNotInRoom',
  },
  {
    from: 'trainerA',
    message: 'host:allowSpeak',
    payload: (b) => ({ userId: b.memberId, allowed: true }),
    refused: 'webinar.personNotInRoom',
  },
  {
    from: 'trainerA',
    message: 'host:setRole',
    payload: (b) => ({ userId: b.memberId, role: 'moderator' }),
    refused: 'webinar.personNotInRoom',
  },
  {
    from: 'trainerA',
    message: 'host:remove',
    payload: (b) => ({ userId: b.memberId }),
    refused: 'webinar.personNotInRoom',
  },
  {
    from: 'trainerA',
    message: 'transport:connect',
    payload: (b) => ({ transportId: b.transportId, dtlsParameters: { role: 'client', fingerprints: [] } }),
    refused: 'webinar.transportUnknown',
  },
  {
    from: 'trainerA',
    message: 'media:produce',
    payload: (b) => ({ transportId: b.transportId, kind: 'audio', source: 'mic', rtpParameters: MIC_RTP_PARAMETERS }),
    refused: 'webinar.transportUnknown',
  },
  {
    from: 'trainerA',
    message: 'media:closeProducer',
    payload: (b) => ({ producerId: b.producerId }),
    refused: 'webinar.producerUnknown',
  },
  {
    from: 'trainerA',
    message: 'media:pauseProducer',
    payload: (b) => ({ producerId: b.producerId }),
    refused: 'webinar.producerUnknown',
  },
  {
    from: 'trainerA',
    message: 'media:resumeProducer',
    payload: (b) => ({ producerId: b.producerId }),
    refused: 'webinar.producerUnknown',
  },
  {
    from: 'learnerA',
    message: 'media:consume',
    payload: (b, a) => ({ transportId: a.recvTransportId, producerId: b.producerId }),
    refused: 'webinar.producerUnknown',
  },
  {
    from: 'learnerA',
    message: 'media:resumeConsumer',
    payload: (b) => ({ consumerId: b.consumerId }),
    refused: 'webinar.consumerUnknown',
  },
  {
    from: 'learnerA',
    message: 'media:pauseConsumer',
    payload: (b) => ({ consumerId: b.consumerId }),
    refused: 'webinar.consumerUnknown',
  },
  {
    from: 'learnerA',
    message: 'media:preferLayers',
    payload: (b) => ({ consumerId: b.consumerId, spatialLayer: 0 }),
    refused: 'webinar.consumerUnknown',
  },
];

/** What B's room holds after every cell: nothing A's room sent reached it. */
export async function bRoomUntouched(w: World, b: Rooms['b']): Promise<Record<string, unknown>> {
  const [row] = await w.t.db.query(
    `SELECT (SELECT deleted_at FROM webinar_chat_messages WHERE id = $1) AS "messageDeletedAt",
            (SELECT answered_at FROM webinar_questions WHERE id = $2) AS "questionAnsweredAt",
            (SELECT count(*)::int FROM webinar_question_votes WHERE question_id = $2) AS "questionVotes",
            (SELECT closed_at FROM webinar_polls WHERE id = $3) AS "pollClosedAt",
            (SELECT count(*)::int FROM webinar_poll_votes WHERE poll_id = $3) AS "pollVotes",
            (SELECT count(*)::int FROM webinar_bans WHERE session_id = $4) AS "bans"`,
    [b.messageId, b.questionId, b.pollId, w.b.webinarId],
  );
  // Their owners can still use them: the producer and the consumer were not closed.
  const producer = await b.host.answer('media:pauseProducer', { producerId: b.producerId });
  const consumer = await b.member.answer('media:pauseConsumer', { consumerId: b.consumerId });
  return { ...row, producerStillThere: producer.ok, consumerStillThere: consumer.ok };
}
