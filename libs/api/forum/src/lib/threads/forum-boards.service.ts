import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Principal } from '@bina-pustaka/api-platform';
import type { ForumHome, ForumSummary, Page, ThreadSummary, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { ForumAccessService, type ForumAccess } from '../access/forum-access.service';
import { ForumWatchesService } from '../posts/forum-watches.service';
import { knowsAuthor } from '../posts/post-views.service';
import { ForumReadsService } from '../reading/forum-reads.service';
import { focusGroupOf } from './forum-threads.service';

interface ThreadRow {
  id: string;
  forumId: string;
  kind: ThreadSummary['kind'];
  title: string;
  authorId: string;
  createdAt: Date;
  lastPostAt: Date;
  lastSeq: number;
  postCount: number;
  lastReadSeq: number;
  answered: boolean;
  pinned: boolean;
  locked: boolean;
  anonymous: boolean;
  held: boolean;
  total: string;
}

/** The forum home, one forum's summary and its list of threads. */
@Injectable()
export class ForumBoardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly reads: ForumReadsService,
    private readonly watches: ForumWatchesService,
    private readonly directory: UserDirectoryService,
  ) {}

  async home(actor: Principal): Promise<ForumHome> {
    const { community, courses, spaces } = await this.access.readable(actor);
    const [communityViews, courseViews, spaceViews] = await Promise.all([
      this.summaries(actor, community),
      this.summaries(actor, courses),
      this.summaries(actor, spaces),
    ]);
    return { community: communityViews, courses: courseViews, focusGroups: spaceViews };
  }

  async summary(actor: Principal, forumId: string): Promise<ForumSummary> {
    return (await this.summaries(actor, [await this.access.forum(actor, forumId)]))[0];
  }

  async courseSummary(actor: Principal, courseId: string): Promise<ForumSummary> {
    return (await this.summaries(actor, [await this.access.courseForum(actor, courseId)]))[0];
  }

  /** Pinned threads first, then by latest activity; `unanswered`: questions without an answer. */
  async threads(
    actor: Principal,
    forumId: string,
    query: { page: number; pageSize: number; unanswered?: boolean },
  ): Promise<Page<ThreadSummary>> {
    const access = await this.access.forum(actor, forumId);
    const { forum, mayModerate } = access;
    const rows: ThreadRow[] = await this.dataSource.query(
      `SELECT t.id, t.forum_id AS "forumId", t.kind, t.title, t.author_id AS "authorId", t.created_at AS "createdAt",
              t.last_post_at AS "lastPostAt", t.last_seq AS "lastSeq", t.post_count AS "postCount",
              coalesce(r.last_read_seq, 0) AS "lastReadSeq", t.answer_post_id IS NOT NULL AS answered,
              t.pinned, t.locked, coalesce(opening.anonymous, false) AS anonymous, t.held_at IS NOT NULL AS held,
              count(*) OVER () AS total
         FROM forum_threads t
         LEFT JOIN forum_posts opening ON opening.thread_id = t.id AND opening.seq = 1
         LEFT JOIN forum_thread_reads r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.forum_id = $1 AND (NOT $3 OR (t.kind = 'question' AND t.answer_post_id IS NULL))
          AND (t.held_at IS NULL OR t.author_id = $2 OR $6)
        ORDER BY t.pinned DESC, t.last_post_at DESC, t.id
        LIMIT $4 OFFSET $5`,
      [
        forum.id,
        actor.userId,
        query.unanswered ?? false,
        query.pageSize,
        (query.page - 1) * query.pageSize,
        mayModerate,
      ],
    );
    const people = await this.directory.byIds(rows.map((row) => row.authorId));
    return {
      items: rows.map((row) => ({
        id: row.id,
        forumId: row.forumId,
        kind: row.kind,
        title: row.title,
        author: knowsAuthor(actor, access, row)
          ? { id: row.authorId, fullName: people.get(row.authorId)?.fullName ?? '' }
          : null,
        anonymous: row.anonymous,
        createdAt: row.createdAt.toISOString(),
        lastPostAt: row.lastPostAt.toISOString(),
        replyCount: Math.max(0, row.postCount - 1),
        unreadCount: Math.max(0, row.lastSeq - row.lastReadSeq),
        answered: row.answered,
        pinned: row.pinned,
        locked: row.locked,
        held: row.held,
      })),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async watch(actor: Principal, forumId: string, on: boolean): Promise<void> {
    const { forum } = await this.access.forum(actor, forumId);
    if (on) await this.watches.watchForum(actor.userId, forum.id);
    else await this.watches.unwatchForum(actor.userId, forum.id);
  }

  /** People who may read the forum, by name, for the mention picker. */
  async people(actor: Principal, forumId: string, text: string): Promise<UserRef[]> {
    const { forum } = await this.access.forum(actor, forumId);
    return this.access.people(forum, text);
  }

  private async summaries(actor: Principal, forums: ForumAccess[]): Promise<ForumSummary[]> {
    const ids = forums.map((each) => each.forum.id);
    const [stats, watched] = await Promise.all([
      this.reads.forumStats(actor.userId, ids),
      this.watches.watched(actor.userId, ids),
    ]);
    return forums.map(({ forum, title, mayModerate }) => {
      const counts = stats.get(forum.id);
      return {
        id: forum.id,
        kind: forum.kind,
        title,
        focusGroupId: focusGroupOf(forum),
        description: forum.description,
        courseId: forum.courseId,
        threadCount: counts?.threadCount ?? 0,
        postCount: counts?.postCount ?? 0,
        unreadCount: counts?.unreadCount ?? 0,
        lastPostAt: counts?.lastPostAt?.toISOString() ?? null,
        watching: watched.has(forum.id),
        mayModerate,
      };
    });
  }
}
