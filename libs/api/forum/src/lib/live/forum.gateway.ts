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
  FORUM_LIVE_NAMESPACE,
  type ForumLiveAck,
  type ForumLiveClientMessage,
  type ForumLiveClientToServerEvents,
  type ForumLiveEndReason,
  type ForumLiveServerEvents,
  type Locale,
} from '@bina-pustaka/shared-contracts';
import { forumLiveHandshakeSchema, forumLiveMessageSchemas } from '@bina-pustaka/shared-contracts/schemas';
import type { Namespace, Socket } from 'socket.io';
import { ForumAccessService } from '../access/forum-access.service';
import type { ForumLiveNotice } from '../shared/forum-live-changes.service';

/** Follows are few and cheap; a burst covers opening a few tabs' worth, then one a second. */
const MESSAGE_RATE = { perSecond: 1, burst: 10 };
/** Threads one socket may follow at once (a page follows one; a stale tab should not pile them up). */
const MAX_FOLLOWED = 20;

/** Who is behind a socket, from its handshake. */
interface ForumSocketData {
  userId: string;
  /** The sign-in the token belongs to: when it ends, so does the socket. */
  authSessionId: string;
  locale: Locale;
}

type ForumSocket = Socket<ForumLiveClientToServerEvents, ForumLiveServerEvents, Record<string, never>, ForumSocketData>;

const roomOf = (threadId: string) => `thread:${threadId}`;
const threadOfRoom = (room: string) => (room.startsWith('thread:') ? room.slice('thread:'.length) : null);

/**
 * The socket.io namespace /forum: a thread open in the browser hears its replies, edits,
 * deletes, thanks and answer live. The handshake takes the REST access token (a missing,
 * forged, expired token, an ended sign-in or a disabled account gets no socket); following
 * a thread is the same read check as GET /api/forum-threads/:id, made with the person's
 * current roles and courses. The rooms hold this node's sockets; `deliver` is called on
 * every node for every change (ForumLiveRelayService).
 */
