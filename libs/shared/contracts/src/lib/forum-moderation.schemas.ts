import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { FORUM_HOLD_FIRST_POSTS_MAX } from './forum.types';
import {
  FORUM_REPORT_DETAILS_MAX,
  FORUM_REPORT_OUTCOMES,
  FORUM_REPORT_REASONS,
  FORUM_SUSPENSION_MAX_DAYS,
} from './forum-moderation.types';

const reason = z.string().trim().min(5).max(500);

/** A report: a reason from the list; text is required for "other". */
export const createForumReportRequestSchema = z
  .strictObject({
    reason: z.enum(FORUM_REPORT_REASONS),
    details: z.string().trim().max(FORUM_REPORT_DETAILS_MAX).optional(),
  })
  .refine((body) => body.reason !== 'other' || (body.details?.length ?? 0) >= 5, {
    error: 'validation.forumReportDetails',
    path: ['details'],
  });

/** Hide or restore a post: the reason is required. */
export const forumModerationReasonRequestSchema = z.strictObject({ reason });

export const closeForumReportsRequestSchema = z.strictObject({
  outcome: z.enum(FORUM_REPORT_OUTCOMES),
  note: z.string().trim().max(500).optional(),
});

/** Lock, pin or move a thread; at least one change. The reason is required for a move. */
export const moderateForumThreadRequestSchema = z
  .strictObject({
    locked: z.boolean().optional(),
    pinned: z.boolean().optional(),
    forumId: uuidSchema.optional(),
    reason: reason.optional(),
  })
  .refine((body) => body.locked !== undefined || body.pinned !== undefined || body.forumId !== undefined, {
    error: 'validation.forumNothingToChange',
  })
  .refine((body) => body.forumId === undefined || body.reason !== undefined, {
    error: 'validation.forumMoveReason',
    path: ['reason'],
  });

/** Suspend a member from one forum, or with forumId null from the whole community forum. */
export const createForumSuspensionRequestSchema = z.strictObject({
  userId: uuidSchema,
  forumId: uuidSchema.nullable(),
  days: z.number().int().min(1).max(FORUM_SUSPENSION_MAX_DAYS),
  reason,
});

export const forumModerationLogQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** A forum's setting: hold each member's first N posts for approval (0: off). */
export const forumSettingsRequestSchema = z.strictObject({
  holdFirstPosts: z.number().int().min(0).max(FORUM_HOLD_FIRST_POSTS_MAX),
});
