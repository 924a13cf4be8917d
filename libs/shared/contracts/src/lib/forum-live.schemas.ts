import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import type { ForumLiveClientMessage, ForumLiveClientPayloads } from './forum-live.types';

const threadRef = z.strictObject({ threadId: uuidSchema });

/** The schema of each client message on the /forum namespace. */
export const forumLiveMessageSchemas = {
  'thread.follow': threadRef,
  'thread.unfollow': threadRef,
} satisfies { [Message in ForumLiveClientMessage]: z.ZodType<ForumLiveClientPayloads[Message]> };

/** The /forum handshake's `auth`: the access token the REST api takes as Bearer (its checks judge it; absent is auth.tokenMissing). */
export const forumLiveHandshakeSchema = z.object({ token: z.string().min(1).max(4_000) });
