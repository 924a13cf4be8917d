import { z } from 'zod';
import { FORUM_DIGEST_TIME_ZONES } from './forum-digest.types';

export const forumDigestSettingRequestSchema = z.strictObject({
  enabled: z.boolean(),
  timeZone: z.enum(FORUM_DIGEST_TIME_ZONES, { error: 'validation.forumDigestTimeZone' }),
});

/**
 * The token of an unsubscribe link: the person's id (32 hex digits) and its signature
 * (43 base64url characters), as the digest writes it.
 */
export const forumDigestUnsubscribeQuerySchema = z.strictObject({
  token: z.string().regex(/^[0-9a-f]{32}[A-Za-z0-9_-]{43}$/, { error: 'validation.forumDigestLink' }),
});
