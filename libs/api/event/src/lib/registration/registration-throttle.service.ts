import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Guest registrations per IP address per event per hour, counted for every attempt (the
 * honeypot's too), as public surveys are: a script registering made-up addresses from one
 * place is stopped after a few. Those it got in hold no seat until their email is opened.
 */
@Injectable()
export class RegistrationThrottleService {
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redis.prefix}:rl:event-registration`,
      points: config.events.registrationsPerHour,
      duration: 3600,
    });
  }

  async consume(eventId: string, ip: string): Promise<void> {
    try {
      await this.limiter.consume(`${eventId}:${ip}`);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError(
        429,
        'eventRegistration.tooMany',
        { minutes: Math.ceil(seconds / 60) },
        { 'Retry-After': String(seconds) },
      );
    }
  }
}
