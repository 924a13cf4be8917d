import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AlsoResponds, Public, RequestLocale, Responds, RespondsEmpty } from '@bina-pustaka/api-platform';
import type { EventConfirmation, EventRegistrationResult, EventTicket, Locale } from '@bina-pustaka/shared-contracts';
import {
  eventConfirmationSchema,
  eventRegistrationResultSchema,
  eventTicketSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyRequest } from 'fastify';
import { GuestLinksService } from '../registration/guest-links.service';
import { GuestRegistrationService } from '../registration/guest-registration.service';
import { EventSlugDto, EventTokenDto, GuestRegistrationDto } from './event-registration.dto';

/**
 * Guests without an account: registering from the public page, and what the links in their
 * emails do. Each link's signed token travels in the URL's fragment and reaches the api in
 * the body, so no request log holds one.
 */
@ApiTags('events')
@Public()
@Controller('public')
export class PublicEventRegistrationsController {
  constructor(
    private readonly guests: GuestRegistrationService,
    private readonly links: GuestLinksService,
  ) {}

  @Post('events/:slug/registrations')
  @ApiOperation({ summary: 'Register as a guest: a confirmation email makes the seat count' })
  @Responds(eventRegistrationResultSchema, 201)
  @AlsoResponds(400, 'An answer is missing or not one of its options')
  @AlsoResponds(409, 'Already registered with this email, or registration is not open')
  @AlsoResponds(429, 'Too many registrations from this address: wait a little')
  register(
    @Param() params: EventSlugDto,
    @Body() body: GuestRegistrationDto,
    @Req() request: FastifyRequest,
    @RequestLocale() locale: Locale,
  ): Promise<EventRegistrationResult> {
    return this.guests.register(params.slug, body, request.ip, locale);
  }

  @Post('event-registrations/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm from the email: a seat and a ticket, or a place in line (again: the same answer)' })
  @Responds(eventConfirmationSchema)
  @AlsoResponds(400, 'The link was altered')
  @AlsoResponds(410, 'The confirmation link has expired')
  confirm(@Body() body: EventTokenDto, @RequestLocale() locale: Locale): Promise<EventConfirmation> {
    return this.links.confirm(body.token, locale);
  }

  @Post('event-registrations/ticket')
  @HttpCode(200)
  @ApiOperation({ summary: "The ticket page: the guest's registration and, when confirmed, the QR code's content" })
  @Responds(eventTicketSchema)
  @AlsoResponds(400, 'The link was altered')
  ticket(@Body() body: EventTokenDto): Promise<EventTicket> {
    return this.links.ticket(body.token);
  }

  @Post('event-registrations/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel from the email; the seat goes to the first in line' })
  @Responds(eventRegistrationResultSchema)
  @AlsoResponds(400, 'The link was altered')
  cancel(@Body() body: EventTokenDto, @RequestLocale() locale: Locale): Promise<EventRegistrationResult> {
    return this.links.cancel(body.token, locale);
  }

  @Post('event-registrations/erase')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove the guest's data now (cancelling a live registration first)" })
  @RespondsEmpty()
  @AlsoResponds(400, 'The link was altered')
  erase(@Body() body: EventTokenDto): Promise<void> {
    return this.links.erase(body.token);
  }
}
