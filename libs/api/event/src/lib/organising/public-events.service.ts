import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppError, type AppConfig } from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl, type PublicEvent } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import { eventCalendar } from './event-calendar';
import { EventViewsService } from './event-views.service';

/** Slugs are lowercase words, digits and hyphens; anything else is no event's. */
const SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * What anyone may read of an event, by its slug: a published event, or a cancelled one
 * (its page says so to those who kept the link); a draft is not there (404).
 */
@Injectable()
export class PublicEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly views: EventViewsService,
  ) {}

  async find(slug: string): Promise<EventEntity | null> {
    if (!SLUG.test(slug)) return null;
    return this.dataSource.getRepository(EventEntity).findOneBy({ slug, status: In(['published', 'cancelled']) });
  }

  async event(slug: string): Promise<PublicEvent> {
    return this.views.publicEvent(await this.found(slug));
  }

  async calendar(slug: string): Promise<string> {
    const row = await this.found(slug);
    const { days } = await this.views.publicEvent(row);
    const pageUrl = this.pageUrl(row.slug);
    return eventCalendar(row, days, pageUrl, new URL(this.config.http.publicUrl).hostname);
  }

  pageUrl(slug: string): string {
    return appUrl(this.config.http.publicUrl, APP_PATHS.event, { slug });
  }

  private async found(slug: string): Promise<EventEntity> {
    const row = await this.find(slug);
    if (!row) throw new AppError(404, 'event.notFound');
    return row;
  }
}
