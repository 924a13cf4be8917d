import { Inject, Injectable } from '@nestjs/common';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import {
  APP_CONFIG,
  AppError,
  PersonalDataRegistryService,
  REDIS,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import { cachedDateFormat } from '@bina-pustaka/shared-util';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Downloads per person per hour: enough to retry, too few to make it a way to load the database. */
export const PERSONAL_DATA_DOWNLOADS_PER_HOUR = 3;

/** A person's own download of everything the platform holds about them. */
export interface PersonalDataDownload {
  fileName: string;
  body: string;
}

/**
 * "Unduh data saya": every domain's section for the signed-in person, as one JSON file.
 * Limited per person, and recorded in the audit log as an export of personal data.
 */
@Injectable()
export class PersonalDataExportService {
  private readonly downloads: RateLimiterRedis;

  constructor(
    private readonly registry: PersonalDataRegistryService,
    private readonly audit: AuditTrailService,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.downloads = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redis.prefix}:rl:personal-data-download`,
      points: PERSONAL_DATA_DOWNLOADS_PER_HOUR,
      duration: 3600,
    });
  }

  async download(principal: Principal): Promise<PersonalDataDownload> {
    await this.consumeDownload(principal.userId);
    const sections = await this.registry.collect(principal.userId);
    const exportedAt = new Date();
    await this.audit.record({
      action: 'export.personal_data',
      actor: principal,
      subject: { type: 'user', id: principal.userId, label: principal.user.fullName },
      details: { report: 'my-data', rows: Object.keys(sections).length },
    });
    const wibDate = cachedDateFormat('sv-SE', { timeZone: 'Asia/Jakarta' }).format(exportedAt);
    return {
      fileName: `data-pribadi-${wibDate}.json`,
      body: JSON.stringify({ exportedAt: exportedAt.toISOString(), userId: principal.userId, ...sections }, null, 2),
    };
  }

  private async consumeDownload(userId: string): Promise<void> {
    try {
      await this.downloads.consume(userId);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError(
        429,
        'account.tooManyDownloads',
        { minutes: Math.ceil(retryAfter / 60) },
        { 'Retry-After': String(retryAfter) },
      );
    }
  }
}
