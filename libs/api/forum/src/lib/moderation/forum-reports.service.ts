import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type {
  ForumModerationQueueItem,
  ForumReportOutcome,
  ForumReportReason,
  ForumReportReceipt,
} from '@bina-pustaka/shared-contracts';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { ForumAccessService } from '../access/forum-access.service';
import { ForumReportEntity } from '../entities/forum-moderation.entity';
import { ForumPostEntity, ForumThreadEntity } from '../entities/forum.entity';
import { ForumImagesService } from '../posts/forum-images.service';
import { mentionedIds, showMentions } from '../shared/post-text';
import { ForumModerationLogService } from './forum-moderation-log.service';

const QUEUE_LIMIT = 100;
const DETAILS_SHOWN = 10;

/** Members report posts; moderators see the open reports of their forums, gathered by post, and close them. */
@Injectable()
export class ForumReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly log: ForumModerationLogService,
    private readonly directory: UserDirectoryService,
    private readonly images: ForumImagesService,
  ) {}

  /** Anyone who may read the post, except its author; one open report per person per post. */
  async report(
    actor: Principal,
    postId: string,
    body: { reason: ForumReportReason; details?: string },
  ): Promise<ForumReportReceipt> {
    const { access, post } = await this.access.post(actor, postId);
    if (post.deletedAt || (post.hiddenAt && !access.mayModerate)) throw new AppError(409, 'forum.postDeleted');
    if (post.authorId === actor.userId) throw new AppError(422, 'forum.reportOwn');
    // A held post is already before a moderator (the approval queue).
    if (post.heldAt) throw new AppError(409, 'forum.postHeld');
    const reports = this.dataSource.getRepository(ForumReportEntity);
    if (await reports.existsBy({ postId: post.id, reporterId: actor.userId, closedAt: IsNull() })) {
      throw new AppError(409, 'forum.alreadyReported');
    }
    const saved = await reports
      .save({
        postId: post.id,
        reporterId: actor.userId,
        reason: body.reason,
        details: body.details || null,
        createdAt: new Date(),
        closedAt: null,
        closedBy: null,
        outcome: null,
      })
      .catch((error: { code?: string }) => {
        // Two reports sent at once: the unique index keeps one.
        if (error.code === '23505') throw new AppError(409, 'forum.alreadyReported');
        throw error;
      });
    return { id: saved.id, postId: post.id, reason: saved.reason, createdAt: saved.createdAt.toISOString() };
  }

  /** Open reports of the forums the viewer moderates, one item per post, the most recently reported first. */
  async queue(actor: Principal): Promise<ForumModerationQueueItem[]> {
    const forums = await this.log.moderated(actor);
    if (forums.length === 0) throw new AppError(403, 'forum.moderatorsOnly');
    const titles = new Map(forums.map(({ forum, title }) => [forum.id, title]));
    const grouped: { postId: string; count: number; latest: Date }[] = await this.dataSource.query(
      `SELECT r.post_id AS "postId", count(*)::int AS count, max(r.created_at) AS latest
         FROM forum_reports r
         JOIN forum_posts p ON p.id = r.post_id
         JOIN forum_threads t ON t.id = p.thread_id
        WHERE r.closed_at IS NULL AND t.forum_id = ANY($1::uuid[])
        GROUP BY r.post_id ORDER BY latest DESC, r.post_id LIMIT $2`,
      [[...titles.keys()], QUEUE_LIMIT],
    );
    if (grouped.length === 0) return [];
    const postIds = grouped.map((row) => row.postId);
    const posts = new Map(
      (await this.dataSource.getRepository(ForumPostEntity).findBy({ id: In(postIds) })).map((p) => [p.id, p]),
    );
    const threads = new Map(
      (
        await this.dataSource
          .getRepository(ForumThreadEntity)
          .findBy({ id: In([...new Set([...posts.values()].map((p) => p.threadId))]) })
      ).map((t) => [t.id, t]),
    );
    const reports = await this.dataSource
      .getRepository(ForumReportEntity)
      .find({ where: { postId: In(postIds), closedAt: IsNull() }, order: { createdAt: 'DESC', id: 'ASC' } });
    const people = await this.directory.byIds([
      ...[...posts.values()].flatMap((p) => [p.authorId, ...mentionedIds(p.bodyHtml)]),
      ...reports.map((r) => r.reporterId),
    ]);
    const names = new Map([...people.values()].map((person) => [person.id, person.fullName]));
    const ref = (id: string) => ({ id, fullName: names.get(id) ?? '' });
    return grouped.map((row) => {
      const post = posts.get(row.postId) as ForumPostEntity;
      const thread = threads.get(post.threadId) as ForumThreadEntity;
      const own = reports.filter((report) => report.postId === post.id);
      const counts = new Map<ForumReportReason, number>();
      for (const report of own) counts.set(report.reason, (counts.get(report.reason) ?? 0) + 1);
      return {
        post: {
          id: post.id,
          seq: post.seq ?? 0, // reported posts are published: a held one cannot be reported
          author: ref(post.authorId),
          bodyHtml: post.deletedAt ? '' : this.images.shown(showMentions(post.bodyHtml, names), actor.userId),
          createdAt: post.createdAt.toISOString(),
          hidden: !!post.hiddenAt,
          deleted: !!post.deletedAt,
        },
        thread: { id: thread.id, title: thread.title, locked: thread.locked, pinned: thread.pinned },
        forum: { id: thread.forumId, title: titles.get(thread.forumId) ?? '' },
        reportCount: row.count,
        reasons: [...counts].map(([reason, count]) => ({ reason, count })),
        details: own.slice(0, DETAILS_SHOWN).map((report) => ({
          reporter: ref(report.reporterId),
          reason: report.reason,
          text: report.details,
          at: report.createdAt.toISOString(),
        })),
        latestReportAt: new Date(row.latest).toISOString(),
      };
    });
  }

  /** Resolves or dismisses every open report of a post (its forum's moderators). */
  async close(actor: Principal, postId: string, outcome: ForumReportOutcome, note: string | undefined): Promise<void> {
    const { access, thread, post } = await this.access.post(actor, postId);
    if (!access.mayModerate) throw new AppError(403, 'forum.moderatorsOnly');
    await this.dataSource.transaction(async (manager) => {
      const closed = await this.closeOpen(manager, actor, post.id, outcome);
      if (closed === 0) throw new AppError(409, 'forum.noOpenReports');
      await this.log.record(manager, actor, {
        forumId: thread.forumId,
        action: outcome === 'resolved' ? 'reports-resolved' : 'reports-dismissed',
        threadId: thread.id,
        postId: post.id,
        subjectUserId: post.authorId,
        reason: note || null,
        detail: String(closed),
      });
    });
  }

  /** Closes a post's open reports; how many there were. */
  async closeOpen(
    manager: EntityManager,
    actor: Principal,
    postId: string,
    outcome: ForumReportOutcome,
  ): Promise<number> {
    const result = await manager
      .getRepository(ForumReportEntity)
      .update({ postId, closedAt: IsNull() }, { closedAt: new Date(), closedBy: actor.userId, outcome });
    return result.affected ?? 0;
  }
}
