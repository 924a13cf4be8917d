import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import { describes, timestamp } from './common.responses';
import { NOTIFICATION_KINDS, type AppNotification, type NotificationInbox } from './notifications.types';

export const appNotificationSchema = describes<AppNotification>()(
  'AppNotification',
  z.strictObject({
    id: uuidSchema,
    kind: z.enum(NOTIFICATION_KINDS),
    params: z.record(z.string(), z.string()),
    link: z.string().nullable(),
    createdAt: timestamp,
    readAt: timestamp.nullable(),
  }),
);

export const notificationInboxSchema = describes<NotificationInbox>()(
  'NotificationInbox',
  z.strictObject({ unread: z.number().int(), items: z.array(appNotificationSchema) }),
);
