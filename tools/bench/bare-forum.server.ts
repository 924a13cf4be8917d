/**
 * The baseline of the forum benchmark: bare Fastify and a pg Pool running, for the forum
 * home, a thread page and a search, the very statements the api runs (libs/api/forum and the
 * learning and identity services it asks; TypeORM's as it writes them, with plain aliases),
 * in the same order and with the same ones in parallel, and answering the same JSON (the
 * post text helpers of the forum lib). No framework, auth, validation or request log; the
 * viewer is fixed. Started with the api's environment; argv: port, viewer's user id, the
 * pool's application_name.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { FORUM_AUTHOR_DELETE_MINUTES, FORUM_POSTS_PAGE_SIZE, type Role } from '@bina-pustaka/shared-contracts';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import { resolveImageSources } from '../../libs/api/platform/src/lib/text/markdown';
import {
  excerpt,
  HIT_CLOSE,
  HIT_OPEN,
  mentionedIds,
  showMentions,
  snippetHtml,
} from '../../libs/api/forum/src/lib/shared/post-text';
import { FORUM_STATEMENTS } from '../../libs/api/forum/src/lib/access/forum-rows';
import * as sql from './bare-forum.statements';

const [port, viewerId, applicationName] = process.argv.slice(2);
const config = loadConfig(process.env);
// As many connections as the api's TypeORM pool.
const pool = new Pool({ connectionString: config.database.url, max: 20, application_name: applicationName });
pool.on('error', (error) => console.error(`bare forum server: ${error.message}`));

interface Forum {
  id: string;
  kind: 'community' | 'course' | 'focus-group';
  title: string | null;
  description: string;
  courseId: string | null;
  spaceId: string | null;
}
interface Access {
  forum: Forum;
  title: string;
  mayModerate: boolean;
}
type Post = sql.PostRow;

/** post-views.service's knowsAuthor: an anonymous post's author is known to them and the moderators. */
const knowsAuthor = (access: Access, post: { anonymous: boolean; authorId: string }) =>
  !post.anonymous || access.mayModerate || post.authorId === viewerId;

/** ForumImagesService.shown: the bench's posts carry no images, so there is no address to sign. */
const noImages = (fileId: string): string => {
  throw new Error(`the bench data has an image (${fileId}): the bare server does not sign file addresses`);
};

/** How many first names of those who thanked a post it shows (post-views.service). */
const THANKS_NAMES = 10;

let roles: Role[] = [];
const isStaff = () => roles.includes('coordinator') || roles.includes('admin');
const moderatesCommunity = () => roles.includes('moderator') || isStaff();

const rows = async <T>(text: string, values: unknown[]): Promise<T[]> => (await pool.query(text, values)).rows as T[];
/** A TypeORM look-up: its rows as entities. */
const entities = async <T>(text: string, values: unknown[]): Promise<T[]> =>
  (await rows<Record<string, unknown>>(text, values)).map((row) => sql.entity<T>(row));

/** CourseMembershipService.membership: the viewer's role in a course, null for none. */
async function membership(courseId: string): Promise<{ role: 'moderator' | 'member' | 'none'; title: string } | null> {
  const [row] = await rows<{ title: string; trainer: boolean; learner: boolean }>(sql.MEMBERSHIP, [courseId, viewerId]);
  if (!row) return null;
  return { role: isStaff() || row.trainer ? 'moderator' : row.learner ? 'member' : 'none', title: row.title };
}

/** forum-threads.service's focusGroupOf: a focus group's forum names its group. */
const focusGroupOf = (forum: Forum) => (forum.kind === 'focus-group' ? forum.spaceId : null);

/** ForumAccessService.readableSpaces with FocusGroupForumService.viewsOf: the viewer's focus groups' forums, by title. */
async function readableSpaces(): Promise<Access[]> {
  const views = await rows<{ spaceId: string; title: string; groupRole: string | null }>(sql.FOCUS_GROUP_VIEWS, [
    viewerId,
    isStaff(),
  ]);
  const mine = new Map(views.filter((view) => view.groupRole || isStaff()).map((view) => [view.spaceId, view]));
  if (mine.size === 0) return [];
  const forums = await rows<Forum>(FORUM_STATEMENTS.ofSpaces, ['focus-group', [...mine.keys()]]);
  return forums
    .map((forum) => {
      const view = mine.get(forum.spaceId as string) as { title: string; groupRole: string | null };
      return { forum, title: view.title, mayModerate: isStaff() || view.groupRole === 'facilitator' };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'id'));
}

