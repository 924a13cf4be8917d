import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { ForumHeldPost, ModeratedForum } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { ForumAccessService } from '../access/forum-access.service';
import { ForumEntity, ForumPostEntity, ForumThreadEntity } from '../entities/forum.entity';
import { mentionedIds, showMentions } from '../shared/post-text';
import { ForumImagesService } from '../posts/forum-images.service';
import { ForumPostsService } from '../posts/forum-posts.service';
import { ForumLiveChangesService } from '../shared/forum-live-changes.service';
import { ForumModerationLogService } from './forum-moderation-log.service';

const HELD_QUEUE_LIMIT = 100;

interface HeldRow {
  postId: string;
  authorId: string;
  bodyHtml: string;
  createdAt: Date;
  threadId: string;
  threadTitle: string;
  forumId: string;
  opening: boolean;
}

/**
 * First posts held for approval: the per-forum setting, the moderators' queue of held posts,
 * and approving (the post takes its place and is announced as if just written) or rejecting
 * (a soft delete with the reason). Each decision goes to the moderation log.
 */
@Injectable()
export class ForumApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly posts: ForumPostsService,
    private readonly log: ForumModerationLogService,
    private readonly directory: UserDirectoryService,
    private readonly images: ForumImagesService,
    private readonly live: ForumLiveChangesService,
  ) {}

  /** How many first posts of each member the forum holds (0: off); its moderators only. */
  async setHoldFirstPosts(actor: Principal, forumId: string, holdFirstPosts: number): Promise<ModeratedForum> {
    const access = await this.access.forum(actor, forumId);
    if (!access.mayModerate) throw new AppError(403, 'forum.moderatorsOnly');
    if (access.forum.holdFirstPosts !== holdFirstPosts) {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(ForumEntity).update(access.forum.id, { holdFirstPosts });
        await this.log.record(manager, actor, {
          forumId: access.forum.id,
          action: 'hold-first-posts-changed',
          detail: `${access.forum.holdFirstPosts} → ${holdFirstPosts}`,
        });
      });
    }
    return { id: access.forum.id, kind: access.forum.kind, title: access.title, holdFirstPosts };
  }

  /** Posts waiting in the forums the viewer moderates, oldest first. */
  async queue(actor: Principal): Promise<ForumHeldPost[]> {
    const forums = await this.log.moderated(actor);
    if (forums.length === 0) throw new AppError(403, 'forum.moderatorsOnly');
    const titles = new Map(forums.map(({ forum, title }) => [forum.id, title]));
    const rows: HeldRow[] = await this.dataSource.query(
      `SELECT p.id AS "postId", p.author_id AS "authorId", p.body_html AS "bodyHtml", p.created_at AS "createdAt",
              t.id AS "threadId", t.title AS "threadTitle", t.forum_id AS "forumId",
              (t.held_at IS NOT NULL AND p.seq = 1) AS opening
         FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id
        WHERE p.held_at IS NOT NULL AND p.deleted_at IS NULL AND t.forum_id = ANY($1::uuid[])
        ORDER BY p.created_at, p.id LIMIT $2`,
      [[...titles.keys()], HELD_QUEUE_LIMIT],
    );
    const people = await this.directory.byIds(rows.flatMap((row) => [row.authorId, ...mentionedIds(row.bodyHtml)]));
    const names = new Map([...people.values()].map((person) => [person.id, person.fullName]));
    return rows.map((row) => ({
      post: {
        id: row.postId,
        author: { id: row.authorId, fullName: names.get(row.authorId) ?? '' },
        bodyHtml: this.images.shown(showMentions(row.bodyHtml, names), actor.userId),
        createdAt: row.createdAt.toISOString(),
      },
      thread: { id: row.threadId, title: row.threadTitle, opening: row.opening },
      forum: { id: row.forumId, title: titles.get(row.forumId) ?? '' },
    }));
  }

  /**
   * Publishes a held post: a reply takes the thread's next seq; an opening post releases its
   * thread. Only then do watchers, the mentioned and open pages hear of it: a new post to
   * those who could not see it, a changed one to its author's and moderators' pages, which
   * show it as waiting.
   */
  async approve(actor: Principal, postId: string): Promise<void> {
    const { access, thread, post } = await this.heldPost(actor, postId);
    const opening = !!thread.heldAt && post.seq === 1;
    const seq = await this.dataSource.transaction(async (manager) => {
      // The post's row is locked first, so that of two approvals at once only one takes a seq.
      const [, locked]: [unknown, number] = await manager.query(
        `UPDATE forum_posts SET held_at = held_at WHERE id = $1 AND held_at IS NOT NULL AND deleted_at IS NULL`,
        [post.id],
      );
      if (locked === 0) throw new AppError(409, 'forum.postNotHeld');
      const taken = post.seq ?? (await this.posts.takeSeq(manager, thread.id, post.authorId));
      await manager.getRepository(ForumPostEntity).update(post.id, { seq: taken, heldAt: null });
      if (opening) {
        await manager.getRepository(ForumThreadEntity).update(thread.id, { heldAt: null, lastPostAt: new Date() });
      }
      await this.log.record(manager, actor, {
        forumId: thread.forumId,
        action: 'post-approved',
        threadId: thread.id,
        postId: post.id,
        subjectUserId: post.authorId,
      });
      return taken;
    });
    await this.posts.published(
      access,
      { ...thread, heldAt: opening ? null : thread.heldAt },
      { id: post.id, seq, authorId: post.authorId, anonymous: post.anonymous },
      mentionedIds(post.bodyHtml),
    );
    await this.live.emit({ event: 'post.updated', payload: { threadId: thread.id, postId: post.id } });
  }

  /** Refuses a held post: a soft delete with the reason, which its author reads. */
  async reject(actor: Principal, postId: string, reason: string): Promise<void> {
    const { thread, post } = await this.heldPost(actor, postId);
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(ForumPostEntity)
        .update(post.id, { deletedAt: new Date(), deletedBy: actor.userId, deleteReason: reason });
      await this.log.record(manager, actor, {
        forumId: thread.forumId,
        action: 'post-rejected',
        threadId: thread.id,
        postId: post.id,
        subjectUserId: post.authorId,
        reason,
      });
    });
  }

  private async heldPost(actor: Principal, postId: string) {
    const found = await this.access.post(actor, postId);
    if (!found.access.mayModerate) throw new AppError(403, 'forum.moderatorsOnly');
    if (found.post.deletedAt) throw new AppError(409, 'forum.postDeleted');
    if (!found.post.heldAt) throw new AppError(409, 'forum.postNotHeld');
    return found;
  }
}
