import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  CurrentPrincipal,
  MultipartBody,
  multipartFile,
  NoBody,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { EventDetail, StaffEventSummaryPage } from '@bina-pustaka/shared-contracts';
import { eventDetailSchema, staffEventSummaryPageSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyRequest } from 'fastify';
import { EventSeatsService } from '../registration/event-seats.service';
import { EventManagersService } from '../shared/event-managers.service';
import { EventCancellationService } from '../organising/event-cancellation.service';
import { EventCoversService } from '../organising/event-covers.service';
import { EventListsService } from '../organising/event-lists.service';
import { EventViewsService } from '../organising/event-views.service';
import { EventsService } from '../organising/events.service';
import { CreateEventDto, eventCoverUploadFieldsSchema, StaffEventListQueryDto, UpdateEventDto } from './event.dto';

/**
 * Organising events: coordinators and admins create and delete them; they and the
 * event's organisers (any member they add) manage it. Another's event answers 404.
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly managers: EventManagersService,
    private readonly events: EventsService,
    private readonly cancellation: EventCancellationService,
    private readonly covers: EventCoversService,
    private readonly lists: EventListsService,
    private readonly views: EventViewsService,
    private readonly seats: EventSeatsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Events I manage (coordinators and admins: every event), latest first' })
  @Responds(staffEventSummaryPageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: StaffEventListQueryDto): Promise<StaffEventSummaryPage> {
    return this.lists.staffList(actor, query);
  }

  @Post()
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'A new event, as a draft with its own public address (slug)' })
  @Responds(eventDetailSchema, 201)
  async create(@CurrentPrincipal() actor: Principal, @Body() body: CreateEventDto): Promise<EventDetail> {
    return this.views.detail(actor, await this.events.create(actor, body));
  }

  @Get(':eventId')
  @Authenticated()
  @ApiOperation({ summary: 'An event as its organisers see it, with the counts of its registrations' })
  @Responds(eventDetailSchema)
  detail(@CurrentPrincipal() actor: Principal, @Param('eventId', ParseIdPipe) eventId: string): Promise<EventDetail> {
    return this.read(actor, eventId);
  }

  @Patch(':eventId')
  @Authenticated()
  @ApiOperation({ summary: 'Change an event (days, people, partners and organisers sent are replaced in order)' })
  @Responds(eventDetailSchema)
  @AlsoResponds(409, 'A cancelled event, or a capacity below the seats already confirmed')
  async update(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: UpdateEventDto,
  ): Promise<EventDetail> {
    await this.events.update(actor, eventId, body);
    // More seats (or none any more) move the waiting line up; each one promoted is emailed.
    if (body.capacity !== undefined) await this.seats.promoteWaitlistNow(eventId);
    return this.read(actor, eventId);
  }

  @Delete(':eventId')
  @HttpCode(204)
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Delete a draft (a published event is cancelled instead)' })
  @RespondsEmpty()
  @AlsoResponds(409, 'Not a draft')
  remove(@CurrentPrincipal() actor: Principal, @Param('eventId', ParseIdPipe) eventId: string): Promise<void> {
    return this.events.remove(actor, eventId);
  }

  @Post(':eventId/publish')
  @HttpCode(200)
  @Authenticated()
  @NoBody()
  @ApiOperation({ summary: 'Publish a draft (again: no change)' })
  @Responds(eventDetailSchema)
  @AlsoResponds(409, 'A cancelled event')
  async publish(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<EventDetail> {
    await this.events.publish(actor, eventId);
    return this.read(actor, eventId);
  }

  @Post(':eventId/cancel')
  @HttpCode(200)
  @Authenticated()
  @NoBody()
  @ApiOperation({ summary: 'Cancel a published event; everyone registered is told by email' })
  @Responds(eventDetailSchema)
  @AlsoResponds(409, 'A draft (delete it instead)')
  async cancel(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<EventDetail> {
    await this.cancellation.cancel(actor, eventId);
    return this.read(actor, eventId);
  }

  @Put(':eventId/cover')
  @Authenticated()
  @ApiOperation({ summary: 'Upload or replace the cover (the part "file"; PNG, JPEG or WebP, at most 2 MB)' })
  @MultipartBody(eventCoverUploadFieldsSchema, 'The part "file": a PNG, JPEG or WebP image of at most 2 MB')
  @Responds(eventDetailSchema)
  async setCover(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
  ): Promise<EventDetail> {
    // Whose event it is is settled before the upload is read.
    const event = await this.managers.findManaged(actor, eventId);
    const upload = await multipartFile(request, 'event.coverMissing');
    await this.covers.set(event, upload.file);
    return this.read(actor, eventId);
  }

  @Delete(':eventId/cover')
  @Authenticated()
  @ApiOperation({ summary: 'Remove the cover' })
  @Responds(eventDetailSchema)
  async removeCover(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<EventDetail> {
    await this.covers.remove(await this.managers.findManaged(actor, eventId));
    return this.read(actor, eventId);
  }

  private async read(actor: Principal, eventId: string): Promise<EventDetail> {
    return this.views.detail(actor, await this.managers.findManaged(actor, eventId));
  }
}
