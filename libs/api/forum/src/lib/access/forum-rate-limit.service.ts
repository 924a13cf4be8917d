import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Posts and threads a member may write in a minute; enough to talk, too few to flood. */
export const FORUM_WRITES_PER_MINUTE = 6;

/** Members' writing pace, counted in Redis across api processes; moderators are not counted. */
@Injectable()
export class ForumRateLimitService {
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redis.prefix}:rl:forum-write`,
      points: FORUM_WRITES_PER_MINUTE,
      duration: 60,
    });
  }

  async consume(userId: string, mayModerate: boolean): Promise<void> {
    if (mayModerate) return;
    try {
      await this.limiter.consume(userId);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError(429, 'forum.tooFast', { seconds }, { 'Retry-After': String(seconds) });
    }
  }
}
