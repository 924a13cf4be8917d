import { z } from 'zod';
import { describes } from './common.responses';
import { FORUM_DIGEST_TIME_ZONES, type ForumDigestSetting } from './forum-digest.types';

export const forumDigestSettingSchema = describes<ForumDigestSetting>()(
  'ForumDigestSetting',
  z.strictObject({ enabled: z.boolean(), timeZone: z.enum(FORUM_DIGEST_TIME_ZONES) }),
);
