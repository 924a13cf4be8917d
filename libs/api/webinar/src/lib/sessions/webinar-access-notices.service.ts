import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { AccountEvent } from '@bina-pustaka/api-identity';
import type { Redis } from 'ioredis';

/** Why sockets are looked at again: an account event, or a change to who a session is for. */
export type AccessCause = AccountEvent['kind'] | 'audienceChanged';

/** Which sockets to look at again: one person's (in every session), one session's, or one person's in one session. */
export interface AccessRecheck {
  cause: AccessCause;
  userId?: string;
  sessionId?: string;
}

export const ACCESS_CAUSES: readonly AccessCause[] = [
  'disabled',
  'signedOut',
  'passwordChanged',
  'rolesChanged',
  'audienceChanged',
];

/**
 * Tells every api node to look over its open webinar sockets in a scope (the room's
 * WebinarAccessWatchService listens). Only Redis is needed to say it, so a module without
 * the media server (the invited sessions of focus groups) can revoke access too.
 */
@Injectable()
export class WebinarAccessNoticesService {
  readonly channel: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.channel = `${config.redis.prefix}:webinar:access`;
  }

  async recheck(scope: AccessRecheck): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(scope));
  }
}
