import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, Responds, type Principal } from '@bina-pustaka/api-platform';
import type { Dashboard, JpBelowTarget, JpRemindersResult, Page } from '@bina-pustaka/shared-contracts';
import {
  dashboardSchema,
  jpBelowTargetPageSchema,
  jpRemindersResultSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { ReportingScopeService } from '../shared/reporting-scope.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { JpRemindersService } from '../dashboard/jp-reminders.service';
import { DashboardQueryDto, JpBelowTargetQueryDto, JpRemindersDto } from './dashboard.dto';

/**
 * The coordinators' dashboard (_Dasbor_): the figures of a period, the list behind the JP
 * figure, and the reminder to those below the target. With INSTITUTIONS_SEPARATE a
 * coordinator reads and reminds only their own institution's people (ReportingScopeService).
 */
@ApiTags('reporting')
@ApiBearerAuth()
@RequireRoles('coordinator', 'admin')
@Controller('reports/dashboard')
export class DashboardController {
  constructor(
    private readonly access: ReportingScopeService,
    private readonly dashboards: DashboardService,
    private readonly reminders: JpRemindersService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The dashboard's figures for a period, an institution, a course category or a cohort" })
  @Responds(dashboardSchema)
  dashboard(@CurrentPrincipal() actor: Principal, @Query() query: DashboardQueryDto): Promise<Dashboard> {
    return this.dashboards.dashboard(query, this.access.institutionFor(actor, query.institutionId));
  }

  @Get('below-target')
  @ApiOperation({ summary: 'Librarians below the yearly JP target, fewest JP first' })
  @Responds(jpBelowTargetPageSchema)
  belowTarget(
    @CurrentPrincipal() actor: Principal,
    @Query() query: JpBelowTargetQueryDto,
  ): Promise<Page<JpBelowTarget>> {
    return this.reminders.belowTarget(query, this.access.institutionFor(actor, query.institutionId));
  }

  @Post('jp-reminders')
  @HttpCode(200)
  @ApiOperation({
    summary: "Remind this year's librarians below the JP target, in the app and by email (once a day per person)",
  })
  @Responds(jpRemindersResultSchema)
  remind(@CurrentPrincipal() actor: Principal, @Body() body: JpRemindersDto): Promise<JpRemindersResult> {
    return this.reminders.remind(this.access.institutionFor(actor, body.institutionId), actor.userId);
  }
}
