import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, MailQueueService, type AppConfig } from '@bina-pustaka/api-platform';
import { UserDirectoryService, type DirectoryUser } from '@bina-pustaka/api-identity';
import { APP_PATHS, FORUM_DIGEST_HOUR, appUrl } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { ForumAccessService } from '../access/forum-access.service';
import { ForumEntity } from '../entities/forum.entity';
import { ANONYMOUS_AUTHOR } from '../posts/forum-notifier.service';
import { ForumDigestLinksService } from './forum-digest-links.service';
import { renderDigestMail, type DigestThread } from './forum-digest-mail';

/** A new post someone watching its thread (or, for a new thread, its forum) has not had in a digest. */
interface Candidate {
  userId: string;
  timeZone: string;
  postId: string;
  seq: number;
  threadId: string;
  title: string;
  forumId: string;
  authorId: string;
  /** Posted anonymously in a focus group: the mail names no one. */
  anonymous: boolean;
  createdAt: Date;
  text: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The daily digest: at `at`, everyone whose clock then reads 07 (their zone, WIB unless
 * they chose WITA or WIT) and who has not turned the digest off gets the posts of the day
 * before in the threads they watch, and the new threads of the forums they watch. Never
 * their own, hidden or deleted posts, nothing of a forum they may no longer read, and no
 * post twice: each is claimed in forum_digest_sent_posts in the transaction that queues the mail.
 */
@Injectable()
export class ForumDigestService {
  private readonly logger = new Logger(ForumDigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ForumAccessService,
    private readonly directory: UserDirectoryService,
    private readonly links: ForumDigestLinksService,
    private readonly mail: MailQueueService,
  ) {}

  /** Sends the digests due at `at`; the number of mails queued. */
  async send(at: Date): Promise<number> {
    const candidates = await this.readable(await this.candidates(at));
    const people = await this.directory.byIds([...candidates.flatMap((c) => [c.userId, c.authorId])]);
    const byPerson = groupBy(candidates, (candidate) => candidate.userId);
    let sent = 0;
    for (const [userId, posts] of byPerson) {
      const person = people.get(userId);
      if (person?.status !== 'active') continue;
      if (await this.sendTo(person, posts, people)) sent += 1;
    }
    // A claim older than the window can never match again: keep the table small.
    await this.dataSource.query(
      `DELETE FROM forum_digest_sent_posts WHERE sent_at < $1::timestamptz - interval '2 days'`,
      [at.toISOString()],
    );
    if (sent > 0) this.logger.log(`Queued ${sent} forum digests`);
    return sent;
  }

  private async candidates(at: Date): Promise<Candidate[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT DISTINCT w.user_id, coalesce(s.time_zone, 'Asia/Jakarta') AS time_zone
           FROM forum_watches w LEFT JOIN forum_digest_settings s ON s.user_id = w.user_id
          WHERE coalesce(s.enabled, true)
            AND extract(hour FROM $1::timestamptz AT TIME ZONE coalesce(s.time_zone, 'Asia/Jakarta')) = $2)
       SELECT DISTINCT ON (w.user_id, p.id)
              w.user_id AS "userId", due.time_zone AS "timeZone", p.id AS "postId", p.seq, t.id AS "threadId",
              t.title, t.forum_id AS "forumId", p.author_id AS "authorId", p.anonymous, p.created_at AS "createdAt",
              p.body_text AS text
         FROM due
         JOIN forum_watches w ON w.user_id = due.user_id
         JOIN forum_threads t ON t.id = w.thread_id OR t.forum_id = w.forum_id
         JOIN forum_posts p ON p.thread_id = t.id AND (w.thread_id IS NOT NULL OR p.seq = 1)
        WHERE p.created_at > $1::timestamptz - make_interval(secs => $3) AND p.created_at <= $1::timestamptz
          AND p.author_id <> w.user_id AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND p.held_at IS NULL AND t.held_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM forum_digest_sent_posts s WHERE s.user_id = w.user_id AND s.post_id = p.id)
        ORDER BY w.user_id, p.id`,
      [at.toISOString(), FORUM_DIGEST_HOUR, DAY_MS / 1000],
    );
  }

  /** Only what each person may still read today (a learner who left the course: nothing of its forum). */
  private async readable(candidates: Candidate[]): Promise<Candidate[]> {
    const byForum = groupBy(candidates, (candidate) => candidate.forumId);
    if (byForum.size === 0) return [];
    const forums = await this.dataSource.getRepository(ForumEntity).findBy({ id: In([...byForum.keys()]) });
    const kept: Candidate[] = [];
    for (const forum of forums) {
      const inForum = byForum.get(forum.id) ?? [];
      const readers = await this.access.readersAmong(
        forum,
        inForum.map((c) => c.userId),
      );
      kept.push(...inForum.filter((c) => readers.has(c.userId)));
    }
    return kept;
  }

  /** Claims the posts and queues the mail in one transaction; false when another run claimed them all. */
  private async sendTo(
    person: DirectoryUser,
    candidates: Candidate[],
    people: ReadonlyMap<string, DirectoryUser>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: { postId: string }[] = await manager.query(
        `INSERT INTO forum_digest_sent_posts (user_id, post_id) SELECT $1, unnest($2::uuid[])
         ON CONFLICT DO NOTHING RETURNING post_id AS "postId"`,
        [person.id, candidates.map((c) => c.postId)],
      );
      const ids = new Set(claimed.map((row) => row.postId));
      const posts = candidates.filter((c) => ids.has(c.postId));
      if (posts.length === 0) return false;
      const publicUrl = this.config.http.publicUrl;
      const threads: DigestThread[] = [...groupBy(posts, (c) => c.threadId).values()].map((inThread) => {
        const sorted = inThread.sort((a, b) => a.seq - b.seq);
        return {
          title: sorted[0].title,
          url: `${appUrl(publicUrl, APP_PATHS.forumThread, { threadId: sorted[0].threadId })}#post-${sorted[0].seq}`,
          posts: sorted.map((c) => ({
            seq: c.seq,
            author: c.anonymous ? ANONYMOUS_AUTHOR : (people.get(c.authorId)?.fullName ?? ''),
            createdAt: new Date(c.createdAt),
            text: c.text,
          })),
        };
      });
      const oneClick = this.links.oneClickUrl(person.id);
      await this.mail.enqueue({
        to: person.email,
        ...renderDigestMail({
          name: person.fullName,
          timeZone: candidates[0].timeZone,
          threads,
          unsubscribeUrl: this.links.pageUrl(person.id),
          settingsUrl: appUrl(publicUrl, APP_PATHS.forum),
        }),
        headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      return true;
    });
  }
}
