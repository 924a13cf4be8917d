import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import type { Page } from './common.types';
import {
  FORUM_MODERATION_ACTIONS,
  FORUM_REPORT_REASONS,
  type ForumHeldPost,
  type ForumModerationLogEntry,
  type ForumModerationQueueItem,
  type ForumReportReceipt,
  type ForumSuspension,
  type ModeratedForum,
} from './forum-moderation.types';
import { FORUM_KINDS } from './forum.types';
import { userRefSchema } from './learning.responses';

const forumRef = z.strictObject({ id: uuidSchema, title: z.string() });

export const forumReportReceiptSchema = describes<ForumReportReceipt>()(
  'ForumReportReceipt',
  z.strictObject({ id: uuidSchema, postId: uuidSchema, reason: z.enum(FORUM_REPORT_REASONS), createdAt: timestamp }),
);

export const forumModerationQueueItemSchema = describes<ForumModerationQueueItem>()(
  'ForumModerationQueueItem',
  z.strictObject({
    post: z.strictObject({
      id: uuidSchema,
      seq: z.number().int(),
      author: userRefSchema,
      bodyHtml: z.string(),
      createdAt: timestamp,
      hidden: z.boolean(),
      deleted: z.boolean(),
    }),
    thread: z.strictObject({ id: uuidSchema, title: z.string(), locked: z.boolean(), pinned: z.boolean() }),
    forum: forumRef,
    reportCount: z.number().int(),
    reasons: z.array(z.strictObject({ reason: z.enum(FORUM_REPORT_REASONS), count: z.number().int() })),
    details: z.array(
      z.strictObject({
        reporter: userRefSchema,
        reason: z.enum(FORUM_REPORT_REASONS),
        text: z.string().nullable(),
        at: timestamp,
      }),
    ),
    latestReportAt: timestamp,
  }),
);

export const forumModerationLogPageSchema = describes<Page<ForumModerationLogEntry>>()(
  'ForumModerationLogPage',
  pageOf(
    z.strictObject({
      id: uuidSchema,
      action: z.enum(FORUM_MODERATION_ACTIONS),
      actor: userRefSchema,
      forum: forumRef.nullable(),
      thread: forumRef.nullable(),
      postId: uuidSchema.nullable(),
      subject: userRefSchema.nullable(),
      reason: z.string().nullable(),
      detail: z.string().nullable(),
      at: timestamp,
    }),
  ),
);

export const forumSuspensionSchema = describes<ForumSuspension>()(
  'ForumSuspension',
  z.strictObject({
    id: uuidSchema,
    member: userRefSchema,
    forum: forumRef.nullable(),
    endsAt: timestamp,
    reason: z.string(),
    by: userRefSchema,
    createdAt: timestamp,
  }),
);

export const moderatedForumSchema = describes<ModeratedForum>()(
  'ModeratedForum',
  z.strictObject({
    id: uuidSchema,
    kind: z.enum(FORUM_KINDS),
    title: z.string(),
    holdFirstPosts: z.number().int(),
  }),
);

export const forumHeldPostSchema = describes<ForumHeldPost>()(
  'ForumHeldPost',
  z.strictObject({
    post: z.strictObject({ id: uuidSchema, author: userRefSchema, bodyHtml: z.string(), createdAt: timestamp }),
    thread: z.strictObject({ id: uuidSchema, title: z.string(), opening: z.boolean() }),
    forum: forumRef,
  }),
);
