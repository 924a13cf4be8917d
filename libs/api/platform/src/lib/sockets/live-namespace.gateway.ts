import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ForumLiveEndReason, Locale, WebinarAck } from '@bina-pustaka/shared-contracts';
import type { Namespace, Socket } from 'socket.io';
import type { z } from 'zod';
import type { AccessTokensService } from '../access/access-tokens.service';
import { authenticate } from '../access/authenticate';
import type { Principal, PrincipalSource } from '../access/principal';
import type { AppConfig } from '../config/app-config';
import { AppError, RequestValidationError } from '../http/app-error';
import { describeError } from '../http/describe-error';
import { localeFromAcceptLanguage, translate } from '../i18n/messages';
import type { SocketServerService } from './socket-server.service';
import { TokenBucket } from './token-bucket';

/** Watching is rare (a page or the door opens); a burst covers a few tabs, then one a second. */
const MESSAGE_RATE = { perSecond: 1, burst: 10 };

/** Who is behind a live socket, from its handshake. */
export interface LiveSocketData {
  userId: string;
  /** The sign-in the token belongs to: when it ends, so does the socket. */
  authSessionId: string;
  locale: Locale;
}

/** A live namespace's socket as the base sees it; a domain casts it to its own typed events. */
export type LiveSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, LiveSocketData>;

/** The handshake's `auth`: the access token the REST api takes as Bearer. */
interface HandshakeSchema {
  safeParse(value: unknown): { success: true; data: { token: string } } | { success: false };
}

/** Whether an account is still active: findActive answers null for a disabled account and an ended sign-in alike. */
export interface AccountStatuses {
  byIds(ids: readonly string[]): Promise<Map<string, { status: string }>>;
}

/** What one live namespace is: its name, its rooms, its messages and its message codes. */
export interface LiveNamespaceSettings {
  namespace: string;
  /** How log lines name it ("forum", "events"). */
  label: string;
  /** Rooms are `<room>:<id>`, one per watched object (a thread, an event). */
  room: string;
  handshake: HandshakeSchema;
  /** The schema of each client message; each names its object by `idKey`. */
  messages: Record<string, z.ZodType<Record<string, string>>>;
  idKey: string;
  /** The message that stops watching (no access check); every other one watches. */
  unwatch: string;
  /** Objects one socket may watch at once (a page watches one; a stale tab should not pile them up). */
  maxWatched: number;
  codes: { failed: string; tooFast: string; tooManyWatched: string };
}

/**
 * A socket.io namespace whose pages watch objects live (a forum thread, an event's counts).
 * The handshake takes the REST access token (a missing, forged or expired token, an ended
 * sign-in or a disabled account gets no socket); watching is the domain's REST read check,
 * made with the person's current roles, so a stranger's watch is refused as a 404 is. The
 * rooms hold this node's sockets; `deliver` and `recheck` are called on every node
 * (LiveNamespaceRelay). A domain extends it with its access check and what it delivers.
 */
export abstract class LiveNamespaceGateway<Change> implements OnApplicationBootstrap {
  private readonly logger = new Logger(this.constructor.name);
  private namespace: Namespace | null = null;

  protected constructor(
    private readonly settings: LiveNamespaceSettings,
    private readonly config: AppConfig,
    private readonly sockets: SocketServerService,
    private readonly tokens: AccessTokensService,
    private readonly principals: PrincipalSource,
    private readonly accounts: AccountStatuses,
  ) {}

  /** Tells this node's watchers of the object what changed. */
  abstract deliver(change: Change): Promise<void> | void;

  /** The domain's read check of the object: throws (a 404 to a stranger) when the person may not watch it. */
  protected abstract assertMayWatch(principal: Principal, id: string): Promise<void>;

  /** A recheck found the person may no longer watch `id` and took the socket out of its room (the forum tells them). */
  protected unwatched?(socket: LiveSocket, id: string): void;

