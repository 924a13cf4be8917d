import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, pageOf, timestamp } from './common.responses';
import type { Page } from './common.types';
import {
  FORUM_KINDS,
  THREAD_KINDS,
  type ForumHome,
  type ForumPost,
  type ForumPostRevision,
  type ForumSearchHit,
  type ForumSummary,
  type ForumThread,
  type ForumThreadLinks,
  type ForumThreadPage,
  type PostThanks,
  type ThreadSummary,
} from './forum.types';
import { userRefSchema } from './learning.responses';

const forumAuthorSchema = userRefSchema.nullable();

export const forumSummarySchema = describes<ForumSummary>()(
  'ForumSummary',
  z.strictObject({
    id: uuidSchema,
    kind: z.enum(FORUM_KINDS),
    title: z.string(),
    description: z.string(),
    courseId: uuidSchema.nullable(),
    focusGroupId: uuidSchema.nullable(),
    threadCount: z.number().int(),
    postCount: z.number().int(),
    unreadCount: z.number().int(),
    lastPostAt: timestamp.nullable(),
    watching: z.boolean(),
    mayModerate: z.boolean(),
  }),
);

export const forumHomeSchema = describes<ForumHome>()(
  'ForumHome',
  z.strictObject({
    community: z.array(forumSummarySchema),
    courses: z.array(forumSummarySchema),
    focusGroups: z.array(forumSummarySchema),
  }),
);

export const threadSummarySchema = describes<ThreadSummary>()(
  'ThreadSummary',
  z.strictObject({
    id: uuidSchema,
    forumId: uuidSchema,
    kind: z.enum(THREAD_KINDS),
    title: z.string(),
    author: forumAuthorSchema,
    anonymous: z.boolean(),
    createdAt: timestamp,
    lastPostAt: timestamp,
    replyCount: z.number().int(),
    unreadCount: z.number().int(),
    answered: z.boolean(),
    pinned: z.boolean(),
    locked: z.boolean(),
    held: z.boolean(),
  }),
);

export const threadSummaryPageSchema = describes<Page<ThreadSummary>>()(
  'ThreadSummaryPage',
  pageOf(threadSummarySchema),
);

export const postThanksSchema = describes<PostThanks>()(
  'PostThanks',
  z.strictObject({ count: z.number().int(), byMe: z.boolean(), names: z.array(z.string()) }),
);

export const forumPostSchema = describes<ForumPost>()(
  'ForumPost',
  z.strictObject({
    id: uuidSchema,
    threadId: uuidSchema,
    seq: z.number().int().nullable(),
    author: forumAuthorSchema,
    anonymous: z.boolean(),
    bodyHtml: z.string(),
    bodyMarkdown: z.string().nullable(),
    createdAt: timestamp,
    editedAt: timestamp.nullable(),
    deleted: z.strictObject({ at: timestamp, byModerator: z.boolean(), reason: z.string().nullable() }).nullable(),
    hidden: z.strictObject({ at: timestamp, reason: z.string().nullable() }).nullable(),
    held: z.boolean(),
    quote: z.strictObject({ postId: uuidSchema, author: forumAuthorSchema, excerpt: z.string() }).nullable(),
    thanks: postThanksSchema,
    isAnswer: z.boolean(),
    mayEdit: z.boolean(),
    mayDelete: z.boolean(),
  }),
);

export const forumThreadSchema = describes<ForumThread>()(
  'ForumThread',
  z.strictObject({
    id: uuidSchema,
    forum: z.strictObject({
      id: uuidSchema,
      kind: z.enum(FORUM_KINDS),
      title: z.string(),
      courseId: uuidSchema.nullable(),
      focusGroupId: uuidSchema.nullable(),
    }),
    kind: z.enum(THREAD_KINDS),
    title: z.string(),
    author: forumAuthorSchema,
    anonymous: z.boolean(),
    createdAt: timestamp,
    pinned: z.boolean(),
    locked: z.boolean(),
    held: z.boolean(),
    answer: forumPostSchema.nullable(),
    firstUnreadSeq: z.number().int().nullable(),
    lastSeq: z.number().int(),
    watching: z.boolean(),
    mayReply: z.boolean(),
    mayMarkAnswer: z.boolean(),
    mayModerate: z.boolean(),
    mayPostAnonymously: z.boolean(),
  }),
);

export const forumThreadPageSchema = describes<ForumThreadPage>()(
  'ForumThreadPage',
  z.strictObject({ thread: forumThreadSchema, posts: pageOf(forumPostSchema) }),
);

const forumThreadLinkSchema = z.strictObject({
  id: uuidSchema,
  title: z.string(),
  forum: z.strictObject({ id: uuidSchema, title: z.string() }),
});

export const forumThreadLinksSchema = describes<ForumThreadLinks>()(
  'ForumThreadLinks',
  z.strictObject({ linksTo: z.array(forumThreadLinkSchema), linkedFrom: z.array(forumThreadLinkSchema) }),
);

export const forumPostRevisionSchema = describes<ForumPostRevision>()(
  'ForumPostRevision',
  z.strictObject({ bodyHtml: z.string(), editedAt: timestamp, editor: userRefSchema }),
);

export const forumSearchHitPageSchema = describes<Page<ForumSearchHit>>()(
  'ForumSearchHitPage',
  pageOf(
    z.strictObject({
      threadId: uuidSchema,
      threadTitle: z.string(),
      forumId: uuidSchema,
      forumTitle: z.string(),
      postId: uuidSchema,
      seq: z.number().int(),
      author: forumAuthorSchema,
      createdAt: timestamp,
      snippetHtml: z.string(),
    }),
  ),
);
