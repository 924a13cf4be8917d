import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  AppError,
  APP_CONFIG,
  describeError,
  localeFromAcceptLanguage,
  PrincipalSource,
  RequestValidationError,
  SocketServerService,
  TokenBucket,
  translate,
  type AppConfig,
} from '@bina-pustaka/api-platform';
import type { Locale, WebinarAck } from '@bina-pustaka/shared-contracts';
import { webinarClientMessageSchemas, webinarHandshakeSchema } from '@bina-pustaka/shared-contracts/schemas';
import { WebinarSessionsService } from '../sessions/webinar-sessions.service';
import { WebinarTicketsService } from '../join/webinar-tickets.service';
import { ConversationHandlers } from './handlers/conversation.handlers';
import { HostHandlers } from './handlers/host.handlers';
import { JoinHandlers } from './handlers/join.handlers';
import { MediaHandlers } from './handlers/media.handlers';
import { Peer, type WebinarSocket } from './peer';
import type { Room } from './room';
import type { RoomHandler } from './room-handler';
import { RoomRegistryService } from './room-registry.service';

/** Messages per socket: a burst for joining (a dozen media messages at once), then a steady rate. */
const MESSAGE_RATE = { perSecond: 20, burst: 60 };
/** What people type (chat, questions): enough to talk, not to flood. */
const TYPED_RATE = { perSecond: 1, burst: 5 };

type Refusal = Error & { data: { code: string } };

function refusal(locale: Locale, code: string): Refusal {
  return Object.assign(new Error(translate(locale, code)), { data: { code } });
}

/**
 * The socket.io namespace /webinar on the api's HTTP server. The handshake redeems a join
 * ticket before anything else (a bad, expired, spent or other-session ticket, an ended
 * sign-in, or a person removed or no longer in the audience gets no socket and no
 * transport); then each message goes to its one handler after the rate limit, its schema
 * and its role rule.
 */
@Injectable()
export class WebinarGateway implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebinarGateway.name);
  private readonly handlers = new Map<string, RoomHandler>();
  /** Every socket of this process by id, in the room, its lobby or not joined yet. */
  private readonly connections = new Map<string, Peer>();
  constructor(
    private readonly sockets: SocketServerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tickets: WebinarTicketsService,
    private readonly sessions: WebinarSessionsService,
    private readonly principals: PrincipalSource,
    private readonly registry: RoomRegistryService,
    join: JoinHandlers,
    media: MediaHandlers,
    conversation: ConversationHandlers,
    host: HostHandlers,
  ) {
    for (const handler of [join, media, conversation, host].flatMap((group) => group.handlers())) {
      if (this.handlers.has(handler.message)) throw new Error(`two handlers for ${handler.message}`);
      this.handlers.set(handler.message, handler);
    }
    const unhandled = Object.keys(webinarClientMessageSchemas).filter((message) => !this.handlers.has(message));
    if (unhandled.length > 0) throw new Error(`no handler for ${unhandled.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    const namespace = this.sockets.namespace('/webinar');
    namespace.use((socket, next) => {
      this.admit(socket as WebinarSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    namespace.on('connection', (socket) => this.connected(socket as WebinarSocket));
  }

  /** The people connected to this process (the access watch looks them over again). */
  connectedPeers(): Peer[] {
    return [...this.connections.values()];
  }

  /**
   * The door: only a valid ticket for this session, once, while its sign-in lasts, from
   * someone not removed. The role is the one they have now, not the ticket's of a minute ago.
   */
  private async admit(socket: WebinarSocket): Promise<void> {
    const locale = localeFromAcceptLanguage(socket.handshake.headers['accept-language']);
    const auth = webinarHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) throw refusal(locale, 'webinar.ticketInvalid');
    const claims = await this.tickets.redeem(auth.data.token, auth.data.sessionId);
    if (!claims) throw refusal(locale, 'webinar.ticketInvalid');
    const session = await this.sessions.find(claims.sessionId);
    if (!session || (session.status !== 'scheduled' && session.status !== 'live')) {
      throw refusal(locale, 'webinar.closed');
    }
    if (await this.sessions.isBanned(session.id, claims.userId)) throw refusal(locale, 'webinar.removed');
    const principal = await this.principals.findActive(claims.userId, claims.authSessionId);
    if (!principal) throw refusal(locale, 'webinar.ticketInvalid');
    const role = await this.sessions.roleOf(principal, session);
    if (!role) throw refusal(locale, 'webinar.notInAudience');
    await this.registry.getOrCreate(session);
    socket.data = {
      userId: claims.userId,
      sessionId: session.id,
      authSessionId: claims.authSessionId,
      role,
      name: principal.user.fullName,
    };
  }

  private connected(socket: WebinarSocket): void {
    const { userId, sessionId, role, name } = socket.data;
    const room = this.registry.get(sessionId);
    if (!room) {
      socket.disconnect(true);
      return;
    }
    const locale = localeFromAcceptLanguage(socket.handshake.headers['accept-language']);
    room.members.replaceEarlier(userId, socket.id);
    const peer = new Peer(sessionId, userId, name, room.members.roleOf(userId, role), socket);
    this.connections.set(socket.id, peer);
    const rates = {
      messages: new TokenBucket(MESSAGE_RATE.perSecond, MESSAGE_RATE.burst),
      typed: new TokenBucket(TYPED_RATE.perSecond, TYPED_RATE.burst),
    };
    for (const handler of this.handlers.values()) {
      socket.on(handler.message, (payload: unknown, ack: unknown) => {
        // Every message is acknowledged; one without a callback is not from our client.
        if (typeof ack !== 'function') return;
        const reply = ack as (answer: WebinarAck<unknown>) => void;
        if (!rates.messages.take() || (handler.typed && !rates.typed.take())) {
          reply(this.failure(new AppError(429, 'webinar.tooFast'), locale));
          return;
        }
        this.dispatch(handler, room, peer, payload).then(reply, (error: unknown) => reply(this.failure(error, locale)));
      });
    }
    socket.on('disconnect', () => {
      this.connections.delete(socket.id);
      room.members.leave(peer).catch((error: Error) => this.logger.error(`leaving ${sessionId}: ${error.message}`));
    });
  }

  private async dispatch(handler: RoomHandler, room: Room, peer: Peer, payload: unknown): Promise<WebinarAck<unknown>> {
    const schema = webinarClientMessageSchemas[handler.message];
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) throw new RequestValidationError(parsed.error.issues, payload);
    if (room.isClosed) throw new AppError(409, 'webinar.closed');
    if (handler.who !== 'connected' && room.members.peers.get(peer.userId) !== peer)
      throw new AppError(409, 'webinar.notInRoom');
    if (Array.isArray(handler.who) && !handler.who.includes(peer.role)) throw new AppError(403, 'webinar.notAllowed');
    return { ok: true, data: await handler.handle({ room, peer }, parsed.data as never) };
  }

  private failure(error: unknown, locale: Locale): WebinarAck<unknown> {
    const described = describeError(error, locale, this.config.http.bodyLimitBytes);
    if (described.unexpected)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const code =
      error instanceof AppError
        ? error.code
        : error instanceof RequestValidationError
          ? 'validation.failed'
          : 'webinar.failed';
    return { ok: false, error: { code, message: described.body.message } };
  }
}
