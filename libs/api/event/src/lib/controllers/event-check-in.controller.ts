import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, ParseIdPipe, Responds, type Principal } from '@bina-pustaka/api-platform';
import type { EventCheckInOutcome, EventCheckInsResult, EventRoster } from '@bina-pustaka/shared-contracts';
import {
  eventCheckInOutcomeSchema,
  eventCheckInsResultSchema,
  eventRosterSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { EventCheckInService } from '../check-in/event-check-in.service';
import { EventRosterService } from '../check-in/event-roster.service';
import { EventWalkInService } from '../check-in/event-walk-in.service';
import { EventCheckInsDto, WalkInDto } from './event-check-in.dto';

/**
 * The door: the roster a phone checks people in with offline, its queued scans, and
 * walk-ins. Anyone signed in may ask; the services answer only the event's managers
 * (coordinators, admins, its organisers) and tell anyone else there is no such event.
 */
@ApiTags('events')
@ApiBearerAuth()
@Authenticated()
@Controller('events/:eventId')
export class EventCheckInController {
  constructor(
    private readonly rosters: EventRosterService,
    private readonly checkIns: EventCheckInService,
    private readonly walkIns: EventWalkInService,
  ) {}

  @Get('roster')
  @ApiOperation({ summary: 'Every live registration for checking in offline: no email or phone number (managers)' })
  @Responds(eventRosterSchema)
  roster(@CurrentPrincipal() actor: Principal, @Param('eventId', ParseIdPipe) eventId: string): Promise<EventRoster> {
    return this.rosters.roster(actor, eventId);
  }

  @Post('check-ins')
  @HttpCode(200)
  @ApiOperation({ summary: "A phone's queued scans and name picks; a resent scanId is answered as before (managers)" })
  @Responds(eventCheckInsResultSchema)
  checkIn(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: EventCheckInsDto,
  ): Promise<EventCheckInsResult> {
    return this.checkIns.checkIn(actor, eventId, body.checkIns);
  }

  @Post('walk-ins')
  @ApiOperation({ summary: 'Register and check in someone at the door at once (managers)' })
  @Responds(eventCheckInOutcomeSchema, 201)
  walkIn(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: WalkInDto,
  ): Promise<EventCheckInOutcome> {
    return this.walkIns.walkIn(actor, eventId, body);
  }
}