/** ForumAccessService.readable. */
async function readable(): Promise<{ community: Access[]; courses: Access[]; spaces: Access[] }> {
  const categories = await rows<Forum>(FORUM_STATEMENTS.community, []);
  const courses = await rows<{ id: string; title: string }>(sql.READABLE_COURSES, [viewerId, isStaff()]);
  const courseIds = courses.map((course) => course.id);
  // CourseForumsService.of: the forums, made first only when a course has none yet.
  let forums = new Map<string | null, Forum>();
  if (courseIds.length > 0) {
    const select = () => rows<Forum>(FORUM_STATEMENTS.ofCourses, [courseIds]);
    let found = await select();
    if (found.length < courseIds.length) {
      await pool.query(sql.ENSURE_COURSE_FORUMS, [courseIds]);
      found = await select();
    }
    forums = new Map(found.map((f) => [f.courseId, f]));
  }
  const moderated = new Set<string>(isStaff() ? courseIds : []);
  if (!isStaff()) {
    for (const id of courseIds) if ((await membership(id))?.role === 'moderator') moderated.add(id);
  }
  return {
    community: categories.map((forum) => ({ forum, title: forum.title ?? '', mayModerate: moderatesCommunity() })),
    courses: courses.map((course) => ({
      forum: forums.get(course.id) as Forum,
      title: course.title,
      mayModerate: moderated.has(course.id),
    })),
    spaces: await readableSpaces(),
  };
}

async function watched(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await rows<{ id: string }>(sql.WATCHED, [viewerId, ids])).map((row) => row.id));
}

/** UserDirectoryService.byIds, names only. */
async function names(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const people = await entities<{ id: string; fullName: string }>(sql.usersByIds(unique.length), unique);
  return new Map(people.map((person) => [person.id, person.fullName]));
}

/** ForumBoardsService.summaries. */
async function summaries(forums: Access[]) {
  const ids = forums.map((each) => each.forum.id);
  const [stats, watching] = await Promise.all([
    ids.length === 0 ? Promise.resolve([]) : rows<sql.StatsRow>(sql.FORUM_STATS, [viewerId, ids]),
    watched(ids),
  ]);
  const byForum = new Map(stats.map((row) => [row.forumId, row]));
  return forums.map(({ forum, title, mayModerate }) => {
    const counts = byForum.get(forum.id);
    return {
      id: forum.id,
      kind: forum.kind,
      title,
      focusGroupId: focusGroupOf(forum),
      description: forum.description,
      courseId: forum.courseId,
      threadCount: Number(counts?.threads ?? 0),
      postCount: Number(counts?.posts ?? 0),
      unreadCount: Number(counts?.unread ?? 0),
      lastPostAt: counts?.lastPostAt?.toISOString() ?? null,
      watching: watching.has(forum.id),
      mayModerate,
    };
  });
}

/** ForumAccessService.thread: null where the api answers 404. */
async function threadAccess(threadId: string): Promise<{ access: Access; thread: sql.ThreadRow } | null> {
  const [thread] = await entities<sql.ThreadRow>(sql.THREAD_BY_ID, [threadId]);
  const [forum] = thread ? await rows<Forum>(FORUM_STATEMENTS.byId, [thread.forumId]) : [];
  if (!thread || !forum || forum.kind === 'focus-group') return null;
  if (thread.heldAt && thread.authorId !== viewerId) throw new Error('the bench data has held threads');
  if (!forum.courseId)
    return { thread, access: { forum, title: forum.title ?? '', mayModerate: moderatesCommunity() } };
  const member = await membership(forum.courseId);
  if (!member || member.role === 'none') return null;
  return { thread, access: { forum, title: member.title, mayModerate: member.role === 'moderator' } };
}

