import { Body, Controller, Get, HttpCode, Logger, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RequireRoles, Responds, RespondsEmpty } from '@bina-pustaka/api-platform';
import type { VisitReport } from '@bina-pustaka/shared-contracts';
import { visitReportSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyRequest } from 'fastify';
import { VisitCounterService } from '../visits/visit-counter.service';
import { VisitReportService } from '../visits/visit-report.service';
import { PageViewDto, VisitReportQueryDto } from './visits.dto';

/** Portal visits: the web client's beacon on each page, and the coordinators' daily figures. */
@ApiTags('reporting')
@Controller()
export class VisitsController {
  private readonly logger = new Logger(VisitsController.name);

  constructor(
    private readonly counter: VisitCounterService,
    private readonly reports: VisitReportService,
  ) {}

  @Post('visits')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: "A page view (the web client's beacon): counted without keeping anything about the visitor",
  })
  @RespondsEmpty()
  async record(@Body() body: PageViewDto, @Req() request: FastifyRequest): Promise<void> {
    const userAgent = request.headers['user-agent'] ?? '';
    // A counter that fails must never trouble the page that sent the beacon: logged, answered 204.
    await this.counter.record({ path: body.path, address: request.ip, userAgent }).catch((error: Error) => {
      this.logger.warn(`visit not counted: ${error.message}`);
    });
  }

  @Get('reports/visits')
  @ApiBearerAuth()
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({
    summary: 'Page views and distinct visitors per WIB day and section (today: the last copy, at most 15 minutes old)',
  })
  @Responds(visitReportSchema)
  report(@Query() query: VisitReportQueryDto): Promise<VisitReport> {
    return this.reports.report(query);
  }
}
