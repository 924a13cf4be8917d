import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequestLocale,
  Responds,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  EventRegistrationPage,
  EventRegistrationResult,
  EventTicket,
  Locale,
} from '@bina-pustaka/shared-contracts';
import {
  eventRegistrationPageSchema,
  eventRegistrationResultSchema,
  eventTicketSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { MemberRegistrationService } from '../registration/member-registration.service';
import { RegistrationListService } from '../registration/registration-list.service';
import { EventRegistrationListQueryDto, MemberRegistrationDto } from './event-registration.dto';

/**
 * A member's own registration (one click, their ticket, cancelling) and the managers'
 * list of who registered. Managers are coordinators, admins and the event's organisers
 * (any member may be one), so the route takes anyone signed in and the service checks the
 * event: anyone else gets 404.
 */
@ApiTags('events')
@ApiBearerAuth()
@Authenticated()
@Controller('events')
export class EventRegistrationsController {
  constructor(
    private readonly members: MemberRegistrationService,
    private readonly list: RegistrationListService,
  ) {}

  @Get(':eventId/registration')
  @ApiOperation({ summary: 'My ticket for this event' })
  @Responds(eventTicketSchema)
  @AlsoResponds(404, 'Not registered for this event')
  ticket(@CurrentPrincipal() actor: Principal, @Param('eventId', ParseIdPipe) eventId: string): Promise<EventTicket> {
    return this.members.ticket(actor, eventId);
  }

  @Post(':eventId/registration')
  @ApiOperation({
    summary:
      "Register with my account's name and email (and the answers the event asks for): confirmed at once, or a place in line",
  })
  @Responds(eventRegistrationResultSchema, 201)
  @AlsoResponds(400, "A required question of the organiser's is not answered")
  @AlsoResponds(409, 'Already registered, or registration is not open')
  register(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: MemberRegistrationDto,
    @RequestLocale() locale: Locale,
  ): Promise<EventRegistrationResult> {
    return this.members.register(actor, eventId, body.answers, locale);
  }

  @Delete(':eventId/registration')
  @ApiOperation({ summary: 'Cancel my registration; the seat goes to the first in line' })
  @Responds(eventRegistrationResultSchema)
  @AlsoResponds(404, 'Not registered for this event')
  cancel(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @RequestLocale() locale: Locale,
  ): Promise<EventRegistrationResult> {
    return this.members.cancel(actor, eventId, locale);
  }

  @Get(':eventId/registrations')
  @ApiOperation({ summary: 'Who registered (managers of the event), in arrival order' })
  @Responds(eventRegistrationPageSchema)
  registrations(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: EventRegistrationListQueryDto,
  ): Promise<EventRegistrationPage> {
    return this.list.list(actor, eventId, query);
  }

  @Post(':eventId/registrations/:registrationId/cancel')
  @HttpCode(200)
  @NoBody()
  @ApiOperation({ summary: "Cancel someone's registration (managers); the seat goes to the first in line" })
  @Responds(eventRegistrationResultSchema)
  cancelRegistration(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('registrationId', ParseIdPipe) registrationId: string,
    @RequestLocale() locale: Locale,
  ): Promise<EventRegistrationResult> {
    return this.members.cancelByManager(actor, eventId, registrationId, locale);
  }
}
