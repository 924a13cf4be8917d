import type { UserRef } from './learning.types';
import type { ForumKind } from './forum.types';

/**
 * Forum moderation (issue 13): members report posts; the forum's moderators (a course's
 * trainers, coordinators and admins for everything) work through the queue, hide posts,
 * lock, pin and move threads and suspend members; each action is written to a log.
 */
export const FORUM_REPORT_REASONS = ['spam', 'offensive', 'off-topic', 'personal-info', 'other'] as const;
export type ForumReportReason = (typeof FORUM_REPORT_REASONS)[number];

export const FORUM_REPORT_OUTCOMES = ['resolved', 'dismissed'] as const;
export type ForumReportOutcome = (typeof FORUM_REPORT_OUTCOMES)[number];

export const FORUM_MODERATION_ACTIONS = [
  'post-hidden',
  'post-restored',
  'reports-resolved',
  'reports-dismissed',
  'thread-locked',
  'thread-unlocked',
  'thread-pinned',
  'thread-unpinned',
  'thread-moved',
  'member-suspended',
  'suspension-lifted',
  'post-approved',
  'post-rejected',
  'hold-first-posts-changed',
] as const;
export type ForumModerationAction = (typeof FORUM_MODERATION_ACTIONS)[number];

export const FORUM_SUSPENSION_MAX_DAYS = 365;
export const FORUM_REPORT_DETAILS_MAX = 1000;

/** The reporter's receipt. */
export interface ForumReportReceipt {
  id: string;
  postId: string;
  reason: ForumReportReason;
  createdAt: string;
}

/** One reported post in the queue, with its open reports gathered. */
export interface ForumModerationQueueItem {
  post: {
    id: string;
    seq: number;
    author: UserRef;
    /** The sanitized text, as moderators read it (even when hidden). */
    bodyHtml: string;
    createdAt: string;
    hidden: boolean;
    deleted: boolean;
  };
  thread: { id: string; title: string; locked: boolean; pinned: boolean };
  forum: { id: string; title: string };
  reportCount: number;
  reasons: { reason: ForumReportReason; count: number }[];
  /** What reporters wrote (newest first, at most 10). */
  details: { reporter: UserRef; reason: ForumReportReason; text: string | null; at: string }[];
  latestReportAt: string;
}

export interface ForumModerationLogEntry {
  id: string;
  action: ForumModerationAction;
  actor: UserRef;
  forum: { id: string; title: string } | null;
  thread: { id: string; title: string } | null;
  postId: string | null;
  subject: UserRef | null;
  reason: string | null;
  /** e.g. the forum a thread moved from, or a suspension's end. */
  detail: string | null;
  at: string;
}

/** A member kept from writing in a forum (or, forumId null, the whole community) until endsAt. */
export interface ForumSuspension {
  id: string;
  member: UserRef;
  forum: { id: string; title: string } | null;
  endsAt: string;
  reason: string;
  by: UserRef;
  createdAt: string;
}

/** A forum the viewer moderates, for the move picker and the suspension form. */
export interface ModeratedForum {
  id: string;
  kind: ForumKind;
  title: string;
  /** How many first posts of a member wait for approval here (0: none are held). */
  holdFirstPosts: number;
}

/** A post waiting for approval, in the moderators' queue (oldest first). */
export interface ForumHeldPost {
  post: { id: string; author: UserRef; bodyHtml: string; createdAt: string };
  /** `opening`: the post opens the thread, which nobody else sees until it is approved. */
  thread: { id: string; title: string; opening: boolean };
  forum: { id: string; title: string };
}
