import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, RequireRoles, Responds, type Principal } from '@bina-pustaka/api-platform';
import type { EventSeries } from '@bina-pustaka/shared-contracts';
import { eventSeriesResponseSchema } from '@bina-pustaka/shared-contracts/schemas';
import { EventSeriesService } from '../organising/event-series.service';
import { EventSeriesDto, UpdateEventSeriesDto } from './event.dto';

/** Reading clubs' series: kept by coordinators and admins. */
@ApiTags('events')
@ApiBearerAuth()
@RequireRoles('coordinator', 'admin')
@Controller('event-series')
export class EventSeriesController {
  constructor(private readonly series: EventSeriesService) {}

  @Get()
  @ApiOperation({ summary: 'Every series with its meetings, members and attendance' })
  @Responds([eventSeriesResponseSchema])
  list(): Promise<EventSeries[]> {
    return this.series.list();
  }

  @Post()
  @ApiOperation({ summary: 'A new series (its meetings are events that name it)' })
  @Responds(eventSeriesResponseSchema, 201)
  create(@CurrentPrincipal() actor: Principal, @Body() body: EventSeriesDto): Promise<EventSeries> {
    return this.series.create(actor, body);
  }

  @Get(':seriesId')
  @ApiOperation({ summary: 'A series with its meetings, members and attendance per meeting' })
  @Responds(eventSeriesResponseSchema)
  get(@Param('seriesId', ParseIdPipe) seriesId: string): Promise<EventSeries> {
    return this.series.get(seriesId);
  }

  @Patch(':seriesId')
  @ApiOperation({ summary: "Change a series' title, description or schedule" })
  @Responds(eventSeriesResponseSchema)
  update(@Param('seriesId', ParseIdPipe) seriesId: string, @Body() body: UpdateEventSeriesDto): Promise<EventSeries> {
    return this.series.update(seriesId, body);
  }
}
