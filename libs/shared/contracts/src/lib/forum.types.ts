import type { Page } from './common.types';
import type { UserRef } from './learning.types';

/**
 * Forums (_forum diskusi_): the community forum is a set of categories every signed-in
 * librarian may read and write in; each course has one forum of its own, open to its
 * enrolled learners, its trainers and the coordinators. A focus group (focus-group.types.ts)
 * has a private forum only its people and the coordinators read; there members may post
 * anonymously to each other when the group allows it.
 */
export const FORUM_KINDS = ['community', 'course', 'focus-group'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** A discussion, or a question whose author (or a moderator) picks one reply as the answer. */
export const THREAD_KINDS = ['discussion', 'question'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const FORUM_TITLE_MAX = 160;
export const FORUM_POST_MAX = 20_000;
/** An author may delete their own post within this many minutes; moderators at any time. */
export const FORUM_AUTHOR_DELETE_MINUTES = 30;
export const FORUM_POSTS_PAGE_SIZE = 50;

/**
 * A mention inside a post's Markdown, as the editor's autocomplete writes it:
 * `[@Siti Rahma](mention:<user id>)`. The person must be able to read the forum.
 */
export const FORUM_MENTION_SCHEME = 'mention:';

/** One forum as its list shows it, with what the viewer has not read yet. */
/** Per forum, how many first posts of a member wait for a moderator's approval (0: none). */
export const FORUM_HOLD_FIRST_POSTS_MAX = 20;

export interface ForumSummary {
  id: string;
  kind: ForumKind;
  /** The category's name, or the course's title. */
  title: string;
  description: string;
  courseId: string | null;
  focusGroupId: string | null;
  threadCount: number;
  postCount: number;
  /** Posts the viewer has not read, in threads they have opened or not. */
  unreadCount: number;
  lastPostAt: string | null;
  /** The viewer gets notified of every new thread here. */
  watching: boolean;
  mayModerate: boolean;
}

/** The forum home: the community's categories, the forums of the viewer's courses, then their focus groups'. */
export interface ForumHome {
  community: ForumSummary[];
  courses: ForumSummary[];
  focusGroups: ForumSummary[];
}

/**
 * Who wrote something, as this viewer may know it: null when it was posted anonymously and
 * the viewer is another member (moderators, facilitators and coordinators still see the author).
 */
export type ForumAuthor = UserRef | null;

export interface ThreadSummary {
  id: string;
  forumId: string;
  kind: ThreadKind;
  title: string;
  author: ForumAuthor;
  /** Opened anonymously (the author is known only to moderators). */
  anonymous: boolean;
  createdAt: string;
  lastPostAt: string;
  /** Posts after the opening one. */
  replyCount: number;
  unreadCount: number;
  answered: boolean;
  pinned: boolean;
  locked: boolean;
  /** Its opening post waits for approval: only its author and moderators see the thread. */
  held: boolean;
}

export interface PostThanks {
  count: number;
  byMe: boolean;
  /** The first names who thanked, for "Terima kasih dari …" (at most 10). */
  names: string[];
}

export interface ForumPost {
  id: string;
  threadId: string;
  /** 1 for the opening post, then in the order posts were published; null while a reply is held. */
  seq: number | null;
  author: ForumAuthor;
  /** Posted anonymously to the other members (the author is known only to moderators). */
  anonymous: boolean;
  /** Sanitized HTML (empty once deleted). */
  bodyHtml: string;
  /** The source, only to someone who may edit it (else null). */
  bodyMarkdown: string | null;
  createdAt: string;
  /** Set when the text was changed after posting ("diedit"). */
  editedAt: string | null;
  deleted: { at: string; byModerator: boolean; reason: string | null } | null;
  /** Hidden by a moderator: its text (empty to members) and the reason are for moderators only. */
  hidden: { at: string; reason: string | null } | null;
  /** Waiting for a moderator's approval ("Menunggu persetujuan moderator"): seen by its author and moderators only. */
  held: boolean;
  /** The post this one quotes, shortened (null when none or it was deleted). */
  quote: { postId: string; author: ForumAuthor; excerpt: string } | null;
  thanks: PostThanks;
  isAnswer: boolean;
  mayEdit: boolean;
  mayDelete: boolean;
}

export interface ForumThread {
  id: string;
  forum: { id: string; kind: ForumKind; title: string; courseId: string | null; focusGroupId: string | null };
  kind: ThreadKind;
  title: string;
  author: ForumAuthor;
  anonymous: boolean;
  createdAt: string;
  pinned: boolean;
  locked: boolean;
  /** Its opening post waits for approval: only its author and moderators see the thread. */
  held: boolean;
  /** The chosen answer of a question, shown under it (null when none). */
  answer: ForumPost | null;
  /** The viewer's place: the first post written since they last read the thread (null: all read). */
  firstUnreadSeq: number | null;
  lastSeq: number;
  watching: boolean;
  mayReply: boolean;
  mayMarkAnswer: boolean;
  mayModerate: boolean;
  /** The viewer may reply or open a thread anonymously here (a focus group that allows it). */
  mayPostAnonymously: boolean;
}

/** A thread with one page of its posts, oldest first. */
export interface ForumThreadPage {
  thread: ForumThread;
  posts: Page<ForumPost>;
}

/** A thread another one links to, or is linked from, as the viewer may read it. */
export interface ForumThreadLink {
  id: string;
  title: string;
  forum: { id: string; title: string };
}

/**
 * Links between threads, written by posts (a `/forum/topik/<id>` address or a Markdown link
 * to it): "Dibahas juga di" (threads this one's posts link to) and "Tautan dari topik lain"
 * (threads whose posts link here). Only threads the viewer may read, through posts they see.
 */
export interface ForumThreadLinks {
  linksTo: ForumThreadLink[];
  linkedFrom: ForumThreadLink[];
}

export interface ForumPostRevision {
  bodyHtml: string;
  editedAt: string;
  editor: UserRef;
}

export interface ForumSearchHit {
  threadId: string;
  threadTitle: string;
  forumId: string;
  forumTitle: string;
  postId: string;
  seq: number;
  author: ForumAuthor;
  createdAt: string;
  /** Plain text, HTML-escaped, with the matched words in <mark>. */
  snippetHtml: string;
}
