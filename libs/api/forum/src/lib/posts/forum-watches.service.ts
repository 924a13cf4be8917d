import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Following a thread (its replies) or a forum (its new threads). */
@Injectable()
export class ForumWatchesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async watchThread(userId: string, threadId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO forum_watches (user_id, thread_id) VALUES ($1, $2)
       ON CONFLICT (thread_id, user_id) WHERE thread_id IS NOT NULL DO NOTHING`,
      [userId, threadId],
    );
  }

  async watchForum(userId: string, forumId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forum_watches (user_id, forum_id) VALUES ($1, $2)
       ON CONFLICT (forum_id, user_id) WHERE forum_id IS NOT NULL DO NOTHING`,
      [userId, forumId],
    );
  }

  async unwatchThread(userId: string, threadId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM forum_watches WHERE user_id = $1 AND thread_id = $2`, [userId, threadId]);
  }

  async unwatchForum(userId: string, forumId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM forum_watches WHERE user_id = $1 AND forum_id = $2`, [userId, forumId]);
  }

  /** Of these threads or forums, the ones the person watches. */
  async watched(userId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT coalesce(thread_id, forum_id) AS id FROM forum_watches
        WHERE user_id = $1 AND (thread_id = ANY($2::uuid[]) OR forum_id = ANY($2::uuid[]))`,
      [userId, [...ids]],
    );
    return new Set(rows.map((row) => row.id));
  }
}
