import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, PageMetaRegistryService, type AppConfig, type PageMeta } from '@bina-pustaka/api-platform';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { eventCoverUrl } from './event-views.service';
import { PublicEventsService } from './public-events.service';

/** `/acara/<slug>`: the event page's path in the web client (APP_PATHS.event). */
const EVENT_PAGE = /^\/acara\/([a-z0-9-]{1,80})\/?$/;

/**
 * The preview of an event's page in WhatsApp and other link previewers (they run no
 * script): its title, when (in the event's zone) and where, and its cover; and for a
 * browser, the page's api answer preloaded, so a phone on slow 4G waits for it alongside
 * the page's scripts, not after them.
 */
@Injectable()
export class EventPageMetaService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: PageMetaRegistryService,
    private readonly events: PublicEventsService,
  ) {}

  onModuleInit(): void {
    this.registry.register((path) => this.describe(path));
  }

  async describe(path: string): Promise<PageMeta | null> {
    const slug = EVENT_PAGE.exec(path)?.[1];
    const event = slug ? await this.events.find(slug) : null;
    if (!event) return null;
    const when = formatDateTime(event.startsAt, 'id', event.timeZone);
    const where = event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(', ') : 'Daring';
    const cancelled = event.status === 'cancelled' ? 'DIBATALKAN · ' : '';
    return {
      title: event.title,
      description: [`${cancelled}${when} · ${where}`, event.summary].filter(Boolean).join('. '),
      url: this.events.pageUrl(event.slug),
      image: event.coverKey ? `${this.config.http.publicUrl}${eventCoverUrl(event.coverKey)}` : null,
      // What the page asks the api for first (web-data-access `PublicEventsApiService.bySlug`), fetched while its chunks load.
      preload: [`/api/public/events/${event.slug}`],
    };
  }
}
