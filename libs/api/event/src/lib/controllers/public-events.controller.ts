import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { contentDisposition, Public, Responds, RespondsWithFile } from '@bina-pustaka/api-platform';
import type { EventSummaryPage, PublicEvent } from '@bina-pustaka/shared-contracts';
import { eventSummaryPageSchema, publicEventSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { EventCoversService } from '../organising/event-covers.service';
import { EventListsService } from '../organising/event-lists.service';
import { PublicEventsService } from '../organising/public-events.service';
import { PublicEventListQueryDto } from './event.dto';

/** What anyone may read of events, without signing in: never who registered. */
@ApiTags('events')
@Public()
@Controller()
export class PublicEventsController {
  constructor(
    private readonly lists: EventListsService,
    private readonly events: PublicEventsService,
    private readonly covers: EventCoversService,
  ) {}

  @Get('public/events')
  @ApiOperation({ summary: 'Published events not yet over, soonest first' })
  @Responds(eventSummaryPageSchema)
  list(@Query() query: PublicEventListQueryDto): Promise<EventSummaryPage> {
    return this.lists.publicList(query);
  }

  @Get('public/events/:slug')
  @ApiOperation({ summary: "An event's public page (published or cancelled)" })
  @Responds(publicEventSchema)
  event(@Param('slug') slug: string): Promise<PublicEvent> {
    return this.events.event(slug);
  }

  @Get('public/events/:slug/calendar.ics')
  @ApiOperation({ summary: 'The event for a calendar app (iCalendar, one entry per day)' })
  @RespondsWithFile('text/calendar')
  async calendar(@Param('slug') slug: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const calendar = await this.events.calendar(slug);
    void reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', contentDisposition('attachment', `${slug}.ics`))
      .header('Cache-Control', 'public, max-age=300');
    return calendar;
  }

  @Get('event-covers/:hash')
  @ApiOperation({ summary: "An event's cover, by the hash of its content (public, cached for good)" })
  @RespondsWithFile(['image/png', 'image/jpeg', 'image/webp'])
  async cover(@Param('hash') hash: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const cover = await this.covers.read(hash);
    void reply
      .header('Content-Type', cover.contentType)
      .header('Content-Disposition', 'inline')
      .header('Cache-Control', 'public, max-age=31536000, immutable');
    return cover.bytes;
  }
}
