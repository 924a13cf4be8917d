import type {
  WebinarClientMessage,
  WebinarClientPayloads,
  WebinarClientResults,
  WebinarRoomRole,
} from '@bina-pustaka/shared-contracts';
import type { Peer } from './peer';
import type { Room } from './room';

export interface RoomContext {
  room: Room;
  peer: Peer;
}

/**
 * One signalling message: who may send it and what it does. The gateway checks the rate,
 * the payload schema and `who` before `handle` runs, and acknowledges with its result or
 * a translated error.
 */
export interface RoomHandler<Message extends WebinarClientMessage = WebinarClientMessage> {
  message: Message;
  /** 'connected': also from the lobby (only joining); 'inside': anyone in the room; or only these roles. */
  who: 'connected' | 'inside' | readonly WebinarRoomRole[];
  /** Typed by people (chat, questions): a slower rate applies. */
  typed?: boolean;
  handle(context: RoomContext, payload: WebinarClientPayloads[Message]): Promise<WebinarClientResults[Message]>;
}

/** Keeps the message name and payload type together when declaring a handler. */
export const roomHandler = <Message extends WebinarClientMessage>(handler: RoomHandler<Message>) =>
  handler as unknown as RoomHandler;

export const MODERATORS: readonly WebinarRoomRole[] = ['host', 'moderator'];
export const SPEAKERS: readonly WebinarRoomRole[] = ['host', 'presenter', 'moderator'];
export const HOSTS: readonly WebinarRoomRole[] = ['host'];
