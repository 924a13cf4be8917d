import { Injectable, inject, signal } from '@angular/core';
import type {
  WebinarChatMessage,
  WebinarJoinTicket,
  WebinarPoll,
  WebinarQuestion,
  WebinarRoomState,
} from '@bina-pustaka/shared-contracts';
import type { AudioOnlyMode } from './network-quality';
import { RoomConnection, type RoomEventBinder } from './room-connection';
import { RoomConversation } from './room-conversation';
import { RoomDevice } from './room-device';
import { RoomLayers } from './room-layers';
import { RoomMembership } from './room-membership';
import { RoomNotices } from './room-notices';
import { RoomQuality } from './room-quality';
import { RoomReceiving, type InboundSummary } from './room-receiving';
import { RoomSending } from './room-sending';
import { WebinarApi } from './webinar-api.service';
import { WEBINAR_ROOM_RUNTIME } from './webinar-room-runtime';

/**
 * One person's presence in a live webinar, for the room page: provide it on the page; it
 * cleans up when the page is destroyed. The work is done by parts that mirror the
 * server's handler groups, and this class wires them together:
 * - RoomConnection: ticket, socket, acknowledged requests, reconnecting;
 * - RoomDevice, RoomReceiving, RoomSending: the mediasoup device, what arrives, what is sent;
 * - RoomQuality, RoomLayers: network quality, audio only, simulcast layer choice;
 * - RoomConversation: chat, Q&A, polls;
 * - RoomMembership: people, hands, lobby, roles and the host's commands.
 * Every signal below is the part's own signal, not a copy.
 */
@Injectable()
export class WebinarRoomClient {
  private readonly runtime = inject(WEBINAR_ROOM_RUNTIME);
  private readonly notices = new RoomNotices();
  // Each part gets the parts made before it. The few calls back to a later part are the
  // closures below (the connection's steps, "my permissions changed", "a stream resumed"):
  // they run only once the room is joined, when every part exists.
  private readonly connection: RoomConnection = new RoomConnection(inject(WebinarApi), this.runtime, this.notices, {
    prepare: (ticket) => this.prepare(ticket),
    rtpCapabilities: () => this.device.rtpCapabilities(),
    listen: (on) => this.listen(on),
    entered: (room) => this.entered(room),
    startMedia: (generation, room) => this.startMedia(generation, room),
    suspend: () => this.suspendMedia(),
    close: () => {
      this.suspendMedia();
      this.sending.stopTracks();
    },
  });
  private readonly membership = new RoomMembership(
    this.connection,
    this.notices,
    (before, after) => void this.sending.followPermissions(before, after),
  );
  private readonly conversation = new RoomConversation(this.connection, this.notices);
  private readonly device: RoomDevice = new RoomDevice(this.connection, this.runtime);
  /** Read by receiving, sending and layers; set only by quality. */
  private readonly audioOnlyMode = signal<AudioOnlyMode>('off');
  private readonly receiving = new RoomReceiving(
    this.connection,
    this.device,
    this.membership,
    this.audioOnlyMode,
    () => this.layers.schedule(),
  );
  private readonly sending = new RoomSending(
    this.connection,
    this.device,
    this.membership,
    this.notices,
    this.runtime,
    this.audioOnlyMode,
  );
  private readonly layers = new RoomLayers(this.connection, this.membership, this.receiving, this.audioOnlyMode);
  private readonly quality = new RoomQuality(
    this.connection,
    this.membership,
    this.receiving,
    this.sending,
    this.layers,
    this.notices,
    this.audioOnlyMode,
  );

  readonly phase = this.connection.phase;
  readonly attempt = this.connection.attempt;
  readonly closedReason = this.connection.closedReason;
  readonly failure = this.connection.failure.asReadonly();
  readonly sessionId = this.connection.sessionId.asReadonly();
  /** The latest thing to announce (aria-live): a hand, a mute, a permission problem. */
  readonly notice = this.notices.notice;

  readonly title = this.membership.title.asReadonly();
  readonly me = this.membership.me.asReadonly();
  /** Everyone else in the room. */
  readonly peers = this.membership.peers.asReadonly();
  readonly hands = this.membership.hands.asReadonly();
  readonly lobby = this.membership.lobby.asReadonly();
  readonly activeSpeakerId = this.membership.activeSpeakerId.asReadonly();
  readonly largeRoomFrom = this.membership.largeRoomFrom.asReadonly();
  readonly myRole = this.membership.myRole;
  readonly isHost = this.membership.isHost;
  readonly isModerating = this.membership.isModerating;
  readonly mayUseMic = this.membership.mayUseMic;
  readonly mayUseCamera = this.membership.mayUseCamera;
  readonly mayShareScreen = this.membership.mayShareScreen;
  readonly handRaised = this.membership.handRaised;

  readonly producers = this.receiving.producers.asReadonly();
  readonly remote = this.receiving.remote.asReadonly();
  readonly local = this.sending.local.asReadonly();
  readonly localCamera = this.sending.localCamera.asReadonly();
  readonly localScreen = this.sending.localScreen.asReadonly();
  readonly audioOnly = this.audioOnlyMode.asReadonly();
  readonly myQuality = this.quality.myQuality.asReadonly();
  readonly peerQuality = this.quality.peerQuality;

