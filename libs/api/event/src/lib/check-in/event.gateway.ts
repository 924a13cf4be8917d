import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  AccessTokensService,
  AppError,
  APP_CONFIG,
  authenticate,
  describeError,
  localeFromAcceptLanguage,
  PrincipalSource,
  RequestValidationError,
  SocketServerService,
  TokenBucket,
  translate,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import {
  EVENT_LIVE_NAMESPACE,
  type EventLiveAck,
  type EventLiveClientMessage,
  type EventLiveClientToServerEvents,
  type EventLiveServerEvents,
  type EventRegistrationCounts,
  type ForumLiveEndReason,
  type Locale,
} from '@bina-pustaka/shared-contracts';
// The handshake is the forum's: the REST access token, nothing else.
import { eventLiveMessageSchemas, forumLiveHandshakeSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { Namespace, Socket } from 'socket.io';
import { EventManagersService } from '../shared/event-managers.service';

/** Watching is rare (a page or the door opens); a burst covers a few tabs, then one a second. */
const MESSAGE_RATE = { perSecond: 1, burst: 10 };
/** Events one socket may watch at once (a page watches one; a stale tab should not pile them up). */
const MAX_WATCHED = 10;

interface EventSocketData {
  userId: string;
  /** The sign-in the token belongs to: when it ends, so does the socket. */
  authSessionId: string;
  locale: Locale;
}

type EventSocket = Socket<EventLiveClientToServerEvents, EventLiveServerEvents, Record<string, never>, EventSocketData>;

const roomOf = (eventId: string) => `event:${eventId}`;
const eventOfRoom = (room: string) => (room.startsWith('event:') ? room.slice('event:'.length) : null);

/**
 * The socket.io namespace /events: the door's phones and the organiser's page hear an
 * event's counts as people register and arrive. The handshake takes the REST access token
 * (as /forum does); watching an event is the managers' check of GET /api/events/:eventId,
 * made with the person's current roles, so a stranger's watch is refused as a 404 is. The
 * rooms hold this node's sockets; `deliver` is called on every node (EventLiveRelayService).
 */
@Injectable()
export class EventGateway implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventGateway.name);
  private namespace: Namespace | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sockets: SocketServerService,
    private readonly tokens: AccessTokensService,
    private readonly principals: PrincipalSource,
    private readonly managers: EventManagersService,
    private readonly directory: UserDirectoryService,
  ) {}

  onApplicationBootstrap(): void {
    this.namespace = this.sockets.namespace(EVENT_LIVE_NAMESPACE);
    this.namespace.use((socket, next) => {
      this.admit(socket as EventSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    this.namespace.on('connection', (socket) => this.connected(socket as EventSocket));
  }

  /** Tells this node's watchers of the event its new counts. */
  deliver(eventId: string, counts: EventRegistrationCounts): void {
    this.namespace?.to(roomOf(eventId)).emit('event.counts', { eventId, counts });
  }

  /**
   * Looks over this node's sockets of one person again: an ended sign-in or a disabled
   * account closes them (a changed password closes all); an event they no longer manage
   * (a role taken away) is watched no more.
   */
  async recheck(userId: string, passwordChanged: boolean): Promise<void> {
    if (!this.namespace) return;
    const sockets = [...this.namespace.sockets.values()].filter((socket) => socket.data.userId === userId);
    await Promise.all(sockets.map((socket) => this.recheckSocket(socket as EventSocket, passwordChanged)));
  }

  private async recheckSocket(socket: EventSocket, passwordChanged: boolean): Promise<void> {
    if (passwordChanged) return this.end(socket, 'passwordChanged');
    const principal = await this.principals.findActive(socket.data.userId, socket.data.authSessionId);
    if (!principal) return this.end(socket, await this.endReason(socket));
    // A copy: leaving changes the set.
    for (const room of [...socket.rooms]) {
      const eventId = eventOfRoom(room);
      if (eventId && !(await this.managers.manages(principal, eventId))) await socket.leave(room);
    }
  }

  /** The door: the access token as REST takes it, of a live sign-in of an active person. */
  private async admit(socket: EventSocket): Promise<void> {
    const locale = localeFromAcceptLanguage(socket.handshake.headers['accept-language']);
    const auth = forumLiveHandshakeSchema.safeParse(socket.handshake.auth);
    try {
      if (!auth.success) throw new AppError(401, 'auth.tokenMissing');
      const principal = await authenticate(`Bearer ${auth.data.token}`, this.tokens, this.principals);
      socket.data = { userId: principal.userId, authSessionId: principal.sessionId, locale };
    } catch (error) {
      // Anything but the access rules' answer (the database away) is logged, and refuses too.
      if (!(error instanceof AppError)) this.logger.error(`events handshake: ${describeUnexpected(error)}`);
      const code = error instanceof AppError ? error.code : 'event.liveFailed';
      throw Object.assign(new Error(translate(locale, code)), { data: { code } });
    }
  }

  private connected(socket: EventSocket): void {
    const rate = new TokenBucket(MESSAGE_RATE.perSecond, MESSAGE_RATE.burst);
    for (const message of Object.keys(eventLiveMessageSchemas) as EventLiveClientMessage[]) {
      socket.on(message, (payload: unknown, ack: unknown) => {
        // Every message is acknowledged; one without a callback is not from our client.
        if (typeof ack !== 'function') return;
        const reply = ack as (answer: EventLiveAck) => void;
        if (!rate.take()) return reply(this.failure(new AppError(429, 'event.liveTooFast'), socket.data.locale));
        this.handle(socket, message, payload).then(
          () => reply({ ok: true, data: null }),
          (error: unknown) => reply(this.failure(error, socket.data.locale)),
        );
      });
    }
  }

  private async handle(socket: EventSocket, message: EventLiveClientMessage, payload: unknown): Promise<void> {
    const parsed = eventLiveMessageSchemas[message].safeParse(payload ?? {});
    if (!parsed.success) throw new RequestValidationError(parsed.error.issues, payload);
    const room = roomOf(parsed.data.eventId);
    if (message === 'event.unwatch') return socket.leave(room);
    // The same check as GET /api/events/:eventId: an event the person does not manage is a 404.
    await this.managers.assertManages(await this.principal(socket), parsed.data.eventId);
    const watched = [...socket.rooms].filter((name) => eventOfRoom(name) !== null);
    if (!watched.includes(room) && watched.length >= MAX_WATCHED)
      throw new AppError(422, 'event.liveTooManyEvents', { max: MAX_WATCHED });
    await socket.join(room);
  }

  /** The person now (roles, status), not as at the handshake; an ended sign-in ends the socket. */
  private async principal(socket: EventSocket): Promise<Principal> {
    const principal = await this.principals.findActive(socket.data.userId, socket.data.authSessionId);
    if (principal) return principal;
    // After the refusal is acknowledged (the reason takes a query).
    void this.endReason(socket).then((reason) => this.end(socket, reason));
    throw new AppError(401, 'auth.sessionEnded');
  }

  /** Disabled or signed out: findActive answers null for both, so the account's status tells. */
  private async endReason(socket: EventSocket): Promise<ForumLiveEndReason> {
    const person = (await this.directory.byIds([socket.data.userId])).get(socket.data.userId);
    return person?.status === 'active' ? 'signedOut' : 'accountDisabled';
  }

  private end(socket: EventSocket, reason: ForumLiveEndReason): void {
    if (!socket.connected) return;
    socket.emit('session.ended', { reason });
    socket.disconnect(true);
    this.logger.log(`events socket of ${socket.data.userId} ended: ${reason}`);
  }

  private failure(error: unknown, locale: Locale): EventLiveAck {
    const described = describeError(error, locale, this.config.http.bodyLimitBytes);
    if (described.unexpected) this.logger.error(describeUnexpected(error));
    const code =
      error instanceof AppError
        ? error.code
        : error instanceof RequestValidationError
          ? 'validation.failed'
          : 'event.liveFailed';
    return { ok: false, error: { code, message: described.body.message } };
  }
}

const describeUnexpected = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);
