import { z } from 'zod';
import { pageQuerySchema, uuidSchema } from './common.schemas';
import { FORUM_POST_MAX, FORUM_TITLE_MAX, THREAD_KINDS } from './forum.types';

const postBody = z.string().trim().min(1).max(FORUM_POST_MAX);

export const createForumThreadRequestSchema = z.strictObject({
  kind: z.enum(THREAD_KINDS).default('discussion'),
  title: z.string().trim().min(5).max(FORUM_TITLE_MAX),
  bodyMarkdown: postBody,
  /** Only where the viewer may post anonymously (ForumThread.mayPostAnonymously), else 403. */
  anonymous: z.boolean().default(false),
});

export const updateForumThreadRequestSchema = z.strictObject({
  title: z.string().trim().min(5).max(FORUM_TITLE_MAX),
});

export const createForumPostRequestSchema = z.strictObject({
  bodyMarkdown: postBody,
  /** A post of the same thread this reply quotes. */
  quotePostId: uuidSchema.optional(),
  anonymous: z.boolean().default(false),
});

export const updateForumPostRequestSchema = z.strictObject({ bodyMarkdown: postBody });

/** Why a post goes: optional for its author, required of a moderator. */
export const deleteForumPostRequestSchema = z.strictObject({
  reason: z.string().trim().min(5).max(500).optional(),
});

export const markForumAnswerRequestSchema = z.strictObject({ postId: uuidSchema });

/** The viewer has read the thread up to this post (its seq). */
export const forumReadRequestSchema = z.strictObject({ upToSeq: z.number().int().min(1) });

export const forumThreadPageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const forumThreadListQuerySchema = pageQuerySchema.extend({
  /** Only questions that have no chosen answer yet. */
  unanswered: z.stringbool().optional(),
});

/** Full-text search in Indonesian over titles and posts the viewer may read. */
export const forumSearchQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().min(2).max(200),
    forumId: uuidSchema.optional(),
    authorId: uuidSchema.optional(),
    from: z.iso.date({ error: 'validation.date' }).optional(),
    to: z.iso.date({ error: 'validation.date' }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: 'validation.dateRange',
    path: ['to'],
  });

/** The mention autocomplete: people who may read this forum, by name. */
export const forumPeopleQuerySchema = z.strictObject({ q: z.string().trim().min(1).max(60) });

/** An image for a post: the forum it is for, sent before the file (multipart). */
export const forumImageUploadFieldsSchema = z.strictObject({ forumId: uuidSchema });