  onApplicationBootstrap(): void {
    this.namespace = this.sockets.namespace(this.settings.namespace);
    this.namespace.use((socket, next) => {
      this.admit(socket as LiveSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    this.namespace.on('connection', (socket) => this.connected(socket as LiveSocket));
  }

  /**
   * Looks over this node's sockets of one person again: an ended sign-in or a disabled
   * account closes them (a changed password closes all of them); an object they may no
   * longer watch (left its course, lost a role) is watched no more.
   */
  async recheck(userId: string, passwordChanged: boolean): Promise<void> {
    if (!this.namespace) return;
    const sockets = [...this.namespace.sockets.values()].filter((socket) => socket.data.userId === userId);
    await Promise.all(sockets.map((socket) => this.recheckSocket(socket as LiveSocket, passwordChanged)));
  }

  /** Each of this node's watchers of `id` checked again (the object may now be out of their reach). */
  protected async recheckWatchers(id: string): Promise<void> {
    const room = this.roomOf(id);
    const watchers = [...(this.namespace?.adapter.rooms.get(room) ?? [])].flatMap(
      (socketId) => this.namespace?.sockets.get(socketId) ?? [],
    );
    await Promise.all(watchers.map((socket) => this.recheckSocket(socket as LiveSocket, false, [room])));
  }

  /** Sends an event to this node's watchers of `id`. */
  protected tell(id: string, event: string, payload: unknown): void {
    this.namespace?.to(this.roomOf(id)).emit(event, payload);
  }

  /** One socket looked over again: its sign-in, then the watched objects of `rooms` (all by default). */
  private async recheckSocket(
    socket: LiveSocket,
    passwordChanged: boolean,
    // A copy: leaving changes the set.
    rooms: string[] = [...socket.rooms],
  ): Promise<void> {
    if (passwordChanged) return this.end(socket, 'passwordChanged');
    const principal = await this.principals.findActive(socket.data.userId, socket.data.authSessionId);
    if (!principal) return this.end(socket, await this.endReason(socket));
    for (const room of rooms) {
      const id = this.idOfRoom(room);
      if (!id) continue;
      const mayWatch = await this.assertMayWatch(principal, id).then(
        () => true,
        () => false,
      );
      if (mayWatch || !socket.connected) continue;
      await socket.leave(room);
      this.unwatched?.(socket, id);
    }
  }

  /** The door: the access token as REST takes it, of a live sign-in of an active person. */
  private async admit(socket: LiveSocket): Promise<void> {
    const locale = localeFromAcceptLanguage(socket.handshake.headers['accept-language']);
    const auth = this.settings.handshake.safeParse(socket.handshake.auth);
    try {
      if (!auth.success) throw new AppError(401, 'auth.tokenMissing');
      const principal = await authenticate(`Bearer ${auth.data.token}`, this.tokens, this.principals);
      socket.data = { userId: principal.userId, authSessionId: principal.sessionId, locale };
    } catch (error) {
      // Anything but the access rules' answer (the database away) is logged, and refuses too.
      if (!(error instanceof AppError))
        this.logger.error(`${this.settings.label} handshake: ${describeUnexpected(error)}`);
      const code = error instanceof AppError ? error.code : this.settings.codes.failed;
      throw Object.assign(new Error(translate(locale, code)), { data: { code } });
    }
  }

  private connected(socket: LiveSocket): void {
    const rate = new TokenBucket(MESSAGE_RATE.perSecond, MESSAGE_RATE.burst);
    for (const message of Object.keys(this.settings.messages)) {
      // The base's socket type knows no messages; the domain's contracts name them.
      (socket as Socket).on(message, (payload: unknown, ack: unknown) => {
        // Every message is acknowledged; one without a callback is not from our client.
        if (typeof ack !== 'function') return;
        const reply = ack as (answer: WebinarAck) => void;
        const { locale } = socket.data;
        if (!rate.take()) return reply(this.failure(new AppError(429, this.settings.codes.tooFast), locale));
        this.handle(socket, message, payload).then(
          () => reply({ ok: true, data: null }),
          (error: unknown) => reply(this.failure(error, locale)),
        );
      });
    }
  }

  private async handle(socket: LiveSocket, message: string, payload: unknown): Promise<void> {
    const parsed = this.settings.messages[message].safeParse(payload ?? {});
    if (!parsed.success) throw new RequestValidationError(parsed.error.issues, payload);
    const id = parsed.data[this.settings.idKey];
    const room = this.roomOf(id);
    if (message === this.settings.unwatch) return socket.leave(room);
    // The same check as the object's REST read: one the person may not read is a 404.
    await this.assertMayWatch(await this.principal(socket), id);
    const { maxWatched: max, codes } = this.settings;
    const watched = [...socket.rooms].filter((name) => this.idOfRoom(name) !== null);
    if (!watched.includes(room) && watched.length >= max) throw new AppError(422, codes.tooManyWatched, { max });
    await socket.join(room);
  }

  /** The person now (roles, status), not as at the handshake; an ended sign-in ends the socket. */
  private async principal(socket: LiveSocket): Promise<Principal> {
    const principal = await this.principals.findActive(socket.data.userId, socket.data.authSessionId);
    if (principal) return principal;
    // After the refusal is acknowledged (the reason takes a query).
    void this.endReason(socket).then((reason) => this.end(socket, reason));
    throw new AppError(401, 'auth.sessionEnded');
  }

  /** Disabled or signed out: findActive answers null for both, so the account's status tells. */
  private async endReason(socket: LiveSocket): Promise<ForumLiveEndReason> {
    const person = (await this.accounts.byIds([socket.data.userId])).get(socket.data.userId);
    return person?.status === 'active' ? 'signedOut' : 'accountDisabled';
  }

  private end(socket: LiveSocket, reason: ForumLiveEndReason): void {
    if (!socket.connected) return;
    (socket as Socket).emit('session.ended', { reason });
    socket.disconnect(true);
    this.logger.log(`${this.settings.label} socket of ${socket.data.userId} ended: ${reason}`);
  }

  private failure(error: unknown, locale: Locale): WebinarAck {
    const described = describeError(error, locale, this.config.http.bodyLimitBytes);
    if (described.unexpected) this.logger.error(describeUnexpected(error));
    const code =
      error instanceof AppError
        ? error.code
        : error instanceof RequestValidationError
          ? 'validation.failed'
          : this.settings.codes.failed;
    return { ok: false, error: { code, message: described.body.message } };
  }

  private roomOf(id: string): string {
    return `${this.settings.room}:${id}`;
  }

  private idOfRoom(room: string): string | null {
    const prefix = `${this.settings.room}:`;
    return room.startsWith(prefix) ? room.slice(prefix.length) : null;
  }
}

const describeUnexpected = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);
