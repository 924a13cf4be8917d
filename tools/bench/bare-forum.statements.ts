/**
 * The statements the api runs for the forum home, a thread page and a search, word for
 * word as PostgreSQL logged them from the api (`log_statement = all`): the forum lib's and
 * learning's own SQL, and what TypeORM writes for the entity look-ups (its aliased columns,
 * its `IN ($1, $2, ...)` lists). The bare server turns TypeORM's aliases back into fields.
 * The forums themselves are read with the forum lib's own statements (`FORUM_STATEMENTS`).
 */

/** TypeORM's select list for an entity: `"Alias"."column" AS "Alias_column"`. */
const columns = (alias: string, names: string[]) =>
  names.map((name) => `"${alias}"."${name}" AS "${alias}_${name}"`).join(', ');
const parameters = (count: number) => Array.from({ length: count }, (_unused, i) => `$${i + 1}`).join(', ');

const THREAD = columns('ForumThreadEntity', [
  'id',
  'forum_id',
  'kind',
  'title',
  'author_id',
  'created_at',
  'last_post_at',
  'last_seq',
  'post_count',
  'answer_post_id',
  'pinned',
  'locked',
  'held_at',
]);
const POST = columns('ForumPostEntity', [
  'id',
  'thread_id',
  'seq',
  'author_id',
  'body_markdown',
  'body_html',
  'body_text',
  'quote_post_id',
  'anonymous',
  'created_at',
  'edited_at',
  'deleted_at',
  'deleted_by',
  'delete_reason',
  'hidden_at',
  'hidden_by',
  'hide_reason',
  'held_at',
]);
const USER = columns('UserEntity', ['id', 'email', 'full_name', 'nip', 'roles', 'status', 'institution_id']);

/** A row of TypeORM's aliased columns as the entity's fields ("ForumPostEntity_quote_post_id" -> quotePostId). */
export function entity<T>(row: Record<string, unknown>): T {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = key.slice(key.indexOf('_') + 1).replace(/_([a-z])/g, (_whole, letter: string) => letter.toUpperCase());
    fields[name] = value;
  }
  return fields as T;
}

export interface ThreadRow {
  id: string;
  forumId: string;
  kind: 'discussion' | 'question';
  title: string;
  authorId: string;
  createdAt: Date;
  lastSeq: number;
  answerPostId: string | null;
  pinned: boolean;
  locked: boolean;
  heldAt: Date | null;
}

export interface PostRow {
  id: string;
  threadId: string;
  seq: number;
  authorId: string;
  bodyMarkdown: string;
  bodyHtml: string;
  bodyText: string;
  quotePostId: string | null;
  anonymous: boolean;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedBy: string | null;
  deleteReason: string | null;
  hiddenAt: Date | null;
  hideReason: string | null;
  heldAt: Date | null;
}

export interface StatsRow {
  forumId: string;
  threads: string;
  posts: string;
  unread: string;
  lastPostAt: Date | null;
}

export interface HitRow {
  threadId: string;
  threadTitle: string;
  forumId: string;
  postId: string;
  seq: number;
  authorId: string;
  anonymous: boolean;
  createdAt: Date;
  headline: string;
  total: string;
}

// ForumAccessService and CourseMembershipService (learning).
export const READABLE_COURSES = `SELECT c.id, c.title FROM courses c
        WHERE c.status <> 'draft'
          AND ($2 OR c.owner_id = $1
               OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = $1)
               OR EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = $1
                            AND e.status IN ('active', 'completed')))
        ORDER BY lower(c.title), c.id`;
export const ENSURE_COURSE_FORUMS = `INSERT INTO forums (kind, course_id) SELECT 'course', unnest($1::uuid[]) ON CONFLICT (course_id) DO NOTHING`;
export const MEMBERSHIP = `SELECT c.title,
              (c.owner_id = $2 OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = $2)) AS trainer,
              EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = $2
                         AND e.status IN ('active', 'completed')) AS learner
         FROM courses c WHERE c.id = $1 AND c.status <> 'draft'`;
export const THREAD_BY_ID = `SELECT ${THREAD} FROM "forum_threads" "ForumThreadEntity" WHERE (("ForumThreadEntity"."id" = $1)) LIMIT 1`;
// FocusGroupForumService.viewsOf (the focus groups' forums on the home): every active group for staff, else the
// reader's groups, with the reader's place in each.
export const FOCUS_GROUP_VIEWS = `SELECT g.id AS "spaceId", g.topic AS title, g.allow_anonymous AS "anonymousAllowed", p.role AS "groupRole"
                FROM focus_groups g
                LEFT JOIN focus_group_people p ON p.group_id = g.id AND p.user_id = $1 WHERE CASE WHEN $2 THEN g.status = 'active' ELSE p.user_id IS NOT NULL END`;

