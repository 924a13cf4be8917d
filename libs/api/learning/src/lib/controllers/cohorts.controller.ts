import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  AppError,
  Authenticated,
  CsvBody,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequestLocale,
  RequireRoles,
  Responds,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { CohortSummary, EnrolmentReport, EnrolmentSummary, Locale, Page } from '@bina-pustaka/shared-contracts';
import {
  cohortPageSchema,
  cohortSummarySchema,
  enrolmentPageSchema,
  enrolmentReportSchema,
  enrolmentSummarySchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CohortsService } from '../services/cohorts.service';
import { EnrolmentsService } from '../services/enrolments.service';
import {
  CohortListQueryDto,
  EnrolmentListQueryDto,
  EnrolUsersDto,
  ExtendEnrolmentDto,
  MoveEnrolmentDto,
  UpdateCohortDto,
} from './learning.dto';

/** All or nothing: 201 when every row was enrolled, 422 (and nothing written) otherwise. */
function answer(reply: FastifyReply, report: EnrolmentReport): EnrolmentReport {
  void reply.status(report.committed ? 201 : 422);
  return report;
}

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller()
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Get('cohorts')
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Cohorts (all for coordinators; a trainer sees those of their courses)' })
  @Responds(cohortPageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: CohortListQueryDto): Promise<Page<CohortSummary>> {
    return this.cohorts.list(actor, query);
  }

  @Get('cohorts/:id')
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'One cohort' })
  @Responds(cohortSummarySchema)
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CohortSummary> {
    return this.cohorts.get(actor, id);
  }

  @Patch('cohorts/:id')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Change dates, capacity, self-enrolment or trainers' })
  @Responds(cohortSummarySchema)
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateCohortDto,
  ): Promise<CohortSummary> {
    return this.cohorts.update(actor, id, body);
  }

  @Get('cohorts/:id/enrolments')
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Members of a cohort with their progress' })
  @Responds(enrolmentPageSchema)
  members(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: EnrolmentListQueryDto,
  ): Promise<Page<EnrolmentSummary>> {
    return this.enrolments.list(actor, id, query);
  }

  @Post('cohorts/:id/enrolments')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Enrol picked users: all of them or none (422 with the reasons)' })
  @Responds(enrolmentReportSchema, 201)
  @AlsoResponds(422, 'Some rows were refused; nobody was enrolled', enrolmentReportSchema)
  async enrol(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: EnrolUsersDto,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolmentReport> {
    return answer(reply, await this.enrolments.enrolUsers(actor, id, body.userIds, locale));
  }

  @Post('cohorts/:id/enrolments/import')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Enrol from a CSV (header "email", optional "nip"): every row or none (422 with a report)' })
  @CsvBody('One learner a line under the header "email" (and optionally "nip")')
  @Responds(enrolmentReportSchema, 201)
  @AlsoResponds(422, 'Some rows were refused; nobody was enrolled', enrolmentReportSchema)
  async importCsv(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: FastifyRequest,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolmentReport> {
    if (typeof request.body !== 'string') throw new AppError(415, 'http.unsupportedMediaType');
    return answer(reply, await this.enrolments.importCsv(actor, id, request.body, locale));
  }

  @Post('cohorts/:id/self-enrolment')
  @Authenticated()
  @ApiOperation({ summary: 'Join a cohort that allows it (active at once, or pending approval)' })
  @NoBody()
  @Responds(enrolmentSummarySchema, 201)
  selfEnrol(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<EnrolmentSummary> {
    return this.enrolments.selfEnrol(actor, id, locale);
  }

  @Post('enrolments/:id/approve')
  @RequireRoles('coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending self-enrolment' })
  @NoBody()
  @Responds(enrolmentSummarySchema)
  approve(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.decide(actor, id, 'approve');
  }

  @Post('enrolments/:id/reject')
  @RequireRoles('coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending self-enrolment' })
  @NoBody()
  @Responds(enrolmentSummarySchema)
  reject(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.decide(actor, id, 'reject');
  }

  @Post('enrolments/:id/withdraw')
  @RequireRoles('coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a learner from the course' })
  @NoBody()
  @Responds(enrolmentSummarySchema)
  withdraw(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<EnrolmentSummary> {
    return this.enrolments.withdraw(actor, id);
  }

  @Post('enrolments/:id/move')
  @RequireRoles('coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a learner to another cohort of the same course' })
  @Responds(enrolmentSummarySchema)
  move(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: MoveEnrolmentDto,
  ): Promise<EnrolmentSummary> {
    return this.enrolments.move(actor, id, body.cohortId);
  }

  @Patch('enrolments/:id')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "Extend (or set) a learner's end date" })
  @Responds(enrolmentSummarySchema)
  extend(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ExtendEnrolmentDto,
  ): Promise<EnrolmentSummary> {
    return this.enrolments.extend(actor, id, body.endsAt);
  }
}
