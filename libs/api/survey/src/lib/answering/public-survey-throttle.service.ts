import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Public survey responses per IP address per survey per hour, counted for every attempt:
 * a script filling in a satisfaction survey from one place is stopped after a few.
 */
@Injectable()
export class PublicSurveyThrottleService {
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redis.prefix}:rl:survey-public`,
      points: config.surveys.publicResponsesPerHour,
      duration: 3600,
    });
  }

  async consume(surveyId: string, ip: string): Promise<void> {
    try {
      await this.limiter.consume(`${surveyId}:${ip}`);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError(429, 'survey.tooManyResponses', {}, { 'Retry-After': String(retryAfter) });
    }
  }
}
