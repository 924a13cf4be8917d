import { AppError } from '@bina-pustaka/api-platform';
import type {
  WebinarLobbyEntry,
  WebinarNetworkQuality,
  WebinarRemovalReason,
  WebinarRoomRole,
  WebinarServerToClientEvents,
} from '@bina-pustaka/shared-contracts';
import type { Peer } from './peer';

type ServerEvent = keyof WebinarServerToClientEvents;
type EventArgs<Event extends ServerEvent> = Parameters<WebinarServerToClientEvents[Event]>;

/** What a room needs to know about its session; kept current by the lifecycle. */
export interface RoomSession {
  id: string;
  title: string;
  status: 'scheduled' | 'live';
  requireAdmission: boolean;
  capacity: number | null;
}

/** What the rest of the room does when people come and go, or their rights change (media, attendance). */
export interface MembershipEvents {
  entered(peer: Peer): Promise<void>;
  left(peer: Peer): Promise<void>;
  /** A person's role or permission to speak changed: what they may no longer send must stop. */
  rightsChanged(peer: Peer): void;
}

/**
 * The people of one live webinar: who is inside, who waits in the lobby, the roles and
 * permissions hosts changed during the session, raised hands and the chat lock, and the
 * messages that tell everyone about them.
 */
export class RoomMembership {
  readonly peers = new Map<string, Peer>();
  readonly lobby = new Map<string, Peer>();
  /** User ids in the order they raised their hands. */
  hands: string[] = [];
  chatLocked = false;
  /** Attendees a host let in: they skip the lobby when they reconnect. */
  private readonly admitted = new Set<string>();
  /** What hosts changed about people during the session, kept across reconnects. */
  private readonly changes = new Map<string, { role?: WebinarRoomRole; canSpeak?: boolean }>();
  private closed = false;

