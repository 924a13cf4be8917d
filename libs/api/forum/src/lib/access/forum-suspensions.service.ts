import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { ForumSuspensionEntity } from '../entities/forum-moderation.entity';
import type { ForumAccess } from './forum-access.service';

/**
 * Whether a member may write in a forum now: a suspension from that forum, or (for a
 * community category) from the whole community, refuses every write with its end date.
 * Moderators of the forum are never held back.
 */
@Injectable()
export class ForumSuspensionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(userId: string, forumId: string, community: boolean): Promise<ForumSuspensionEntity | null> {
    return this.dataSource
      .getRepository(ForumSuspensionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.liftedAt IS NULL AND s.endsAt > now()', { userId })
      .andWhere(community ? '(s.forumId = :forumId OR s.forumId IS NULL)' : 's.forumId = :forumId', { forumId })
      .orderBy('s.endsAt', 'DESC')
      .getOne();
  }

  async assertMayWrite(actor: Principal, access: ForumAccess): Promise<void> {
    if (access.mayModerate) return;
    const suspension = await this.current(actor.userId, access.forum.id, !access.forum.courseId);
    if (suspension) {
      throw new AppError(403, 'forum.suspended', {
        until: formatDateTime(suspension.endsAt, actor.user.locale === 'en' ? 'en' : 'id'),
      });
    }
  }
}