/** PostViewsService.view, with its rules for what a viewer reads and may do. */
async function viewPosts(access: Access, thread: sql.ThreadRow, posts: Post[]) {
  if (posts.length === 0) return [];
  const quoteIds = [...new Set(posts.map((post) => post.quotePostId).filter((id): id is string => !!id))];
  const quoted = quoteIds.length ? await entities<Post>(sql.postsByIds(quoteIds.length), quoteIds) : [];
  const quotes = new Map(quoted.map((post) => [post.id, post]));
  const thanks = new Map(
    (await rows<{ postId: string; userIds: string[] }>(sql.THANKS, [posts.map((post) => post.id)])).map((row) => [
      row.postId,
      row.userIds,
    ]),
  );
  const people = await names([
    ...posts.flatMap((post) => [post.authorId, ...mentionedIds(post.bodyHtml)]),
    ...quoted.map((post) => post.authorId),
    ...[...thanks.values()].flatMap((userIds) => userIds.slice(0, THANKS_NAMES)),
  ]);
  const ref = (id: string) => ({ id, fullName: people.get(id) ?? '' });
  const author = (each: Post) => (knowsAuthor(access, each) ? ref(each.authorId) : null);
  const concealed = (post: Post) => !!post.deletedAt || (!!post.hiddenAt && !access.mayModerate);
  return posts.map((post) => {
    const quote = post.quotePostId ? quotes.get(post.quotePostId) : undefined;
    const mayEdit = !post.deletedAt && (access.mayModerate || (post.authorId === viewerId && !post.hiddenAt));
    const withinWindow = Date.now() - post.createdAt.getTime() <= FORUM_AUTHOR_DELETE_MINUTES * 60_000;
    const userIds = thanks.get(post.id) ?? [];
    return {
      id: post.id,
      threadId: post.threadId,
      seq: post.seq,
      author: author(post),
      anonymous: post.anonymous,
      bodyHtml: concealed(post) ? '' : resolveImageSources(showMentions(post.bodyHtml, people), noImages),
      bodyMarkdown: mayEdit ? post.bodyMarkdown : null,
      createdAt: post.createdAt.toISOString(),
      editedAt: post.editedAt?.toISOString() ?? null,
      deleted: post.deletedAt
        ? { at: post.deletedAt.toISOString(), byModerator: post.deletedBy !== post.authorId, reason: post.deleteReason }
        : null,
      hidden: post.hiddenAt
        ? { at: post.hiddenAt.toISOString(), reason: access.mayModerate ? post.hideReason : null }
        : null,
      held: !!post.heldAt,
      quote:
        quote && !concealed(quote)
          ? { postId: quote.id, author: author(quote), excerpt: excerpt(quote.bodyText) }
          : null,
      thanks: {
        count: userIds.length,
        byMe: userIds.includes(viewerId),
        names: userIds.slice(0, THANKS_NAMES).map((id) => (people.get(id) ?? '').split(/\s+/)[0]),
      },
      isAnswer: thread.answerPostId === post.id && !post.deletedAt,
      mayEdit,
      mayDelete: !post.deletedAt && (access.mayModerate || (post.authorId === viewerId && withinWindow)),
    };
  });
}