@Injectable()
export class ForumGateway implements OnApplicationBootstrap {
  private readonly logger = new Logger(ForumGateway.name);
  private namespace: Namespace | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sockets: SocketServerService,
    private readonly tokens: AccessTokensService,
    private readonly principals: PrincipalSource,
    private readonly access: ForumAccessService,
    private readonly directory: UserDirectoryService,
  ) {}

  onApplicationBootstrap(): void {
    this.namespace = this.sockets.namespace(FORUM_LIVE_NAMESPACE);
    this.namespace.use((socket, next) => {
      this.admit(socket as ForumSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    this.namespace.on('connection', (socket) => this.connected(socket as ForumSocket));
  }

  /**
   * Tells this node's followers of the thread what changed. After a move each follower is
   * checked against the forum the thread is in now first: who may no longer read it hears
   * `thread.gone` (and follows it no more) instead.
   */
  async deliver(change: ForumLiveNotice): Promise<void> {
    if (!this.namespace) return;
    const room = roomOf(change.payload.threadId);
    if (change.recheckFollowers) {
      const followers = [...(this.namespace.adapter.rooms.get(room) ?? [])].flatMap(
        (id) => this.namespace?.sockets.get(id) ?? [],
      );
      await Promise.all(followers.map((socket) => this.recheckSocket(socket as ForumSocket, false, [room])));
    }
    this.namespace.to(room).emit(change.event, change.payload);
  }

  /**
   * Looks over this node's sockets of one person again: an ended sign-in or a disabled
   * account closes them (a changed password closes all of them); a thread they may no
   * longer read (left its course, lost a role) is followed no more.
   */
  async recheck(userId: string, passwordChanged: boolean): Promise<void> {
    if (!this.namespace) return;
    const sockets = [...this.namespace.sockets.values()].filter((socket) => socket.data.userId === userId);
    await Promise.all(sockets.map((socket) => this.recheckSocket(socket as ForumSocket, passwordChanged)));
  }

  /** One socket looked over again: its sign-in, then the followed threads of `rooms` (all by default). */
  private async recheckSocket(
    socket: ForumSocket,
    passwordChanged: boolean,
    // A copy: leaving changes the set.
    rooms: string[] = [...socket.rooms],
  ): Promise<void> {
    if (passwordChanged) return this.end(socket, 'passwordChanged');
    const principal = await this.principals.findActive(userId(socket), socket.data.authSessionId);
    if (!principal) return this.end(socket, await this.endReason(socket));
    for (const room of rooms) {
      const threadId = threadOfRoom(room);
      if (!threadId) continue;
      const readable = await this.access.thread(principal, threadId).then(
        () => true,
        () => false,
      );
      if (readable || !socket.connected) continue;
      await socket.leave(room);
      socket.emit('thread.gone', { threadId });
    }
  }

  /** The door: the access token as REST takes it, of a live sign-in of an active person. */
  private async admit(socket: ForumSocket): Promise<void> {
    const locale = localeFromAcceptLanguage(socket.handshake.headers['accept-language']);
    const auth = forumLiveHandshakeSchema.safeParse(socket.handshake.auth);
    try {
      if (!auth.success) throw new AppError(401, 'auth.tokenMissing');
      const principal = await authenticate(`Bearer ${auth.data.token}`, this.tokens, this.principals);
      socket.data = { userId: principal.userId, authSessionId: principal.sessionId, locale };
    } catch (error) {
      // Anything but the access rules' answer (the database away) is logged, and refuses too.
      if (!(error instanceof AppError)) this.logger.error(`forum handshake: ${describeUnexpected(error)}`);
      const code = error instanceof AppError ? error.code : 'forum.liveFailed';
      throw Object.assign(new Error(translate(locale, code)), { data: { code } });
    }
  }

  private connected(socket: ForumSocket): void {
    const rate = new TokenBucket(MESSAGE_RATE.perSecond, MESSAGE_RATE.burst);
    for (const message of Object.keys(forumLiveMessageSchemas) as ForumLiveClientMessage[]) {
      socket.on(message, (payload: unknown, ack: unknown) => {
        // Every message is acknowledged; one without a callback is not from our client.
        if (typeof ack !== 'function') return;
        const reply = ack as (answer: ForumLiveAck) => void;
        if (!rate.take()) return reply(this.failure(new AppError(429, 'forum.liveTooFast'), socket.data.locale));
        this.handle(socket, message, payload).then(
          () => reply({ ok: true, data: null }),
          (error: unknown) => reply(this.failure(error, socket.data.locale)),
        );
      });
    }
  }

  private async handle(socket: ForumSocket, message: ForumLiveClientMessage, payload: unknown): Promise<void> {
    const parsed = forumLiveMessageSchemas[message].safeParse(payload ?? {});
    if (!parsed.success) throw new RequestValidationError(parsed.error.issues, payload);
    const room = roomOf(parsed.data.threadId);
    if (message === 'thread.unfollow') return socket.leave(room);
    const principal = await this.principal(socket);
    // The same check as GET /api/forum-threads/:id: a thread the person may not read is a 404.
    await this.access.thread(principal, parsed.data.threadId);
    const followed = [...socket.rooms].filter((name) => threadOfRoom(name) !== null);
    if (!followed.includes(room) && followed.length >= MAX_FOLLOWED)
      throw new AppError(422, 'forum.liveTooManyThreads', { max: MAX_FOLLOWED });
    await socket.join(room);
  }

  /** The person now (roles, status), not as at the handshake; an ended sign-in ends the socket. */
  private async principal(socket: ForumSocket): Promise<Principal> {
    const principal = await this.principals.findActive(userId(socket), socket.data.authSessionId);
    if (principal) return principal;
    // After the refusal is acknowledged (the reason takes a query).
    void this.endReason(socket).then((reason) => this.end(socket, reason));
    throw new AppError(401, 'auth.sessionEnded');
  }

  /** Disabled or signed out: findActive answers null for both, so the account's status tells. */
  private async endReason(socket: ForumSocket): Promise<ForumLiveEndReason> {
    const person = (await this.directory.byIds([userId(socket)])).get(userId(socket));
    return person?.status === 'active' ? 'signedOut' : 'accountDisabled';
  }

  private end(socket: ForumSocket, reason: ForumLiveEndReason): void {
    if (!socket.connected) return;
    socket.emit('session.ended', { reason });
    socket.disconnect(true);
    this.logger.log(`forum socket of ${userId(socket)} ended: ${reason}`);
  }

  private failure(error: unknown, locale: Locale): ForumLiveAck {
    const described = describeError(error, locale, this.config.http.bodyLimitBytes);
    if (described.unexpected) this.logger.error(describeUnexpected(error));
    const code =
      error instanceof AppError
        ? error.code
        : error instanceof RequestValidationError
          ? 'validation.failed'
          : 'forum.liveFailed';
    return { ok: false, error: { code, message: described.body.message } };
  }
}

const userId = (socket: ForumSocket) => socket.data.userId;

const describeUnexpected = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);
