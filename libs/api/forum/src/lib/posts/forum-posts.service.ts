import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import {
  FORUM_AUTHOR_DELETE_MINUTES,
  type ForumPost,
  type ForumPostRevision,
  type PostThanks,
} from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ForumAccessService, type ForumAccess } from '../access/forum-access.service';
import { ForumRateLimitService } from '../access/forum-rate-limit.service';
import { ForumSuspensionsService } from '../access/forum-suspensions.service';
import { ForumPostEntity, ForumPostRevisionEntity, ForumThreadEntity } from '../entities/forum.entity';
import { ForumLiveChangesService } from '../shared/forum-live-changes.service';
import { renderPost, type RenderedPost } from '../shared/post-text';
import { ForumImagesService } from './forum-images.service';
import { ForumNotifierService } from './forum-notifier.service';
import { ForumWatchesService } from './forum-watches.service';
import { ThreadLinksService } from './thread-links.service';
import { mayDeletePost, mayEditPost, PostViewsService, withinDeleteWindow } from './post-views.service';

/** Writing in a thread: replies, edits (the old text kept), soft deletes, thanks. */
@Injectable()
export class ForumPostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly rateLimit: ForumRateLimitService,
    private readonly views: PostViewsService,
    private readonly watches: ForumWatchesService,
    private readonly notifier: ForumNotifierService,
    private readonly live: ForumLiveChangesService,
    private readonly suspensions: ForumSuspensionsService,
    private readonly links: ThreadLinksService,
    private readonly images: ForumImagesService,
  ) {}

  /**
   * Renders a post and checks it: each mention must name someone who may read the forum,
   * each image it adds (to the text before, if edited) must be a forum image of the writer's.
   */
  async prepare(actor: Principal, access: ForumAccess, markdown: string, previousHtml = ''): Promise<RenderedPost> {
    const rendered = renderPost(markdown);
    const readers = await this.access.readersAmong(access.forum, rendered.mentions);
    if (rendered.malformedMentions > 0 || rendered.mentions.some((id) => !readers.has(id))) {
      throw new AppError(422, 'forum.mentionUnknown');
    }
    await this.images.assertUsable(actor, rendered.html, previousHtml);
    return rendered;
  }

  /**
   * Whether a member's next post here waits for approval: the forum holds each member's
   * first N posts (approved ones count, rejected ones do not); moderators are never held.
   */
  async holds(access: ForumAccess, authorId: string): Promise<boolean> {
    if (access.mayModerate || access.forum.holdFirstPosts === 0) return false;
    const [{ approved }]: { approved: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS approved FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id
        WHERE t.forum_id = $1 AND p.author_id = $2 AND p.held_at IS NULL`,
      [access.forum.id, authorId],
    );
    return approved < access.forum.holdFirstPosts;
  }

  /** The thread's next seq (the thread row is locked while it is taken); the writer has read up to it. */
  async takeSeq(manager: EntityManager, threadId: string, authorId: string): Promise<number> {
    const [[{ seq }]]: [{ seq: number }[], number] = await manager.query(
      `UPDATE forum_threads SET last_seq = last_seq + 1, post_count = post_count + 1, last_post_at = now()
        WHERE id = $1 RETURNING last_seq AS seq`,
      [threadId],
    );
    await manager.query(
      `INSERT INTO forum_thread_reads (user_id, thread_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE
         SET last_read_seq = GREATEST(forum_thread_reads.last_read_seq, EXCLUDED.last_read_seq), read_at = now()`,
      [authorId, threadId, seq],
    );
    return seq;
  }

  /** Adds a post at the thread's next seq, or, held, with no seq until a moderator approves it. */
  async insert(
    manager: EntityManager,
    threadId: string,
    authorId: string,
    markdown: string,
    rendered: RenderedPost,
    quotePostId: string | null,
    held: boolean,
    anonymous = false,
  ): Promise<ForumPostEntity> {
    const seq = held ? null : await this.takeSeq(manager, threadId, authorId);
    const post = await manager.getRepository(ForumPostEntity).save({
      threadId,
      seq,
      authorId,
      bodyMarkdown: markdown,
      bodyHtml: rendered.html,
      bodyText: rendered.text,
      quotePostId,
      anonymous,
      createdAt: new Date(),
      editedAt: null,
      deletedAt: null,
      deletedBy: null,
      deleteReason: null,
      heldAt: held ? new Date() : null,
    });
    await this.links.record(manager, post, rendered.html, rendered.text);
    await this.images.record(manager, post.id, rendered.html);
    return post;
  }

  /** Anonymous only where the forum allows it to this member (a focus group's, ForumAccess). */
  assertMayPostAs(access: ForumAccess, anonymous: boolean | undefined): void {
    if (anonymous && !access.mayPostAnonymously) throw new AppError(403, 'forum.anonymousNotAllowed');
  }

  async reply(
    actor: Principal,
    threadId: string,
    body: { bodyMarkdown: string; quotePostId?: string; anonymous?: boolean },
  ): Promise<ForumPost> {
    const { access, thread } = await this.access.thread(actor, threadId);
    if (thread.locked && !access.mayModerate) throw new AppError(423, 'forum.threadLocked');
    await this.suspensions.assertMayWrite(actor, access);
    this.assertMayPostAs(access, body.anonymous);
    if (body.quotePostId) {
      const quoted = await this.dataSource.getRepository(ForumPostEntity).findOneBy({ id: body.quotePostId });
      if (quoted?.threadId !== thread.id || quoted.heldAt) throw new AppError(422, 'forum.quoteUnknown');
    }
    const rendered = await this.prepare(actor, access, body.bodyMarkdown);
    await this.rateLimit.consume(actor.userId, access.mayModerate);
    const held = await this.holds(access, actor.userId);
    const post = await this.dataSource.transaction(async (manager) => {
      const written = await this.insert(
        manager,
        thread.id,
        actor.userId,
        body.bodyMarkdown,
        rendered,
        body.quotePostId ?? null,
        held,
        body.anonymous ?? false,
      );
      await this.watches.watchThread(actor.userId, thread.id, manager);
      return written;
    });
    // A held reply tells nobody until it is approved (ForumApprovalsService).
    if (post.seq !== null) {
      await this.published(
        access,
        thread,
        { id: post.id, seq: post.seq, authorId: post.authorId, anonymous: post.anonymous },
        rendered.mentions,
      );
    }
    const fresh = await this.dataSource.getRepository(ForumThreadEntity).findOneByOrFail({ id: thread.id });
    return (await this.views.view(actor, access, fresh, [post]))[0];
  }

  /** A reply now readable by everyone in the forum: its watchers and mentioned hear of it, open pages show it. */
  async published(
    access: ForumAccess,
    thread: ForumThreadEntity,
    post: { id: string; seq: number; authorId: string; anonymous: boolean },
    mentions: string[],
  ): Promise<void> {
    await this.notifier.written({
      access,
      thread,
      seq: post.seq,
      authorId: post.authorId,
      anonymous: post.anonymous,
      mentions,
    });
    await this.live.emit({ event: 'post.created', payload: { threadId: thread.id, postId: post.id, seq: post.seq } });
  }

  /** The author (while the post stands) or a moderator; the text before is kept as a revision. */
  async edit(actor: Principal, postId: string, bodyMarkdown: string): Promise<ForumPost> {
    const { access, thread, post } = await this.access.post(actor, postId);
    if (post.deletedAt) throw new AppError(409, 'forum.postDeleted');
    if (!mayEditPost(actor, access, post)) throw new AppError(403, 'forum.notYourPost');
    if (thread.locked && !access.mayModerate) throw new AppError(423, 'forum.threadLocked');
    await this.suspensions.assertMayWrite(actor, access);
    const rendered = await this.prepare(actor, access, bodyMarkdown, post.bodyHtml);
    const editedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ForumPostRevisionEntity).insert({
        postId: post.id,
        bodyMarkdown: post.bodyMarkdown,
        bodyHtml: post.bodyHtml,
        editorId: actor.userId,
        editedAt,
      });
      await manager
        .getRepository(ForumPostEntity)
        .update(post.id, { bodyMarkdown, bodyHtml: rendered.html, bodyText: rendered.text, editedAt });
      await this.links.record(manager, post, rendered.html, rendered.text);
      await this.images.record(manager, post.id, rendered.html);
    });
    // A held post is no one else's news, not even by its id.
    if (!post.heldAt)
      await this.live.emit({ event: 'post.updated', payload: { threadId: thread.id, postId: post.id } });
    return (
      await this.views.view(actor, access, thread, [
        { ...post, bodyMarkdown, bodyHtml: rendered.html, bodyText: rendered.text, editedAt },
      ])
    )[0];
  }

  /**
   * Soft delete: the author within the window (a reason optional), a moderator at any time
   * with a reason. A deleted answer stops being the thread's answer.
   */
  async remove(actor: Principal, postId: string, reason: string | undefined): Promise<ForumPost> {
    const { access, thread, post } = await this.access.post(actor, postId);
    if (post.deletedAt) throw new AppError(409, 'forum.postDeleted');
    const ownInWindow = post.authorId === actor.userId && withinDeleteWindow(post);
    if (!ownInWindow) {
      if (!access.mayModerate) {
        throw post.authorId === actor.userId
          ? new AppError(403, 'forum.deleteWindowPassed', { minutes: FORUM_AUTHOR_DELETE_MINUTES })
          : new AppError(403, 'forum.notYourPost');
      }
      if (!reason) throw new AppError(422, 'forum.deleteReasonNeeded');
    }
    if (!mayDeletePost(actor, access, post)) throw new AppError(403, 'forum.notYourPost');
    const deletedAt = new Date();
    const [, answerCleared]: [unknown, number] = await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(ForumPostEntity)
        .update(post.id, { deletedAt, deletedBy: actor.userId, deleteReason: reason ?? null });
      return manager.query(`UPDATE forum_threads SET answer_post_id = NULL WHERE id = $1 AND answer_post_id = $2`, [
        thread.id,
        post.id,
      ]);
    });
    if (!post.heldAt)
      await this.live.emit({ event: 'post.deleted', payload: { threadId: thread.id, postId: post.id } });
    if (answerCleared > 0)
      await this.live.emit({ event: 'answer.changed', payload: { threadId: thread.id, postId: null } });
    const deleted = { ...post, deletedAt, deletedBy: actor.userId, deleteReason: reason ?? null };
    return (await this.views.view(actor, access, thread, [deleted]))[0];
  }

  /** Thanks on someone else's standing post, given or taken back. */
  async thank(actor: Principal, postId: string, given: boolean): Promise<PostThanks> {
    const { access, post } = await this.access.post(actor, postId);
    if (post.authorId === actor.userId) throw new AppError(422, 'forum.thanksOwn');
    await this.suspensions.assertMayWrite(actor, access);
    if (post.deletedAt) throw new AppError(409, 'forum.postDeleted');
    if (post.heldAt) throw new AppError(409, 'forum.postHeld');
    await this.dataSource.query(
      given
        ? `INSERT INTO forum_thanks (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM forum_thanks WHERE post_id = $1 AND user_id = $2`,
      [post.id, actor.userId],
    );
    const thanks = await this.views.thanksOf(actor, post.id);
    await this.live.emit({
      event: 'thanks.changed',
      payload: { threadId: post.threadId, postId: post.id, count: thanks.count },
    });
    return thanks;
  }

  /** The texts a post had before each edit, oldest first (moderators only). */
  async revisions(actor: Principal, postId: string): Promise<ForumPostRevision[]> {
    const { access, post } = await this.access.post(actor, postId);
    if (!access.mayModerate) throw new AppError(403, 'forum.notModerator');
    const revisions = await this.dataSource
      .getRepository(ForumPostRevisionEntity)
      .find({ where: { postId: post.id }, order: { editedAt: 'ASC', id: 'ASC' } });
    return this.views.revisionViews(actor, revisions);
  }
}