  constructor(
    public session: RoomSession,
    private readonly events: MembershipEvents,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** The role a person has now: a host may have changed it during the session. */
  roleOf(userId: string, ticketRole: WebinarRoomRole): WebinarRoomRole {
    return this.changes.get(userId)?.role ?? ticketRole;
  }

  attendeeCount(): number {
    return [...this.peers.values()].filter((peer) => peer.role === 'attendee').length;
  }

  /** Whether a peer must wait: the room is not open yet, or the host admits attendees one by one. */
  mustWait(peer: Peer): boolean {
    if (peer.role !== 'attendee') return false;
    return this.session.status !== 'live' || (this.session.requireAdmission && !this.admitted.has(peer.userId));
  }

  /** A second connection of the same person replaces the first (a reload, another tab). */
  replaceEarlier(userId: string, socketId: string): void {
    for (const earlier of [this.peers.get(userId), this.lobby.get(userId)]) {
      if (earlier && earlier.socket.id !== socketId) this.dismiss(earlier, 'replaced');
    }
  }

  wait(peer: Peer): void {
    this.lobby.set(peer.userId, peer);
    this.announceLobby();
  }

  async enter(peer: Peer): Promise<void> {
    if (this.session.capacity !== null && peer.role === 'attendee' && this.attendeeCount() >= this.session.capacity) {
      throw new AppError(409, 'webinar.full');
    }
    this.lobby.delete(peer.userId);
    const change = this.changes.get(peer.userId);
    if (change?.canSpeak !== undefined) peer.canSpeak = change.canSpeak;
    peer.handRaised = this.hands.includes(peer.userId);
    this.peers.set(peer.userId, peer);
    await this.events.entered(peer);
    this.broadcast('peer:joined', [peer.view()], peer);
  }

  async leave(peer: Peer): Promise<void> {
    if (this.lobby.get(peer.userId) === peer) {
      this.lobby.delete(peer.userId);
      this.announceLobby();
    }
    if (this.peers.get(peer.userId) !== peer) return;
    this.peers.delete(peer.userId);
    await this.events.left(peer);
    this.broadcast('peer:left', [{ userId: peer.userId }]);
  }

  admit(userId: string): void {
    const waiting = this.lobby.get(userId);
    if (!waiting) throw new AppError(404, 'webinar.notWaiting');
    this.admitted.add(userId);
    this.lobby.delete(userId);
    waiting.socket.emit('lobby:admitted');
    this.announceLobby();
  }

  deny(userId: string): void {
    const waiting = this.lobby.get(userId);
    if (!waiting) throw new AppError(404, 'webinar.notWaiting');
    this.dismiss(waiting, 'denied');
  }

  /** The session opened: everyone waiting only for that comes in. */
  opened(): void {
    this.session = { ...this.session, status: 'live' };
    for (const waiting of [...this.lobby.values()]) {
      if (!this.mustWait(waiting)) {
        this.lobby.delete(waiting.userId);
        waiting.socket.emit('lobby:admitted');
      }
    }
    this.announceLobby();
  }

  /** Takes a peer out of the room (and its socket off the server), telling them why. */
  dismiss(peer: Peer, reason: WebinarRemovalReason): void {
    peer.socket.emit('room:closed', { reason });
    peer.socket.disconnect(true);
    void this.leave(peer);
  }

  /** Sends everyone (inside and waiting) away for good; no one can be in the room after this. */
  async close(reason: WebinarRemovalReason): Promise<void> {
    this.closed = true;
    for (const peer of [...this.peers.values(), ...this.lobby.values()]) {
      peer.socket.emit('room:closed', { reason });
      peer.socket.disconnect(true);
      await this.leave(peer);
    }
  }

  changeRole(target: Peer, role: WebinarRoomRole): void {
    if (target.role === 'host') throw new AppError(409, 'webinar.hostRoleFixed');
    this.changes.set(target.userId, { ...this.changes.get(target.userId), role });
    this.applyRole(target, role);
  }

  /**
   * The person's role outside the room changed (the session's staff, their account's
   * roles): it replaces what a host changed here, and what they may no longer send stops.
   */
  regrant(target: Peer, role: WebinarRoomRole): void {
    this.changes.set(target.userId, { ...this.changes.get(target.userId), role: undefined });
    this.applyRole(target, role);
  }

  allowToSpeak(target: Peer, allowed: boolean): void {
    target.canSpeak = allowed;
    this.changes.set(target.userId, { ...this.changes.get(target.userId), canSpeak: allowed });
    if (allowed) this.lowerHand(target.userId);
    this.events.rightsChanged(target);
    this.broadcast('peer:updated', [target.view()]);
  }

  raiseHand(peer: Peer): void {
    if (this.hands.includes(peer.userId)) return;
    this.hands = [...this.hands, peer.userId];
    peer.handRaised = true;
    this.broadcast('hands:changed', [{ hands: this.hands }]);
    this.broadcast('peer:updated', [peer.view()]);
  }

  lowerHand(userId: string): void {
    if (!this.hands.includes(userId)) return;
    this.hands = this.hands.filter((id) => id !== userId);
    const peer = this.peers.get(userId);
    if (peer) peer.handRaised = false;
    this.broadcast('hands:changed', [{ hands: this.hands }]);
    if (peer) this.broadcast('peer:updated', [peer.view()]);
  }

  /** A browser's judgement of its own connection: everyone sees it on that person's tile and in the list. */
  reportNetwork(peer: Peer, quality: WebinarNetworkQuality): void {
    if (peer.network === quality) return;
    peer.network = quality;
    this.broadcast('peer:updated', [peer.view()], peer);
  }

  lockChat(locked: boolean): void {
    this.chatLocked = locked;
    this.broadcast('chat:locked', [{ locked }]);
  }

  lobbyEntries(): WebinarLobbyEntry[] {
    return [...this.lobby.values()].map((peer) => ({ userId: peer.userId, name: peer.name }));
  }

  broadcast<Event extends ServerEvent>(event: Event, args: EventArgs<Event>, except?: Peer): void {
    for (const peer of this.peers.values()) {
      if (peer !== except) (peer.socket.emit as (event: Event, ...rest: EventArgs<Event>) => void)(event, ...args);
    }
  }

  private applyRole(target: Peer, role: WebinarRoomRole): void {
    target.role = role;
    this.events.rightsChanged(target);
    this.broadcast('peer:updated', [target.view()]);
  }

  private announceLobby(): void {
    const lobby = this.lobbyEntries();
    for (const peer of this.peers.values()) {
      if (peer.moderates) peer.socket.emit('lobby:changed', { lobby });
    }
  }
}
