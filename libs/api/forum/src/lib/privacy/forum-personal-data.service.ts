import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * What a person wrote and did in the forums. Erasing keeps their threads and posts (the
 * discussion stays readable; the author then shows the deleted account's name) and
 * removes what was only theirs: thanks given, watches, read marks, the digest's setting and
 * what it sent them.
 */
@Injectable()
export class ForumPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'forum';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const [threads, posts, thanks, watches, reads, digest] = await Promise.all([
      this.dataSource.query(
        `SELECT id, title, kind, created_at AS "createdAt" FROM forum_threads WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT p.id, p.thread_id AS "threadId", t.title AS "threadTitle", p.body_markdown AS "bodyMarkdown",
                p.created_at AS "createdAt", p.edited_at AS "editedAt", p.deleted_at AS "deletedAt"
         FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id
         WHERE p.author_id = $1 ORDER BY p.created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT post_id AS "postId", created_at AS "createdAt" FROM forum_thanks WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT thread_id AS "threadId", forum_id AS "forumId", created_at AS "createdAt"
         FROM forum_watches WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT thread_id AS "threadId", last_read_seq AS "lastReadSeq", read_at AS "readAt"
         FROM forum_thread_reads WHERE user_id = $1 ORDER BY read_at`,
        [userId],
      ),
      this.dataSource.query(`SELECT enabled, time_zone AS "timeZone" FROM forum_digest_settings WHERE user_id = $1`, [
        userId,
      ]),
    ]);
    return { threads, posts, thanks, watches, reads, digestSetting: digest[0] ?? null };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    const tables = [
      'forum_thanks',
      'forum_watches',
      'forum_thread_reads',
      'forum_digest_settings',
      'forum_digest_sent_posts',
    ];
    for (const table of tables) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
  }
}
