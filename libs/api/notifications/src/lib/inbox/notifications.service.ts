import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppNotification, NotificationInbox, NotificationKind } from '@bina-pustaka/shared-contracts';
import { DataSource, In, IsNull } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';

const INBOX_SIZE = 30;

/** What a domain tells a user: the kind (its words are the web's), their values and where it leads. */
export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string | null;
}

/** In-app notifications: any domain (api or worker) tells a user something; they read it in the app. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async notify(userId: string, notification: Omit<NewNotification, 'userId'>): Promise<void> {
    await this.notifyMany([{ userId, ...notification }]);
  }

  /** Many at once, in one statement (a worker telling a whole batch). */
  async notifyMany(notifications: readonly NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO notifications (user_id, kind, params, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[])`,
      [
        notifications.map((each) => each.userId),
        notifications.map((each) => each.kind),
        notifications.map((each) => JSON.stringify(each.params)),
        notifications.map((each) => each.link),
      ],
    );
  }

  async inbox(userId: string): Promise<NotificationInbox> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    const [items, unread] = await Promise.all([
      repository.find({ where: { userId }, order: { createdAt: 'DESC' }, take: INBOX_SIZE }),
      repository.countBy({ userId, readAt: IsNull() }),
    ]);
    return { unread, items: items.map(describe) };
  }

  /** Only the reader's own notifications change; others' ids are ignored. */
  async markRead(userId: string, ids?: string[]): Promise<NotificationInbox> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) }, { readAt: new Date() });
    return this.inbox(userId);
  }
}

function describe(notification: NotificationEntity): AppNotification {
  return {
    id: notification.id,
    kind: notification.kind,
    params: notification.params,
    link: notification.link,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}