/** ForumThreadsService.header. */
async function header(access: Access, thread: sql.ThreadRow) {
  const [lastRead, watching, authors, answer, opening] = await Promise.all([
    rows<{ threadId: string; seq: number }>(sql.LAST_READ, [viewerId, [thread.id]]),
    watched([thread.id]),
    names([thread.authorId]),
    thread.answerPostId ? entities<Post>(sql.POST_BY_ID, [thread.answerPostId]).then(([post]) => post) : null,
    entities<Post>(sql.OPENING_POST, [thread.id, 1]).then(([post]) => post),
  ]);
  const anonymous = opening?.anonymous ?? false;
  const readUpTo = lastRead[0]?.seq ?? 0;
  const mayMarkAnswer = access.mayModerate || thread.authorId === viewerId;
  return {
    id: thread.id,
    forum: {
      id: access.forum.id,
      kind: access.forum.kind,
      title: access.title,
      courseId: access.forum.courseId,
      focusGroupId: focusGroupOf(access.forum),
    },
    kind: thread.kind,
    title: thread.title,
    author: knowsAuthor(access, { anonymous, authorId: thread.authorId })
      ? { id: thread.authorId, fullName: authors.get(thread.authorId) ?? '' }
      : null,
    anonymous,
    createdAt: thread.createdAt.toISOString(),
    pinned: thread.pinned,
    locked: thread.locked,
    held: !!thread.heldAt,
    answer: answer && !answer.deletedAt ? (await viewPosts(access, thread, [answer]))[0] : null,
    firstUnreadSeq: readUpTo < thread.lastSeq ? readUpTo + 1 : null,
    lastSeq: thread.lastSeq,
    watching: watching.has(thread.id),
    mayReply: !thread.locked || access.mayModerate,
    mayMarkAnswer: thread.kind === 'question' && mayMarkAnswer,
    mayModerate: access.mayModerate,
    mayPostAnonymously: false,
  };
}

const app = Fastify();
app.get('/forums', async () => {
  const { community, courses, spaces } = await readable();
  const [communityViews, courseViews, spaceViews] = await Promise.all([
    summaries(community),
    summaries(courses),
    summaries(spaces),
  ]);
  return { community: communityViews, courses: courseViews, focusGroups: spaceViews };
});
app.get<{ Params: { id: string }; Querystring: { page?: string } }>('/forum-threads/:id', async (request, reply) => {
  const page = Number(request.query.page ?? 1);
  const found = await threadAccess(request.params.id);
  if (!found) return reply.code(404).send({ message: 'not found' });
  const { access, thread } = found;
  const posts = await rows<Post & { total: string }>(sql.THREAD_POSTS_PAGE, [
    thread.id,
    viewerId,
    access.mayModerate,
    FORUM_POSTS_PAGE_SIZE,
    (page - 1) * FORUM_POSTS_PAGE_SIZE,
  ]);
  const total = Number(posts[0]?.total ?? 0);
  return {
    thread: await header(access, thread),
    posts: { items: await viewPosts(access, thread, posts), total, page, pageSize: FORUM_POSTS_PAGE_SIZE },
  };
});
app.get<{ Querystring: { q: string; page?: string; pageSize?: string } }>('/forum-search', async (request) => {
  const page = Number(request.query.page ?? 1);
  const pageSize = Number(request.query.pageSize ?? 20);
  const { community, courses, spaces } = await readable();
  const readableForums = new Map([...community, ...courses, ...spaces].map((each) => [each.forum.id, each]));
  const moderated = [...readableForums.values()].filter((each) => each.mayModerate).map((each) => each.forum.id);
  const hits = await rows<sql.HitRow>(sql.SEARCH, [
    request.query.q.trim(),
    [...readableForums.keys()],
    null,
    null,
    null,
    pageSize,
    (page - 1) * pageSize,
    `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2`,
    viewerId,
    moderated,
  ]);
  const people = await names(hits.map((hit) => hit.authorId));
  return {
    items: hits.map((hit) => ({
      threadId: hit.threadId,
      threadTitle: hit.threadTitle,
      forumId: hit.forumId,
      forumTitle: readableForums.get(hit.forumId)?.title ?? '',
      postId: hit.postId,
      seq: hit.seq,
      author: knowsAuthor(readableForums.get(hit.forumId) as Access, hit)
        ? { id: hit.authorId, fullName: people.get(hit.authorId) ?? '' }
        : null,
      createdAt: hit.createdAt.toISOString(),
      snippetHtml: snippetHtml(hit.headline),
    })),
    total: Number(hits[0]?.total ?? 0),
    page,
    pageSize,
  };
});

pool
  .query<{ roles: Role[] }>(`SELECT roles FROM users WHERE id = $1`, [viewerId])
  .then((result) => {
    roles = result.rows[0].roles;
    return app.listen({ port: Number(port), host: '127.0.0.1' });
  })
  .then(() => process.send?.('ready'))
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
