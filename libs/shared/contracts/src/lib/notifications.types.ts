/**
 * What an in-app notification is about. The client words each kind in the reader's
 * language from `params`; `link` is an app path to open.
 */
export const NOTIFICATION_KINDS = [
  'certificate-issued',
  'webinar-reminder',
  /** Forums; params: `thread` (its title), `author` (who wrote), and `forum` for a new thread. */
  'forum-reply',
  'forum-mention',
  'forum-answer',
  'forum-thread',
  /** Focus groups; params: `topic`, and `role` (facilitator/member) for an invitation, `title` and `startsAt` for a session. */
  'focus-group-invited',
  'focus-group-session',
  /** params: `what` (the action item), `topic`, `dueOn` (YYYY-MM-DD). */
  'action-item-assigned',
  /** A webinar session's evaluation survey, offered when it ends; params: `title` (the survey), `sessionTitle`, `closesAt` (ISO) when it has a deadline. */
  'survey-evaluation',
  /** A reminder of an unanswered evaluation; params: `title` (the survey), `courseTitle` or `sessionTitle`, `closesAt` (ISO) when it has a deadline. */
  'survey-reminder',
  /** A coordinator's reminder of the yearly JP target; params: `jp` (earned so far, formatted), `target`, `year`. */
  'jp-reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationInbox {
  unread: number;
  /** The newest 30. */
  items: AppNotification[];
}
