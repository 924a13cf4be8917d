import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS, type AppConfig } from '@bina-pustaka/api-platform';
import { VISIT_TOTAL, visitSection } from '@bina-pustaka/shared-contracts';
import type { Redis } from 'ioredis';
import { isCrawler } from './crawlers';
import { COUNTER_TTL_SECONDS, SALT_TTL_SECONDS, VIEWS_PER_MINUTE_PER_ADDRESS, visitKeys, wibDay } from './visit-keys';

/** One page view as the api received it; the address and user-agent are hashed, never kept. */
export interface PageViewSeen {
  path: string;
  /** The client's address as the platform resolves it (behind the configured proxies). */
  address: string;
  userAgent: string;
}

/**
 * One round trip, atomic: the address's views this minute, then (under the limit) the
 * section's and the day's views and visitor sets. Keys: throttle, views of the section and
 * of `all`, visitors of the section and of `all`. Args: limit, visitor hash, counter TTL.
 */
const COUNT_VISIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], 60) end
if n > tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[2])
redis.call('INCR', KEYS[3])
redis.call('PFADD', KEYS[4], ARGV[2])
redis.call('PFADD', KEYS[5], ARGV[2])
for i = 2, 5 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
return 1`;

/**
 * Counts page views and distinct visitors per WIB day and section in Redis (README: the
 * method). A visitor is an HMAC of their address and user-agent under the day's random salt,
 * which only Redis holds and only for two days; PostgreSQL never sees any of it.
 */
@Injectable()
export class VisitCounterService {
  private salt: { day: string; value: string } | undefined;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one view unless a robot sent it or the address is over its minute's limit; true when counted. */
  async record(view: PageViewSeen, now: Date = new Date()): Promise<boolean> {
    if (isCrawler(view.userAgent)) return false;
    const day = wibDay(now);
    const keys = visitKeys(this.config.redis.prefix, day);
    const salt = await this.daySalt(day, keys.salt);
    const addressHash = hmac(salt, `address\n${view.address}`);
    const visitorHash = hmac(salt, `visitor\n${view.address}\n${view.userAgent}`);
    const section = visitSection(view.path);
    const counted = await this.redis.eval(
      COUNT_VISIT,
      5,
      keys.throttle(addressHash, Math.floor(now.getTime() / 60_000)),
      keys.views(section),
      keys.views(VISIT_TOTAL),
      keys.visitors(section),
      keys.visitors(VISIT_TOTAL),
      VIEWS_PER_MINUTE_PER_ADDRESS,
      visitorHash,
      COUNTER_TTL_SECONDS,
    );
    return counted === 1;
  }

  /**
   * The day's salt: the first api node to need it makes 32 random bytes (SET NX), every node
   * reads that one; it expires with Redis, so yesterday's cannot be had again.
   */
  private async daySalt(day: string, key: string): Promise<string> {
    if (this.salt?.day === day) return this.salt.value;
    const fresh = randomBytes(32).toString('hex');
    const earlier = (await this.redis.call('SET', key, fresh, 'NX', 'GET', 'EX', SALT_TTL_SECONDS)) as string | null;
    this.salt = { day, value: earlier ?? fresh };
    return this.salt.value;
  }
}

function hmac(salt: string, text: string): string {
  return createHmac('sha256', salt).update(text).digest('base64url').slice(0, 22);
}
