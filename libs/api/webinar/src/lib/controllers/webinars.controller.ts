import { Body, Controller, Delete, Get, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  APP_CONFIG,
  Authenticated,
  contentDisposition,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequestLocale,
  RequireRoles,
  Responds,
  RespondsWithFile,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  Locale,
  Page,
  WebinarAttendanceLedger,
  WebinarJoinTicket,
  WebinarSession,
} from '@bina-pustaka/shared-contracts';
import {
  webinarAttendanceLedgerSchema,
  webinarJoinTicketSchema,
  webinarSessionPageSchema,
  webinarSessionSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { WebinarAttendanceService } from '../attendance/webinar-attendance.service';
import { WebinarTicketsService } from '../join/webinar-tickets.service';
import { RoomRegistryService } from '../room/room-registry.service';
import { WebinarAccessWatchService } from '../room/webinar-access-watch.service';
import { WebinarLifecycleService } from '../room/webinar-lifecycle.service';
import { webinarCalendar } from '../sessions/webinar-calendar';
import { WebinarSessionsService } from '../sessions/webinar-sessions.service';
import { CreateWebinarSessionDto, UpdateWebinarSessionDto, WebinarSessionListQueryDto } from './webinar.dto';

/**
 * Webinar sessions. Anyone signed in may ask; each service call checks what the person may
 * see (their audience, their sessions) or do (manage: author, hosts, coordinators, admins).
 */
@ApiTags('webinars')
@ApiBearerAuth()
@Authenticated()
@Controller('webinars')
export class WebinarsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: WebinarSessionsService,
    private readonly lifecycle: WebinarLifecycleService,
    private readonly tickets: WebinarTicketsService,
    private readonly registry: RoomRegistryService,
    private readonly ledger: WebinarAttendanceService,
    private readonly accessWatch: WebinarAccessWatchService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sessions I may join or manage (upcoming or past)' })
  @Responds(webinarSessionPageSchema)
  list(
    @CurrentPrincipal() actor: Principal,
    @Query() query: WebinarSessionListQueryDto,
  ): Promise<Page<WebinarSession>> {
    return this.sessions.list(actor, query);
  }

  @Post()
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Schedule a session (reminders go out at T-24h and T-15min)' })
  @Responds(webinarSessionSchema, 201)
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateWebinarSessionDto): Promise<WebinarSession> {
    return this.sessions.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One session, with my role in it' })
  @Responds(webinarSessionSchema)
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<WebinarSession> {
    return this.sessions.view(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a session that has not ended (managers)' })
  @Responds(webinarSessionSchema)
  async update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateWebinarSessionDto,
  ): Promise<WebinarSession> {
    const session = await this.sessions.update(actor, id, body);
    // Who the session is for or who runs it changed: open sockets follow at once.
    if (['audience', 'courseId', 'cohortId', 'staff'].some((field) => field in body)) {
      await this.accessWatch.recheck({ cause: 'audienceChanged', sessionId: id });
    }
    return session;
  }

  @Post(':id/cancel')
  @ApiOperation({ summary: 'Cancel a session that has not opened (managers)' })
  @NoBody()
  @Responds(webinarSessionSchema, 201)
  cancel(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<WebinarSession> {
    return this.sessions.cancel(actor, id);
  }

  @Post(':id/open')
  @ApiOperation({ summary: 'Open the room: attendees waiting come in (managers)' })
  @NoBody()
  @Responds(webinarSessionSchema, 201)
  open(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<WebinarSession> {
    return this.lifecycle.open(actor, id);
  }

  @Post(':id/end')
  @ApiOperation({ summary: 'End for everyone and settle the attendance ledger (managers)' })
  @NoBody()
  @Responds(webinarSessionSchema, 201)
  end(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<WebinarSession> {
    return this.lifecycle.end(actor, id);
  }

  @Post(':id/registration')
  @ApiOperation({ summary: 'Register for a session open to registration' })
  @NoBody()
  @Responds(webinarSessionSchema, 201)
  register(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<WebinarSession> {
    return this.sessions.register(actor, id);
  }

  @Delete(':id/registration')
  @ApiOperation({ summary: 'Withdraw a registration' })
  @Responds(webinarSessionSchema)
  async unregister(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<WebinarSession> {
    const session = await this.sessions.unregister(actor, id);
    await this.accessWatch.recheck({ cause: 'audienceChanged', userId: actor.userId, sessionId: id });
    return session;
  }

  @Post(':id/join-ticket')
  @ApiOperation({ summary: 'A one-minute, single-use ticket to connect to the room (audience and staff)' })
  @NoBody()
  @Responds(webinarJoinTicketSchema, 201)
  async joinTicket(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<WebinarJoinTicket> {
    const { session, role, token, expiresAt } = await this.tickets.issue(actor, id, locale);
    const room = await this.registry.getOrCreate(session);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      role: room.members.roleOf(actor.userId, role),
      namespace: '/webinar',
      iceServers: this.config.webinar.iceServers,
      routerRtpCapabilities: room.media.routerRtpCapabilities,
    };
  }

  @Get(':id/calendar.ics')
  @ApiOperation({ summary: 'The session as an iCalendar file' })
  @RespondsWithFile('text/calendar')
  async calendar(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const session = await this.sessions.visible(actor, id);
    const { hostname } = new URL(this.config.http.publicUrl);
    await reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', contentDisposition('attachment', `webinar-${id}.ics`))
      .send(webinarCalendar(session, this.config.http.publicUrl, hostname));
  }

  @Get(':id/attendance')
  @ApiOperation({ summary: 'The attendance ledger: settled after the end, counted to now while live (managers)' })
  @Responds(webinarAttendanceLedgerSchema)
  attendance(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<WebinarAttendanceLedger> {
    return this.ledger.ledgerFor(actor, id);
  }

  @Get(':id/attendance.csv')
  @ApiOperation({ summary: 'The attendance ledger as CSV (managers)' })
  @RespondsWithFile('text/csv')
  async attendanceCsv(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.ledger.csvFor(actor, id);
    await reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', contentDisposition('attachment', `kehadiran-webinar-${id}.csv`))
      .send(csv);
  }
}
