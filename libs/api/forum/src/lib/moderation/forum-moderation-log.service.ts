import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import {
  type ForumModerationAction,
  type ForumModerationLogEntry,
  type ModeratedForum,
  type Page,
} from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ForumAccessService, moderatesCommunity, type ForumAccess } from '../access/forum-access.service';
import { ForumModerationLogEntity } from '../entities/forum-moderation.entity';
import { ForumThreadEntity } from '../entities/forum.entity';

const LOG_PAGE_SIZE = 30;

export interface ModerationRecord {
  forumId: string | null;
  action: ForumModerationAction;
  threadId?: string | null;
  postId?: string | null;
  subjectUserId?: string | null;
  reason?: string | null;
  detail?: string | null;
}

/**
 * The forums a person moderates, and the moderation log: every action is written in the
 * same transaction as the change; moderators (coordinators: everything) read it.
 */
@Injectable()
export class ForumModerationLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly directory: UserDirectoryService,
  ) {}

  /** Every forum the viewer moderates (empty for a member). */
  async moderated(actor: Principal): Promise<ForumAccess[]> {
    const { community, courses, spaces } = await this.access.readable(actor);
    return [...community, ...courses, ...spaces].filter((each) => each.mayModerate);
  }

  async moderatedForums(actor: Principal): Promise<ModeratedForum[]> {
    return (await this.moderated(actor)).map(({ forum, title }) => ({
      id: forum.id,
      kind: forum.kind,
      title,
      holdFirstPosts: forum.holdFirstPosts,
    }));
  }

  async record(manager: EntityManager, actor: Principal, entry: ModerationRecord): Promise<void> {
    await manager.getRepository(ForumModerationLogEntity).insert({
      forumId: entry.forumId,
      actorId: actor.userId,
      action: entry.action,
      threadId: entry.threadId ?? null,
      postId: entry.postId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      reason: entry.reason ?? null,
      detail: entry.detail ?? null,
      createdAt: new Date(),
    });
  }

  /** Newest first: entries of the forums the viewer moderates (community-wide ones to community moderators). */
  async page(actor: Principal, page: number): Promise<Page<ForumModerationLogEntry>> {
    const forums = await this.moderated(actor);
    if (forums.length === 0) throw new AppError(403, 'forum.moderatorsOnly');
    const titles = new Map(forums.map(({ forum, title }) => [forum.id, title]));
    const [rows, total] = await this.dataSource
      .getRepository(ForumModerationLogEntity)
      .createQueryBuilder('l')
      .where(
        moderatesCommunity(actor.roles) ? '(l.forumId = ANY(:ids) OR l.forumId IS NULL)' : 'l.forumId = ANY(:ids)',
        { ids: [...titles.keys()] },
      )
      .orderBy('l.createdAt', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .skip((page - 1) * LOG_PAGE_SIZE)
      .take(LOG_PAGE_SIZE)
      .getManyAndCount();
    const threadIds = [...new Set(rows.map((row) => row.threadId).filter((id): id is string => !!id))];
    const threads = threadIds.length
      ? await this.dataSource
          .getRepository(ForumThreadEntity)
          .createQueryBuilder('t')
          .where('t.id = ANY(:threadIds)', { threadIds })
          .getMany()
      : [];
    const threadTitles = new Map(threads.map((thread) => [thread.id, thread.title]));
    const people = await this.directory.byIds(
      rows.flatMap((row) => [row.actorId, ...(row.subjectUserId ? [row.subjectUserId] : [])]),
    );
    const ref = (id: string) => ({ id, fullName: people.get(id)?.fullName ?? '' });
    return {
      items: rows.map((row) => ({
        id: row.id,
        action: row.action,
        actor: ref(row.actorId),
        forum: row.forumId ? { id: row.forumId, title: titles.get(row.forumId) ?? '' } : null,
        thread: row.threadId ? { id: row.threadId, title: threadTitles.get(row.threadId) ?? '' } : null,
        postId: row.postId,
        subject: row.subjectUserId ? ref(row.subjectUserId) : null,
        reason: row.reason,
        detail: row.detail,
        at: row.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize: LOG_PAGE_SIZE,
    };
  }
}
