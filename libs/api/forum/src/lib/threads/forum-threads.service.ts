import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import {
  FORUM_POSTS_PAGE_SIZE,
  type ForumThread,
  type ForumThreadPage,
  type ThreadKind,
} from '@bina-pustaka/shared-contracts';
import { DataSource, MoreThan } from 'typeorm';
import { ForumAccessService, type ForumAccess } from '../access/forum-access.service';
import { ForumRateLimitService } from '../access/forum-rate-limit.service';
import { ForumSuspensionsService } from '../access/forum-suspensions.service';
import { ForumPostEntity, ForumThreadEntity, type ForumEntity } from '../entities/forum.entity';
import { ForumLiveChangesService } from '../shared/forum-live-changes.service';
import { ForumNotifierService } from '../posts/forum-notifier.service';
import { ForumPostsService } from '../posts/forum-posts.service';
import { ForumWatchesService } from '../posts/forum-watches.service';
import { knowsAuthor, PostViewsService } from '../posts/post-views.service';
import { ForumReadsService } from '../reading/forum-reads.service';

/** Threads: opening one, reading it a page at a time, its title and its chosen answer. */
@Injectable()
export class ForumThreadsService {
  private columns: string | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly rateLimit: ForumRateLimitService,
    private readonly posts: ForumPostsService,
    private readonly views: PostViewsService,
    private readonly watches: ForumWatchesService,
    private readonly reads: ForumReadsService,
    private readonly notifier: ForumNotifierService,
    private readonly directory: UserDirectoryService,
    private readonly live: ForumLiveChangesService,
    private readonly suspensions: ForumSuspensionsService,
  ) {}

  /** A new thread and its opening post; the author watches it, the forum's watchers hear of it. */
  async create(
    actor: Principal,
    forumId: string,
    body: { kind: ThreadKind; title: string; bodyMarkdown: string; anonymous?: boolean },
  ): Promise<ForumThreadPage> {
    const access = await this.access.forum(actor, forumId);
    await this.suspensions.assertMayWrite(actor, access);
    this.posts.assertMayPostAs(access, body.anonymous);
    const anonymous = body.anonymous ?? false;
    const rendered = await this.posts.prepare(actor, access, body.bodyMarkdown);
    await this.rateLimit.consume(actor.userId, access.mayModerate);
    // A held opening post holds its whole thread; it keeps seq 1, since nobody else sees the thread.
    const heldAt = (await this.posts.holds(access, actor.userId)) ? new Date() : null;
    const thread = await this.dataSource.transaction(async (manager) => {
      const created = await manager.getRepository(ForumThreadEntity).save({
        forumId: access.forum.id,
        kind: body.kind,
        title: body.title,
        authorId: actor.userId,
        createdAt: new Date(),
        lastPostAt: new Date(),
        lastSeq: 0,
        postCount: 0,
        answerPostId: null,
        pinned: false,
        locked: false,
        heldAt,
      });
      const opening = await this.posts.insert(
        manager,
        created.id,
        actor.userId,
        body.bodyMarkdown,
        rendered,
        null,
        false,
        anonymous,
      );
      if (heldAt) await manager.getRepository(ForumPostEntity).update(opening.id, { heldAt });
      await this.watches.watchThread(actor.userId, created.id, manager);
      return created;
    });
    if (!heldAt) {
      await this.notifier.written({
        access,
        thread,
        seq: 1,
        authorId: actor.userId,
        anonymous,
        mentions: rendered.mentions,
      });
    }
    return this.page(actor, thread.id, 1);
  }

  /** The thread and one page of its posts, oldest first. */
  async page(actor: Principal, threadId: string, page: number): Promise<ForumThreadPage> {
    const { access, thread } = await this.access.thread(actor, threadId);
    const { posts, total } = await this.postsPage(actor, access, thread.id, page);
    return {
      thread: await this.header(actor, access, thread),
      posts: {
        items: await this.views.view(actor, access, thread, posts),
        total,
        page,
        pageSize: FORUM_POSTS_PAGE_SIZE,
      },
    };
  }

  /**
   * One page of posts and how many the viewer may see, in one statement: the count is a
   * window over the same rows, and rows come back already named as the entity's fields,
   * so TypeORM neither counts apart nor hydrates them. Held replies (no
   * seq yet) come last, and only to their author and moderators. A page past the end has
   * no row to carry the count: only then is it counted on its own.
   */
  private async postsPage(
    actor: Principal,
    access: ForumAccess,
    threadId: string,
    page: number,
  ): Promise<{ posts: ForumPostEntity[]; total: number }> {
    const visible = `FROM forum_posts p
      WHERE p.thread_id = $1 AND (p.held_at IS NULL OR p.author_id = $2 OR $3)`;
    const params = [threadId, actor.userId, access.mayModerate];
    const rows: (ForumPostEntity & { total: string })[] = await this.dataSource.query(
      `SELECT ${this.postColumns()}, count(*) OVER () AS total ${visible}
        ORDER BY p.seq ASC NULLS LAST, p.created_at ASC
        LIMIT $4 OFFSET $5`,
      [...params, FORUM_POSTS_PAGE_SIZE, (page - 1) * FORUM_POSTS_PAGE_SIZE],
    );
    if (rows.length === 0 && page > 1) {
      const [{ total }] = await this.dataSource.query(`SELECT count(*) AS total ${visible}`, params);
      return { posts: [], total: Number(total) };
    }
    // The count rides on every row; the entity's fields are all the rest.
    const total = Number(rows[0]?.total ?? 0);
    for (const row of rows) delete (row as Partial<typeof row>).total;
    return { posts: rows, total };
  }

  /** `p.thread_id AS "threadId", …`: every column of the entity, under its field's name. */
  private postColumns(): string {
    this.columns ??= this.dataSource
      .getMetadata(ForumPostEntity)
      .columns.map((column) => `p.${column.databaseName} AS "${column.propertyName}"`)
      .join(', ');
    return this.columns;
  }

  /** A new title: the thread's author or a moderator. */
  async rename(actor: Principal, threadId: string, title: string): Promise<ForumThread> {
    const { access, thread } = await this.access.thread(actor, threadId);
    if (thread.authorId !== actor.userId && !access.mayModerate) throw new AppError(403, 'forum.notYourThread');
    if (thread.locked && !access.mayModerate) throw new AppError(423, 'forum.threadLocked');
    await this.suspensions.assertMayWrite(actor, access);
    await this.dataSource.getRepository(ForumThreadEntity).update(thread.id, { title });
    await this.live.emit({ event: 'thread.updated', payload: { threadId: thread.id } });
    return this.header(actor, access, { ...thread, title });
  }

  /** Chooses (or, with null, clears) the answer of a question: its author or a moderator. */
  async setAnswer(actor: Principal, threadId: string, postId: string | null): Promise<void> {
    const { access, thread } = await this.access.thread(actor, threadId);
    if (thread.kind !== 'question') throw new AppError(422, 'forum.notAQuestion');
    if (!mayMarkAnswer(actor, access, thread)) throw new AppError(403, 'forum.notYourThread');
    if (postId === null) {
      await this.dataSource.getRepository(ForumThreadEntity).update(thread.id, { answerPostId: null });
      if (thread.answerPostId)
        await this.live.emit({ event: 'answer.changed', payload: { threadId: thread.id, postId } });
      return;
    }
    const post = await this.dataSource
      .getRepository(ForumPostEntity)
      .findOneBy({ id: postId, threadId: thread.id, seq: MoreThan(1) });
    if (!post || post.deletedAt || post.seq === null) throw new AppError(422, 'forum.answerUnknown');
    if (thread.answerPostId === post.id) return;
    await this.dataSource.getRepository(ForumThreadEntity).update(thread.id, { answerPostId: post.id });
    await this.live.emit({ event: 'answer.changed', payload: { threadId: thread.id, postId: post.id } });
    await this.notifier.answered(access, thread, post.seq, post.authorId, actor.userId);
  }

  async markRead(actor: Principal, threadId: string, upToSeq: number): Promise<void> {
    const { thread } = await this.access.thread(actor, threadId);
    await this.reads.markRead(actor.userId, thread, upToSeq);
  }

  async watch(actor: Principal, threadId: string, on: boolean): Promise<void> {
    const { thread } = await this.access.thread(actor, threadId);
    if (on) await this.watches.watchThread(actor.userId, thread.id);
    else await this.watches.unwatchThread(actor.userId, thread.id);
  }

  private async header(actor: Principal, access: ForumAccess, thread: ForumThreadEntity): Promise<ForumThread> {
    const [lastRead, watched, authors, answer, opening] = await Promise.all([
      this.reads.lastRead(actor.userId, [thread.id]),
      this.watches.watched(actor.userId, [thread.id]),
      this.directory.byIds([thread.authorId]),
      thread.answerPostId
        ? this.dataSource.getRepository(ForumPostEntity).findOneBy({ id: thread.answerPostId })
        : Promise.resolve(null),
      this.dataSource.getRepository(ForumPostEntity).findOneBy({ threadId: thread.id, seq: 1 }),
    ]);
    const anonymous = opening?.anonymous ?? false;
    const readUpTo = lastRead.get(thread.id) ?? 0;
    const { forum, title } = access;
    return {
      id: thread.id,
      forum: { id: forum.id, kind: forum.kind, title, courseId: forum.courseId, focusGroupId: focusGroupOf(forum) },
      kind: thread.kind,
      title: thread.title,
      author: knowsAuthor(actor, access, { anonymous, authorId: thread.authorId })
        ? { id: thread.authorId, fullName: authors.get(thread.authorId)?.fullName ?? '' }
        : null,
      anonymous,
      createdAt: thread.createdAt.toISOString(),
      pinned: thread.pinned,
      locked: thread.locked,
      held: !!thread.heldAt,
      answer: answer && !answer.deletedAt ? (await this.views.view(actor, access, thread, [answer]))[0] : null,
      firstUnreadSeq: readUpTo < thread.lastSeq ? readUpTo + 1 : null,
      lastSeq: thread.lastSeq,
      watching: watched.has(thread.id),
      mayReply: !thread.locked || access.mayModerate,
      mayMarkAnswer: thread.kind === 'question' && mayMarkAnswer(actor, access, thread),
      mayModerate: access.mayModerate,
      mayPostAnonymously: access.mayPostAnonymously,
    };
  }
}

const mayMarkAnswer = (actor: Principal, access: ForumAccess, thread: ForumThreadEntity) =>
  access.mayModerate || thread.authorId === actor.userId;

/** The focus group a private forum belongs to (null for community and course forums). */
export const focusGroupOf = (forum: ForumEntity) => (forum.kind === 'focus-group' ? forum.spaceId : null);
