import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ForumThreadEntity } from '../entities/forum.entity';

export interface ForumStats {
  threadCount: number;
  postCount: number;
  unreadCount: number;
  lastPostAt: Date | null;
}

/**
 * Read tracking: per person and thread, the seq of the last post they have seen. A thread
 * never opened counts all its posts as unread; a place only moves forward.
 */
@Injectable()
export class ForumReadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Read up to this post (capped at the thread's last; never backwards). */
  async markRead(userId: string, thread: ForumThreadEntity, upToSeq: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forum_thread_reads (user_id, thread_id, last_read_seq)
       SELECT $1, t.id, LEAST($3, t.last_seq) FROM forum_threads t WHERE t.id = $2
       ON CONFLICT (user_id, thread_id) DO UPDATE
         SET last_read_seq = GREATEST(forum_thread_reads.last_read_seq, EXCLUDED.last_read_seq), read_at = now()`,
      [userId, thread.id, upToSeq],
    );
  }

  /** The person's place in each of these threads (0: never opened). */
  async lastRead(userId: string, threadIds: readonly string[]): Promise<Map<string, number>> {
    if (threadIds.length === 0) return new Map();
    const rows: { threadId: string; seq: number }[] = await this.dataSource.query(
      `SELECT thread_id AS "threadId", last_read_seq AS seq FROM forum_thread_reads
        WHERE user_id = $1 AND thread_id = ANY($2::uuid[])`,
      [userId, [...threadIds]],
    );
    return new Map(rows.map((row) => [row.threadId, row.seq]));
  }

  /** Threads, posts, the person's unread posts and the latest post of each forum, in one query (held threads count for no one). */
  async forumStats(userId: string, forumIds: readonly string[]): Promise<Map<string, ForumStats>> {
    if (forumIds.length === 0) return new Map();
    const rows: { forumId: string; threads: string; posts: string; unread: string; lastPostAt: Date | null }[] =
      await this.dataSource.query(
        `SELECT t.forum_id AS "forumId", count(*) AS threads, sum(t.post_count) AS posts,
                sum(t.last_seq - coalesce(r.last_read_seq, 0)) AS unread, max(t.last_post_at) AS "lastPostAt"
           FROM forum_threads t
           LEFT JOIN forum_thread_reads r ON r.thread_id = t.id AND r.user_id = $1
          WHERE t.forum_id = ANY($2::uuid[]) AND t.held_at IS NULL
          GROUP BY t.forum_id`,
        [userId, [...forumIds]],
      );
    return new Map(
      rows.map((row) => [
        row.forumId,
        {
          threadCount: Number(row.threads),
          postCount: Number(row.posts),
          unreadCount: Number(row.unread),
          lastPostAt: row.lastPostAt,
        },
      ]),
    );
  }
}
