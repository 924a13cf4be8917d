import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { ForumSuspension } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { ForumAccessService, moderatesCommunity } from '../access/forum-access.service';
import { ForumSuspensionEntity } from '../entities/forum-moderation.entity';
import { ForumPostEntity, ForumThreadEntity } from '../entities/forum.entity';
import { ForumLiveChangesService } from '../shared/forum-live-changes.service';
import { ForumModerationLogService } from './forum-moderation-log.service';
import { ForumReportsService } from './forum-reports.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What moderators do to posts, threads and members; each change and its log entry in one transaction. */
@Injectable()
export class ForumModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ForumAccessService,
    private readonly log: ForumModerationLogService,
    private readonly reports: ForumReportsService,
    private readonly directory: UserDirectoryService,
    private readonly live: ForumLiveChangesService,
  ) {}

  /** Hides a post (its open reports are resolved by it) or shows it again. */
  async setHidden(actor: Principal, postId: string, hidden: boolean, reason: string): Promise<void> {
    const { access, thread, post } = await this.access.post(actor, postId);
    if (!access.mayModerate) throw new AppError(403, 'forum.moderatorsOnly');
    if (post.deletedAt) throw new AppError(409, 'forum.postDeleted');
    if (hidden === !!post.hiddenAt) throw new AppError(409, hidden ? 'forum.postHidden' : 'forum.postNotHidden');
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(ForumPostEntity)
        .update(
          post.id,
          hidden
            ? { hiddenAt: new Date(), hiddenBy: actor.userId, hideReason: reason }
            : { hiddenAt: null, hiddenBy: null, hideReason: null },
        );
      if (hidden) await this.reports.closeOpen(manager, actor, post.id, 'resolved');
      await this.log.record(manager, actor, {
        forumId: thread.forumId,
        action: hidden ? 'post-hidden' : 'post-restored',
        threadId: thread.id,
        postId: post.id,
        subjectUserId: post.authorId,
        reason,
      });
    });
    // Readers of the open thread see it hidden (or back) at once, as after an edit.
    await this.live.emit({ event: 'post.updated', payload: { threadId: thread.id, postId: post.id } });
  }

  /** Locks, pins or moves a thread; a move needs the viewer to moderate the forum it goes to. */
  async moderateThread(
    actor: Principal,
    threadId: string,
    change: { locked?: boolean; pinned?: boolean; forumId?: string; reason?: string },
  ): Promise<void> {
    const { access, thread } = await this.access.thread(actor, threadId);
    if (!access.mayModerate) throw new AppError(403, 'forum.moderatorsOnly');
    let target: { id: string; title: string } | null = null;
    if (change.forumId !== undefined) {
      if (change.forumId === thread.forumId) throw new AppError(422, 'forum.moveSameForum');
      const to = await this.access.forum(actor, change.forumId);
      if (!to.mayModerate) throw new AppError(403, 'forum.moveNotModerated');
      target = { id: to.forum.id, title: to.title };
    }
    const reason = change.reason ?? null;
    const locks = change.locked !== undefined && change.locked !== thread.locked;
    const pins = change.pinned !== undefined && change.pinned !== thread.pinned;
    if (!locks && !pins && !target) return;
    await this.dataSource.transaction(async (manager) => {
      const base = { forumId: thread.forumId, threadId: thread.id, reason };
      if (locks) {
        await manager.getRepository(ForumThreadEntity).update(thread.id, { locked: change.locked });
        await this.log.record(manager, actor, { ...base, action: change.locked ? 'thread-locked' : 'thread-unlocked' });
      }
      if (pins) {
        await manager.getRepository(ForumThreadEntity).update(thread.id, { pinned: change.pinned });
        await this.log.record(manager, actor, { ...base, action: change.pinned ? 'thread-pinned' : 'thread-unpinned' });
      }
      if (target) {
        await manager.getRepository(ForumThreadEntity).update(thread.id, { forumId: target.id });
        // Logged under both forums' names: from where, to where.
        await this.log.record(manager, actor, {
          ...base,
          action: 'thread-moved',
          detail: `${access.title} → ${target.title}`,
        });
      }
    });
    // Open pages show the lock, pin or new forum at once; after a move, readers who may not
    // read the forum it went to lose it (thread.gone) instead.
    await this.live.emit({ event: 'thread.updated', payload: { threadId: thread.id }, recheckFollowers: !!target });
  }

  /** Keeps a member from writing in one forum, or (forumId null) the whole community, for some days. */
  async suspend(
    actor: Principal,
    body: { userId: string; forumId: string | null; days: number; reason: string },
  ): Promise<ForumSuspension> {
    const forum = body.forumId ? await this.access.forum(actor, body.forumId) : null;
    if (forum ? !forum.mayModerate : !moderatesCommunity(actor.roles)) {
      throw new AppError(403, 'forum.moderatorsOnly');
    }
    if (body.userId === actor.userId) throw new AppError(422, 'forum.suspendSelf');
    const member = (await this.directory.byIds([body.userId])).get(body.userId);
    const reads = forum
      ? await this.access.readersAmong(forum.forum, [body.userId])
      : new Set(member?.status === 'active' ? [member.id] : []);
    if (!member || !reads.has(body.userId)) throw new AppError(404, 'forum.memberUnknown');
    const endsAt = new Date(Date.now() + body.days * DAY_MS);
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(ForumSuspensionEntity).save({
        userId: member.id,
        forumId: forum?.forum.id ?? null,
        endsAt,
        reason: body.reason,
        createdBy: actor.userId,
        createdAt: new Date(),
        liftedAt: null,
      });
      await this.log.record(manager, actor, {
        forumId: row.forumId,
        action: 'member-suspended',
        subjectUserId: member.id,
        reason: body.reason,
        detail: formatDateTime(endsAt),
      });
      return row;
    });
    return (await this.views([saved], new Map([[forum?.forum.id ?? '', forum?.title ?? '']])))[0];
  }

  /** Ends a suspension before its time (a moderator of its forum). */
  async lift(actor: Principal, suspensionId: string): Promise<void> {
    const suspension = await this.dataSource
      .getRepository(ForumSuspensionEntity)
      .findOneBy({ id: suspensionId, liftedAt: IsNull(), endsAt: MoreThan(new Date()) });
    if (!suspension) throw new AppError(404, 'forum.suspensionNotFound');
    const forum = suspension.forumId ? await this.access.forum(actor, suspension.forumId) : null;
    if (forum ? !forum.mayModerate : !moderatesCommunity(actor.roles)) {
      throw new AppError(404, 'forum.suspensionNotFound');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ForumSuspensionEntity).update(suspension.id, { liftedAt: new Date() });
      await this.log.record(manager, actor, {
        forumId: suspension.forumId,
        action: 'suspension-lifted',
        subjectUserId: suspension.userId,
      });
    });
  }

  /** Suspensions in force in the forums the viewer moderates, ending soonest first. */
  async current(actor: Principal): Promise<ForumSuspension[]> {
    const forums = await this.log.moderated(actor);
    if (forums.length === 0) throw new AppError(403, 'forum.moderatorsOnly');
    const titles = new Map(forums.map(({ forum, title }) => [forum.id, title]));
    const rows = await this.dataSource
      .getRepository(ForumSuspensionEntity)
      .createQueryBuilder('s')
      .where('s.liftedAt IS NULL AND s.endsAt > now()')
      .andWhere(
        moderatesCommunity(actor.roles) ? '(s.forumId = ANY(:ids) OR s.forumId IS NULL)' : 's.forumId = ANY(:ids)',
        { ids: [...titles.keys()] },
      )
      .orderBy('s.endsAt', 'ASC')
      .getMany();
    return this.views(rows, titles);
  }

  private async views(rows: ForumSuspensionEntity[], titles: Map<string, string>): Promise<ForumSuspension[]> {
    const people = await this.directory.byIds(rows.flatMap((row) => [row.userId, row.createdBy]));
    const ref = (id: string) => ({ id, fullName: people.get(id)?.fullName ?? '' });
    return rows.map((row) => ({
      id: row.id,
      member: ref(row.userId),
      forum: row.forumId ? { id: row.forumId, title: titles.get(row.forumId) ?? '' } : null,
      endsAt: row.endsAt.toISOString(),
      reason: row.reason,
      by: ref(row.createdBy),
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