  readonly chat = this.conversation.chat.asReadonly();
  readonly chatLocked = this.conversation.chatLocked.asReadonly();
  readonly questions = this.conversation.questions.asReadonly();
  readonly polls = this.conversation.polls.asReadonly();

  /** Enters the room of a session (lobby first when the host admits people). */
  join(sessionId: string): void {
    this.connection.join(sessionId);
  }

  /** Leaves for good: every track, transport and the socket are closed. */
  leave(): void {
    this.connection.leave();
  }

  /** After a failure: try again now. */
  retry(): void {
    this.connection.retry();
  }

  setMic(on: boolean): Promise<void> {
    return this.sending.setMic(on);
  }

  /** Turning the camera on ends audio only first (received video comes back too). */
  async setCamera(on: boolean): Promise<void> {
    const mayStart = this.phase() === 'joined' && this.mayUseCamera();
    if (on && mayStart && this.audioOnly() !== 'off') await this.quality.setAudioOnly(false);
    await this.sending.setCamera(on);
  }

  setScreen(on: boolean): Promise<void> {
    return this.sending.setScreen(on);
  }

  setAudioOnly(on: boolean, mode?: Exclude<AudioOnlyMode, 'off'>): Promise<void> {
    return this.quality.setAudioOnly(on, mode);
  }

  /** A video tile reports the size it shows a stream at (0x0 when off screen). */
  setTileSize(consumerId: string, width: number, height: number): void {
    this.layers.setTileSize(consumerId, width, height);
  }

  /**
   * Runs a room action for a button: true when done; when the server refuses, its reason
   * becomes the notice (read out) and the answer is false.
   */
  async act(call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      this.notices.refused(error);
      return false;
    }
  }

  sendChat(body: string): Promise<WebinarChatMessage> {
    return this.conversation.sendChat(body);
  }
  deleteChat(messageId: string): Promise<null> {
    return this.conversation.deleteChat(messageId);
  }
  lockChat(locked: boolean): Promise<null> {
    return this.conversation.lockChat(locked);
  }
  ask(body: string): Promise<WebinarQuestion> {
    return this.conversation.ask(body);
  }
  upvote(questionId: string): Promise<null> {
    return this.conversation.upvote(questionId);
  }
  markAnswered(questionId: string): Promise<null> {
    return this.conversation.markAnswered(questionId);
  }
  createPoll(question: string, options: string[]): Promise<WebinarPoll> {
    return this.conversation.createPoll(question, options);
  }
  vote(pollId: string, option: number): Promise<null> {
    return this.conversation.vote(pollId, option);
  }
  closePoll(pollId: string): Promise<null> {
    return this.conversation.closePoll(pollId);
  }

  raiseHand(): Promise<null> {
    return this.membership.raiseHand();
  }
  /** My own hand, or (hosts and moderators) someone else's. */
  lowerHand(userId?: string): Promise<null> {
    return this.membership.lowerHand(userId);
  }
  admit(userId: string): Promise<null> {
    return this.membership.admit(userId);
  }
  deny(userId: string): Promise<null> {
    return this.membership.deny(userId);
  }
  /** One person's microphone, or everyone's but mine. */
  mute(userId?: string): Promise<null> {
    return this.membership.mute(userId);
  }
  stopVideo(userId: string): Promise<null> {
    return this.membership.stopVideo(userId);
  }
  allowSpeak(userId: string, allowed: boolean): Promise<null> {
    return this.membership.allowSpeak(userId, allowed);
  }
  setRole(userId: string, role: 'presenter' | 'moderator' | 'attendee'): Promise<null> {
    return this.membership.setRole(userId, role);
  }
  remove(userId: string): Promise<null> {
    return this.membership.remove(userId);
  }
  endForEveryone(): Promise<null> {
    return this.membership.endForEveryone();
  }

  /** For support and the browser journey: where the connection is and what last went wrong. */
  diagnostics(): { phase: string; attempt: number; lastError: string | null; device: string | null } {
    return {
      phase: this.phase(),
      attempt: this.attempt(),
      lastError: this.connection.lastError,
      device: this.device.handlerName,
    };
  }

  /** For the browser journey and support: bytes and frames received per remote stream. */
  inboundSummary(): Promise<InboundSummary[]> {
    return this.receiving.inboundSummary();
  }

  private async prepare(ticket: WebinarJoinTicket): Promise<void> {
    this.membership.expectRole(ticket.role);
    await this.device.load(ticket);
  }

  private listen(on: RoomEventBinder): void {
    for (const part of [this.membership, this.conversation, this.receiving, this.sending, this.layers, this.quality])
      part.listen(on);
  }

  private entered(room: WebinarRoomState): void {
    this.membership.entered(room);
    this.conversation.entered(room);
    this.receiving.entered(room);
  }

  private async startMedia(generation: number, room: WebinarRoomState): Promise<void> {
    try {
      await this.receiving.start(generation);
      await this.sending.start(generation, room.me);
    } catch (error) {
      this.connection.mediaFailed(generation, error);
    }
    // Measured also when the server refused something we meant to send: we still receive.
    if (generation === this.connection.generation && this.phase() === 'joined') this.quality.start(generation);
  }

  /** Between attempts: transports, producers and consumers close; the tracks stay. */
  private suspendMedia(): void {
    this.quality.reset();
    this.receiving.teardown();
    this.sending.teardown();
  }
}
