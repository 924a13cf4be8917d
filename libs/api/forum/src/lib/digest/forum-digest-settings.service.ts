import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { ForumDigestSetting } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { ForumDigestSettingEntity } from '../entities/forum-digest.entity';
import { ForumDigestLinksService } from './forum-digest-links.service';

/** Until a person says otherwise: on, at 07.00 WIB. */
const DEFAULT_SETTING: ForumDigestSetting = { enabled: true, timeZone: 'Asia/Jakarta' };

/** A person's digest setting: read and changed in the app, or turned off by the mail's link. */
@Injectable()
export class ForumDigestSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: ForumDigestLinksService,
  ) {}

  async get(actor: Principal): Promise<ForumDigestSetting> {
    const row = await this.dataSource.getRepository(ForumDigestSettingEntity).findOneBy({ userId: actor.userId });
    return row ? { enabled: row.enabled, timeZone: row.timeZone } : DEFAULT_SETTING;
  }

  async put(actor: Principal, setting: ForumDigestSetting): Promise<ForumDigestSetting> {
    await this.save(actor.userId, setting.enabled, setting.timeZone);
    return this.get(actor);
  }

  /** The signed link: turns the digest off for whom it was written; a forged one is refused (400). */
  async unsubscribe(token: string): Promise<void> {
    const userId = this.links.userOf(token);
    if (!userId) throw new AppError(400, 'forum.digestLinkInvalid');
    await this.save(userId, false, null);
  }

  /** The unsubscribe page the signed link is for (a forged one is refused, 400); nothing changes. */
  unsubscribePage(token: string): string {
    const userId = this.links.userOf(token);
    if (!userId) throw new AppError(400, 'forum.digestLinkInvalid');
    return this.links.pageUrl(userId);
  }

  /** Upserts the setting; a null zone keeps the one the person chose. */
  private async save(userId: string, enabled: boolean, timeZone: string | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forum_digest_settings (user_id, enabled, time_zone) VALUES ($1, $2, coalesce($3, $4))
       ON CONFLICT (user_id) DO UPDATE
         SET enabled = EXCLUDED.enabled, time_zone = coalesce($3, forum_digest_settings.time_zone), updated_at = now()`,
      [userId, enabled, timeZone, DEFAULT_SETTING.timeZone],
    );
  }
}
