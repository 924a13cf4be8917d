import { Injectable } from '@nestjs/common';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { NotificationsService, type NewNotification } from '@bina-pustaka/api-notifications';
import { APP_PATHS, appLink, type NotificationKind } from '@bina-pustaka/shared-contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ForumAccessService, type ForumAccess } from '../access/forum-access.service';
import type { ForumThreadEntity } from '../entities/forum.entity';

export interface WrittenPost {
  access: ForumAccess;
  thread: ForumThreadEntity;
  seq: number;
  authorId: string;
  /** Written anonymously: the notification names nobody (ANONYMOUS_AUTHOR). */
  anonymous: boolean;
  mentions: string[];
}

/** The author's name in a notification of an anonymous post, the same to every reader. */
export const ANONYMOUS_AUTHOR = 'Anonim';

/**
 * Tells people about what was written, once per person per post: the mentioned get the
 * mention, other watchers the reply (or the new thread). Never the writer, and nobody who
 * may not read the forum (a learner who left the course).
 */
@Injectable()
export class ForumNotifierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly directory: UserDirectoryService,
    private readonly access: ForumAccessService,
  ) {}

  /** A reply: watchers of the thread. An opening post: watchers of the forum. */
  async written(post: WrittenPost): Promise<void> {
    const opening = post.seq === 1;
    const watchers: { userId: string }[] = await this.dataSource.query(
      opening
        ? `SELECT user_id AS "userId" FROM forum_watches WHERE forum_id = $1`
        : `SELECT user_id AS "userId" FROM forum_watches WHERE thread_id = $1`,
      [opening ? post.thread.forumId : post.thread.id],
    );
    const kinds = new Map<string, NotificationKind>();
    for (const { userId } of watchers) kinds.set(userId, opening ? 'forum-thread' : 'forum-reply');
    for (const userId of post.mentions) kinds.set(userId, 'forum-mention');
    kinds.delete(post.authorId);
    await this.send(post.access, post.thread, post.seq, post.anonymous ? null : post.authorId, kinds);
  }

  /** The author of the chosen answer (unless they chose it themselves); an anonymous asker stays unnamed. */
  async answered(
    access: ForumAccess,
    thread: ForumThreadEntity,
    seq: number,
    answerAuthorId: string,
    byId: string,
  ): Promise<void> {
    if (answerAuthorId === byId) return;
    const [opening]: { anonymous: boolean }[] = await this.dataSource.query(
      `SELECT anonymous FROM forum_posts WHERE thread_id = $1 AND seq = 1`,
      [thread.id],
    );
    const unnamed = byId === thread.authorId && !!opening?.anonymous;
    await this.send(access, thread, seq, unnamed ? null : byId, new Map([[answerAuthorId, 'forum-answer']]));
  }

  private async send(
    access: ForumAccess,
    thread: ForumThreadEntity,
    seq: number,
    authorId: string | null,
    kinds: Map<string, NotificationKind>,
  ): Promise<void> {
    if (kinds.size === 0) return;
    const readers = await this.access.readersAmong(access.forum, [...kinds.keys()]);
    const author = authorId
      ? ((await this.directory.byIds([authorId])).get(authorId)?.fullName ?? '')
      : ANONYMOUS_AUTHOR;
    const link = `${appLink(APP_PATHS.forumThread, { threadId: thread.id })}#post-${seq}`;
    const notifications: NewNotification[] = [...kinds]
      .filter(([userId]) => readers.has(userId))
      .map(([userId, kind]) => {
        const params: Record<string, string> = { thread: thread.title, author };
        if (kind === 'forum-thread') params['forum'] = access.title;
        return { userId, kind, params, link };
      });
    await this.notifications.notifyMany(notifications);
  }
}
