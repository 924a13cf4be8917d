import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { EventCertificatesResult } from '@bina-pustaka/shared-contracts';
import { eventCertificatesResultSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { EventAttendanceExportService, type AttendanceFormat } from '../after/event-attendance-export.service';
import { EventCertificatesService } from '../after/event-certificates.service';
import { EventAttendanceQueryDto, EventCertificatesDto } from './event-after.dto';

const CONTENT_TYPES: Record<AttendanceFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * After the event: the attendance export for its managers (coordinators, admins, its
 * organisers, who may hold any role: signed in, then checked on the event; anyone else
 * 404), and certificates by role for coordinators and admins.
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events/:eventId')
export class EventAfterController {
  constructor(
    private readonly attendance: EventAttendanceExportService,
    private readonly certificates: EventCertificatesService,
  ) {}

  @Get('attendance.csv')
  @Authenticated()
  @ApiOperation({ summary: 'Who came (all=true: every live registration) as CSV (managers)' })
  @RespondsWithFile('text/csv')
  csv(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: EventAttendanceQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.download(actor, eventId, query.all, 'csv', reply);
  }

  @Get('attendance.xlsx')
  @Authenticated()
  @ApiOperation({ summary: 'Who came (all=true: every live registration) as XLSX (managers)' })
  @RespondsWithFile(CONTENT_TYPES.xlsx)
  xlsx(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: EventAttendanceQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.download(actor, eventId, query.all, 'xlsx', reply);
  }

  @Post('certificates')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({
    summary:
      "Certificates by role through the certificate queue (nobody twice); credits a literacy event's facilitators",
  })
  @Responds(eventCertificatesResultSchema, 201)
  @AlsoResponds(409, 'The event is not published, was cancelled or has not ended yet')
  issueCertificates(
    @CurrentPrincipal() actor: Principal,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: EventCertificatesDto,
  ): Promise<EventCertificatesResult> {
    return this.certificates.issue(actor, eventId, body);
  }

  private async download(
    actor: Principal,
    eventId: string,
    all: boolean,
    format: AttendanceFormat,
    reply: FastifyReply,
  ): Promise<void> {
    const file = await this.attendance.export(actor, eventId, all, format);
    await reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', contentDisposition('attachment', file.fileName))
      .send(file.body);
  }
}
