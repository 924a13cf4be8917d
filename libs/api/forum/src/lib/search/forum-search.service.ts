import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { Principal } from '@bina-pustaka/api-platform';
import type { ForumSearchHit, Page } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { ForumAccessService, type ForumAccess } from '../access/forum-access.service';
import { knowsAuthor } from '../posts/post-views.service';
import { HIT_CLOSE, HIT_OPEN, snippetHtml } from '../shared/post-text';

export interface ForumSearchQuery {
  q: string;
  forumId?: string;
  authorId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

interface HitRow {
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

/**
 * Full-text search in Indonesian (stemmed: "pengelolaan" finds "mengelola") over thread
 * titles and the text of posts, only in forums the viewer may read and never in deleted,
 * hidden or held posts. A title match is shown as the thread's opening post. Dates are whole WIB days.
 */
@Injectable()
export class ForumSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly directory: UserDirectoryService,
  ) {}

  async search(actor: Principal, query: ForumSearchQuery): Promise<Page<ForumSearchHit>> {
    const { community, courses, spaces } = await this.access.readable(actor);
    const readable = new Map([...community, ...courses, ...spaces].map((each) => [each.forum.id, each]));
    const forumIds = [...readable.keys()].filter((id) => !query.forumId || id === query.forumId);
    // An anonymous post is found by its author's name only where the viewer may know it.
    const moderated = forumIds.filter((id) => readable.get(id)?.mayModerate);
    const rows: HitRow[] = await this.dataSource.query(
      `SELECT t.id AS "threadId", t.title AS "threadTitle", t.forum_id AS "forumId", p.id AS "postId", p.seq,
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
        LIMIT $6 OFFSET $7`,
      [
        query.q,
        forumIds,
        query.authorId ?? null,
        query.from ?? null,
        query.to ?? null,
        query.pageSize,
        (query.page - 1) * query.pageSize,
        `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2`,
        actor.userId,
        moderated,
      ],
    );
    const people = await this.directory.byIds(rows.map((row) => row.authorId));
    return {
      items: rows.map((row) => ({
        threadId: row.threadId,
        threadTitle: row.threadTitle,
        forumId: row.forumId,
        forumTitle: readable.get(row.forumId)?.title ?? '',
        postId: row.postId,
        seq: row.seq,
        author: knowsAuthor(actor, readable.get(row.forumId) as ForumAccess, row)
          ? { id: row.authorId, fullName: people.get(row.authorId)?.fullName ?? '' }
          : null,
        createdAt: row.createdAt.toISOString(),
        snippetHtml: snippetHtml(row.headline),
      })),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
