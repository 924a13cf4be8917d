import { computed, signal } from '@angular/core';
import type { WebinarLobbyEntry, WebinarPeer, WebinarRoomRole, WebinarRoomState } from '@bina-pustaka/shared-contracts';
import type { RoomConnection, RoomEventBinder } from './room-connection';
import type { RoomNotices } from './room-notices';

/**
 * Who is in the room and what they may do: me and my role, the others, raised hands, the
 * lobby and the active speaker; and the host's and moderators' commands (the server's
 * host handlers, plus hands).
 */
export class RoomMembership {
  readonly title = signal('');
  /** My role from the join ticket, until the room says who I am. */
  private readonly ticketRole = signal<WebinarRoomRole | null>(null);
  readonly me = signal<WebinarPeer | null>(null);
  /** Everyone else in the room. */
  readonly peers = signal<WebinarPeer[]>([]);
  readonly hands = signal<string[]>([]);
  readonly lobby = signal<WebinarLobbyEntry[]>([]);
  readonly activeSpeakerId = signal<string | null>(null);
  /** From this many people (me included) attendees invited to speak start with the microphone only. */
  readonly largeRoomFrom = signal(Infinity);

  readonly myRole = computed(() => this.me()?.role ?? this.ticketRole());
  readonly isHost = computed(() => this.myRole() === 'host');
  /** Hosts and moderators run the lobby, hands, chat and Q&A. */
  readonly isModerating = computed(() => this.myRole() === 'host' || this.myRole() === 'moderator');
  /** Attendees send sound and picture only while the host lets them speak (the server checks too). */
  readonly mayUseMic = computed(() => {
    const me = this.me();
    return !!me && (me.role !== 'attendee' || me.canSpeak);
  });
  readonly mayUseCamera = this.mayUseMic;
  readonly mayShareScreen = computed(() => this.myRole() === 'host' || this.myRole() === 'presenter');
  readonly handRaised = computed(() => {
    const me = this.me();
    return !!me && this.hands().includes(me.userId);
  });

  constructor(
    private readonly connection: RoomConnection,
    private readonly notices: RoomNotices,
    /** The room changed my role or my permission to speak: the devices follow. */
    private readonly onMyChange: (before: WebinarPeer, after: WebinarPeer) => void,
  ) {}

  /** The ticket says which role I join with. */
  expectRole(role: WebinarRoomRole): void {
    this.ticketRole.set(role);
  }

  entered(room: WebinarRoomState): void {
    this.title.set(room.title);
    this.me.set(room.me);
    this.peers.set(room.peers.filter((peer) => peer.userId !== room.me.userId));
    this.hands.set(room.hands);
    this.lobby.set(room.lobby);
    this.activeSpeakerId.set(room.activeSpeakerId);
    this.largeRoomFrom.set(room.largeRoomFrom);
  }

  listen(on: RoomEventBinder): void {
    on('peer:joined', (peer) => this.upsertPeer(peer));
    on('peer:updated', (peer) => this.upsertPeer(peer));
    on('peer:left', ({ userId }) => this.peers.update((peers) => peers.filter((peer) => peer.userId !== userId)));
    on('hands:changed', ({ hands }) => this.handsChanged(hands));
    on('speaker:active', ({ userId }) => this.activeSpeakerId.set(userId));
    on('lobby:changed', ({ lobby }) => {
      const before = new Set(this.lobby().map((entry) => entry.userId));
      this.lobby.set(lobby);
      const arrived = lobby.find((entry) => !before.has(entry.userId));
      if (arrived && this.isModerating()) this.notices.announce('room.notice.waiting', { name: arrived.name });
    });
  }

  raiseHand(): Promise<null> {
    return this.connection.request('hand:raise', {});
  }

  /** My own hand, or (hosts and moderators) someone else's. */
  lowerHand(userId?: string): Promise<null> {
    return this.connection.request('hand:lower', userId ? { userId } : {});
  }

  admit(userId: string): Promise<null> {
    return this.connection.request('host:admit', { userId });
  }

  deny(userId: string): Promise<null> {
    return this.connection.request('host:deny', { userId });
  }

  /** One person's microphone, or everyone's but mine. */
  mute(userId?: string): Promise<null> {
    return this.connection.request('host:mute', userId ? { userId } : {});
  }

  stopVideo(userId: string): Promise<null> {
    return this.connection.request('host:stopVideo', { userId });
  }

  allowSpeak(userId: string, allowed: boolean): Promise<null> {
    return this.connection.request('host:allowSpeak', { userId, allowed });
  }

  setRole(userId: string, role: 'presenter' | 'moderator' | 'attendee'): Promise<null> {
    return this.connection.request('host:setRole', { userId, role });
  }

  remove(userId: string): Promise<null> {
    return this.connection.request('host:remove', { userId });
  }

  endForEveryone(): Promise<null> {
    return this.connection.request('host:end', {});
  }

  private upsertPeer(peer: WebinarPeer): void {
    const me = this.me();
    if (me && peer.userId === me.userId) {
      this.me.set(peer);
      this.onMyChange(me, peer);
      return;
    }
    this.peers.update((peers) =>
      peers.some((item) => item.userId === peer.userId)
        ? peers.map((item) => (item.userId === peer.userId ? peer : item))
        : [...peers, peer],
    );
  }

  private handsChanged(hands: string[]): void {
    const before = new Set(this.hands());
    this.hands.set(hands);
    const me = this.me();
    for (const userId of hands) {
      if (before.has(userId) || userId === me?.userId) continue;
      const name = this.peers().find((peer) => peer.userId === userId)?.name ?? '';
      this.notices.announce('room.notice.handRaised', { name });
    }
    if (me && before.has(me.userId) && !hands.includes(me.userId)) this.notices.announce('room.notice.handLowered');
  }
}
