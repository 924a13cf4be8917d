import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Setting a password (reset link, invitation, change in the profile): attempts per window. */
const PASSWORD_SETS_PER_ACCOUNT = 5;
const PASSWORD_SETS_PER_IP = 20;

/**
 * Sign-in and password throttling in Redis, per account and per IP address (a whole library
 * may sit behind one address, so that limit is higher), and rate limits for the emailing
 * endpoints. An attempt is reserved atomically *before* the password is checked, so a burst
 * of parallel requests cannot pass the limit before the first failure is counted; a
 * successful sign-in gives its reservation back. Each time an account is locked again
 * within a day the lock lasts twice as long.
 */
@Injectable()
export class LoginThrottleService {
  private readonly signInsByAccount: RateLimiterRedis;
  private readonly signInsByIp: RateLimiterRedis;
  private readonly lockoutsByAccount: RateLimiterRedis;
  private readonly passwordSetsByAccount: RateLimiterRedis;
  private readonly passwordSetsByIp: RateLimiterRedis;
  private readonly mailsByAddress: RateLimiterRedis;
  private readonly mailsByIp: RateLimiterRedis;
  private readonly windowSeconds: number;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.redis.prefix}:rl:${name}`, points, duration });
    this.windowSeconds = config.auth.loginFailureWindowMinutes * 60;
    this.signInsByAccount = limiter('login-fail-account', config.auth.loginMaxFailuresPerAccount, this.windowSeconds);
    this.signInsByIp = limiter('login-fail-ip', config.auth.loginMaxFailuresPerIp, this.windowSeconds);
    this.lockoutsByAccount = limiter('login-lockouts', Number.MAX_SAFE_INTEGER, DAY);
    this.passwordSetsByAccount = limiter('password-set-account', PASSWORD_SETS_PER_ACCOUNT, this.windowSeconds);
    this.passwordSetsByIp = limiter('password-set-ip', PASSWORD_SETS_PER_IP, this.windowSeconds);
    this.mailsByAddress = limiter('mail-address', 5, HOUR);
    this.mailsByIp = limiter('mail-ip', 50, HOUR);
  }

  /** Takes one attempt from both budgets before any password check; 429 once either is spent. */
  async reserveSignIn(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.allSettled([
      this.signInsByAccount.consume(email),
      this.signInsByIp.consume(ip),
    ]);
    if (account.status === 'fulfilled' && address.status === 'fulfilled') return;
    // The attempt does not happen: give back what the other budget took.
    if (account.status === 'fulfilled') await this.signInsByAccount.reward(email, 1);
    if (address.status === 'fulfilled') await this.signInsByIp.reward(ip, 1);
    if (account.status === 'rejected') {
      const refusal = rateLimited(account.reason);
      // Exactly one request crosses the limit (consume is atomic): it sets the lock's length.
      if (refusal.consumedPoints === this.signInsByAccount.points + 1) {
        const lockSeconds = await this.lockAccount(email);
        throw tooMany(lockSeconds * 1000, 'auth.tooManyFailures');
      }
      throw tooMany(refusal.msBeforeNext, 'auth.tooManyFailures');
    }
    throw tooMany(
      rateLimited(address.status === 'rejected' ? address.reason : null).msBeforeNext,
      'auth.tooManyFailures',
    );
  }

  /** The password was right: the reserved attempt was not a failure. */
  async refundSignIn(email: string, ip: string): Promise<void> {
    await Promise.all([this.signInsByAccount.reward(email, 1), this.signInsByIp.reward(ip, 1)]);
  }

  /**
   * Before a password is set with a reset link or an invitation: checked per address
   * before the token is even looked up, then per account (`accountKey`) once it is known.
   * Changing one's password counts against both at once.
   */
  async consumePasswordSetByIp(ip: string): Promise<void> {
    await consumeOr429(this.passwordSetsByIp, ip, 'auth.tooManyPasswordAttempts');
  }

  async consumePasswordSetByAccount(accountKey: string): Promise<void> {
    await consumeOr429(this.passwordSetsByAccount, accountKey, 'auth.tooManyPasswordAttempts');
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

  /** One window for the first lockout of the day, then twice as long each time (at most a day). */
  private async lockAccount(email: string): Promise<number> {
    const { consumedPoints: lockouts } = await this.lockoutsByAccount.penalty(email, 1);
    const seconds = Math.min(this.windowSeconds * 2 ** (lockouts - 1), DAY);
    await this.signInsByAccount.block(email, seconds);
    return seconds;
  }
}

/** A refusal of rate-limiter-flexible; anything else (Redis down) is rethrown as it is. */
function rateLimited(reason: unknown): RateLimiterRes {
  if (reason instanceof RateLimiterRes) return reason;
  throw reason;
}

async function consumeOr429(limiter: RateLimiterRedis, key: string, code: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    throw tooMany(rateLimited(error).msBeforeNext, code);
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
