import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, type Principal } from '@bina-pustaka/api-platform';
import type { ForumThreadLink, ForumThreadLinks } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ForumAccessService } from '../access/forum-access.service';
import { linkedThreadIds } from '../shared/thread-links';

const LINKS_SHOWN = 20;

interface LinkRow {
  direction: 'to' | 'from';
  id: string;
  title: string;
  forumId: string;
}

/**
 * Links between threads: the table of which post links to which thread, rewritten when a
 * post is written or edited, and what a thread's page shows of it. A link counts only
 * through a post everyone sees (not deleted, hidden or held) and only to or from a
 * thread the viewer may read.
 */
@Injectable()
export class ThreadLinksService {
  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = config.http.publicUrl;
  }

  /** The post's links as its text now has them (existing threads other than its own). */
  async record(
    manager: EntityManager,
    post: { id: string; threadId: string },
    html: string,
    text: string,
  ): Promise<void> {
    await manager.query(`DELETE FROM forum_thread_links WHERE post_id = $1`, [post.id]);
    const targets = linkedThreadIds(html, text, this.publicUrl);
    if (targets.length === 0) return;
    await manager.query(
      `INSERT INTO forum_thread_links (post_id, thread_id, target_thread_id)
       SELECT $1, $2, t.id FROM forum_threads t WHERE t.id = ANY($3::uuid[]) AND t.id <> $2`,
      [post.id, post.threadId, targets],
    );
  }

  /** Threads this one links to and threads linking here, newest activity first. */
  async between(actor: Principal, threadId: string): Promise<ForumThreadLinks> {
    const { thread } = await this.access.thread(actor, threadId);
    const rows: LinkRow[] = await this.dataSource.query(
      `SELECT direction, id, title, "forumId" FROM (
         SELECT DISTINCT ON (link.direction, t.id) link.direction, t.id, t.title, t.forum_id AS "forumId", t.last_post_at
           FROM (SELECT 'to' AS direction, l.target_thread_id AS other, l.post_id
                   FROM forum_thread_links l WHERE l.thread_id = $1
                 UNION ALL
                 SELECT 'from', l.thread_id, l.post_id
                   FROM forum_thread_links l WHERE l.target_thread_id = $1) AS link
           JOIN forum_posts p ON p.id = link.post_id
           JOIN forum_threads t ON t.id = link.other
          WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.held_at IS NULL AND t.held_at IS NULL
       ) AS linked ORDER BY last_post_at DESC, id`,
      [thread.id],
    );
    if (rows.length === 0) return { linksTo: [], linkedFrom: [] };
    // Read access is asked only of threads that have links, most have none.
    const { community, courses } = await this.access.readable(actor);
    const titles = new Map([...community, ...courses].map((each) => [each.forum.id, each.title]));
    const shown = (direction: LinkRow['direction']): ForumThreadLink[] =>
      rows
        .filter((row) => row.direction === direction && titles.has(row.forumId))
        .slice(0, LINKS_SHOWN)
        .map((row) => ({
          id: row.id,
          title: row.title,
          forum: { id: row.forumId, title: titles.get(row.forumId) ?? '' },
        }));
    return { linksTo: shown('to'), linkedFrom: shown('from') };
  }
}