// ForumReadsService, ForumWatchesService.
export const FORUM_STATS = `SELECT t.forum_id AS "forumId", count(*) AS threads, sum(t.post_count) AS posts,
                sum(t.last_seq - coalesce(r.last_read_seq, 0)) AS unread, max(t.last_post_at) AS "lastPostAt"
           FROM forum_threads t
           LEFT JOIN forum_thread_reads r ON r.thread_id = t.id AND r.user_id = $1
          WHERE t.forum_id = ANY($2::uuid[])
          GROUP BY t.forum_id`;
export const WATCHED = `SELECT coalesce(thread_id, forum_id) AS id FROM forum_watches
        WHERE user_id = $1 AND (thread_id = ANY($2::uuid[]) OR forum_id = ANY($2::uuid[]))`;
export const LAST_READ = `SELECT thread_id AS "threadId", last_read_seq AS seq FROM forum_thread_reads
        WHERE user_id = $1 AND thread_id = ANY($2::uuid[])`;

// ForumThreadsService.page: one statement, the page and its total (a window), the entity's
// columns named as its fields (from its metadata, in its order), so rows need no unaliasing.
const POST_FIELDS = [
  ['id', 'id'],
  ['thread_id', 'threadId'],
  ['seq', 'seq'],
  ['author_id', 'authorId'],
  ['body_markdown', 'bodyMarkdown'],
  ['body_html', 'bodyHtml'],
  ['body_text', 'bodyText'],
  ['quote_post_id', 'quotePostId'],
  ['anonymous', 'anonymous'],
  ['created_at', 'createdAt'],
  ['edited_at', 'editedAt'],
  ['deleted_at', 'deletedAt'],
  ['deleted_by', 'deletedBy'],
  ['delete_reason', 'deleteReason'],
  ['hidden_at', 'hiddenAt'],
  ['hidden_by', 'hiddenBy'],
  ['hide_reason', 'hideReason'],
  ['held_at', 'heldAt'],
]
  .map(([column, field]) => `p.${column} AS "${field}"`)
  .join(', ');
export const THREAD_POSTS_PAGE = `SELECT ${POST_FIELDS}, count(*) OVER () AS total FROM forum_posts p
      WHERE p.thread_id = $1 AND (p.held_at IS NULL OR p.author_id = $2 OR $3)
        ORDER BY p.seq ASC NULLS LAST, p.created_at ASC
        LIMIT $4 OFFSET $5`;
// PostViewsService, UserDirectoryService.byIds.
export const OPENING_POST = `SELECT ${POST} FROM "forum_posts" "ForumPostEntity" WHERE (("ForumPostEntity"."thread_id" = $1) AND ("ForumPostEntity"."seq" = $2)) LIMIT 1`;
export const POST_BY_ID = `SELECT ${POST} FROM "forum_posts" "ForumPostEntity" WHERE (("ForumPostEntity"."id" = $1)) LIMIT 1`;
export const postsByIds = (count: number) =>
  `SELECT ${POST} FROM "forum_posts" "ForumPostEntity" WHERE (("ForumPostEntity"."id" IN (${parameters(count)})))`;
export const THANKS = `SELECT post_id AS "postId", array_agg(user_id::text ORDER BY created_at, user_id) AS "userIds"
         FROM forum_thanks WHERE post_id = ANY($1::uuid[]) GROUP BY post_id`;
export const usersByIds = (count: number) =>
  `SELECT ${USER} FROM "users" "UserEntity" WHERE (("UserEntity"."id" IN (${parameters(count)})))`;

// ForumSearchService.
export const SEARCH = `SELECT t.id AS "threadId", t.title AS "threadTitle", t.forum_id AS "forumId", p.id AS "postId", p.seq,
              p.author_id AS "authorId", p.anonymous, p.created_at AS "createdAt",
              ts_headline('indonesian', p.body_text, q, $8) AS headline,
              count(*) OVER () AS total
         FROM websearch_to_tsquery('indonesian', $1) AS q, forum_posts p
         JOIN forum_threads t ON t.id = p.thread_id
        WHERE t.forum_id = ANY($2::uuid[]) AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND p.held_at IS NULL AND t.held_at IS NULL
          AND (p.search @@ q OR (p.seq = 1 AND t.search @@ q))
          AND ($3::uuid IS NULL OR (p.author_id = $3
               AND (NOT p.anonymous OR p.author_id = $9 OR t.forum_id = ANY($10::uuid[]))))
          AND ($4::date IS NULL OR p.created_at >= ($4::date)::timestamp AT TIME ZONE 'Asia/Jakarta')
          AND ($5::date IS NULL OR p.created_at < ($5::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
        ORDER BY ts_rank(p.search, q) + CASE WHEN p.seq = 1 THEN ts_rank(t.search, q) ELSE 0 END DESC,
                 p.created_at DESC, p.id
        LIMIT $6 OFFSET $7`;
