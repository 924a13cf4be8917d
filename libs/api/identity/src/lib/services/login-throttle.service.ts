import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const HOUR = 3600;

/**
 * Counts failed sign-ins in Redis per account and per IP address (a whole library may sit
 * behind one address, so that limit is higher), and rate-limits the emailing endpoints.
 */
@Injectable()
export class LoginThrottle {
  private readonly failuresByAccount: RateLimiterRedis;
  private readonly failuresByIp: RateLimiterRedis;
  private readonly mailsByAddress: RateLimiterRedis;
  private readonly mailsByIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.redis.prefix}:rl:${name}`, points, duration });
    this.failuresByAccount = limiter('login-fail-account', config.auth.loginMaxFailuresPerAccountPerHour, HOUR);
    this.failuresByIp = limiter('login-fail-ip', config.auth.loginMaxFailuresPerIpPerHour, HOUR);
    this.mailsByAddress = limiter('mail-address', 5, HOUR);
    this.mailsByIp = limiter('mail-ip', 50, HOUR);
  }

  /** Refuses before any password check once either failure budget is spent. */
  async assertMayTry(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.failuresByAccount.get(email), this.failuresByIp.get(ip)]);
    for (const [state, limiter] of [
      [account, this.failuresByAccount],
      [address, this.failuresByIp],
    ] as const) {
      if (state && state.consumedPoints >= limiter.points) throw tooMany(state.msBeforeNext, 'auth.tooManyFailures');
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.failuresByAccount.penalty(email, 1), this.failuresByIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.failuresByAccount.delete(email);
  }

  /** For password-reset and registration mails: a few per address and IP per hour. */
  async consumeMail(email: string, ip: string): Promise<void> {
    try {
      await Promise.all([this.mailsByAddress.consume(email), this.mailsByIp.consume(ip)]);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext, 'auth.tooManyMails');
      throw error;
    }
  }
}

function tooMany(msBeforeNext: number, code: string): AppError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError(
    429,
    code,
    { retryAfter, minutes: Math.ceil(retryAfter / 60) },
    { 'Retry-After': String(retryAfter) },
  );
}
