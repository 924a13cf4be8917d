import type { WebinarAck } from './webinar.types';

/** Every acknowledged forum socket message answers as the webinar's do: `{ ok, data }` or a translated error. */
export type ForumLiveAck<T = null> = WebinarAck<T>;

/** Payloads of what a client sends on the /forum namespace (validated by `forumLiveMessageSchemas`). */
export interface ForumLiveClientPayloads {
  /** Hear a thread's changes while it is open (the same read check as GET /api/forum-threads/:id). */
  'thread.follow': { threadId: string };
  'thread.unfollow': { threadId: string };
}

export type ForumLiveClientMessage = keyof ForumLiveClientPayloads;

/** socket.io's typed map of what clients send (each acknowledged). */
export type ForumLiveClientToServerEvents = {
  [Message in ForumLiveClientMessage]: (
    payload: ForumLiveClientPayloads[Message],
    ack: (answer: ForumLiveAck) => void,
  ) => void;
};

/**
 * What a followed thread's room hears. Ids and counts only: a post as a viewer sees it
 * (its Markdown source, whether they may edit or delete it, a deleted post's text for
 * moderators, their own thanks) differs per viewer, so the client fetches it over REST,
 * which checks access again.
 */
export interface ForumLiveServerEvents {
  'post.created': (event: { threadId: string; postId: string; seq: number }) => void;
  'post.updated': (event: { threadId: string; postId: string }) => void;
  'post.deleted': (event: { threadId: string; postId: string }) => void;
  'thanks.changed': (event: { threadId: string; postId: string; count: number }) => void;
  'answer.changed': (event: { threadId: string; postId: string | null }) => void;
  /** The thread itself changed: locked or unlocked, pinned or unpinned, moved to another forum, renamed. */
  'thread.updated': (event: { threadId: string }) => void;
  /**
   * The reader may no longer read a thread they followed (they left its course, or it moved
   * into a forum they may not read): it is followed no more.
   */
  'thread.gone': (event: { threadId: string }) => void;
  /** The socket is closed by the server: the sign-in ended or the account was disabled. */
  'session.ended': (event: { reason: ForumLiveEndReason }) => void;
}

export type ForumLiveEvent = Exclude<keyof ForumLiveServerEvents, 'thread.gone' | 'session.ended'>;

/** The changes a followed thread's room hears. */
export const FORUM_LIVE_CHANGES = [
  'post.created',
  'post.updated',
  'post.deleted',
  'thanks.changed',
  'answer.changed',
  'thread.updated',
] as const satisfies readonly ForumLiveEvent[];

/** Every message and event name on /forum: they look like translation keys, and are not. */
export const FORUM_LIVE_SOCKET_NAMES: readonly string[] = [
  ...FORUM_LIVE_CHANGES,
  'thread.gone',
  'session.ended',
  'thread.follow',
  'thread.unfollow',
] satisfies readonly (keyof ForumLiveServerEvents | ForumLiveClientMessage)[];

/** A thread's change as the api tells its followers, whichever node it happened on. */
export type ForumLiveChange = {
  [Event in ForumLiveEvent]: { event: Event; payload: Parameters<ForumLiveServerEvents[Event]>[0] };
}[ForumLiveEvent];

export const FORUM_LIVE_END_REASONS = ['signedOut', 'accountDisabled', 'passwordChanged'] as const;
export type ForumLiveEndReason = (typeof FORUM_LIVE_END_REASONS)[number];

/** The socket.io namespace of forum live updates. */
export const FORUM_LIVE_NAMESPACE = '/forum';
