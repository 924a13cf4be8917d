import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { ActionItem, ActionItemPage, FocusGroupFinding } from '@bina-pustaka/shared-contracts';
import {
  actionItemPageSchema,
  actionItemSchema,
  focusGroupFindingSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { FocusGroupAccessService } from '../groups/focus-group-access.service';
import { ActionItemsService } from '../outcomes/action-items.service';
import { FocusGroupFindingsService } from '../outcomes/focus-group-findings.service';
import {
  ActionItemListQueryDto,
  CreateActionItemDto,
  CreateFocusGroupFindingDto,
  UpdateActionItemDto,
  UpdateFocusGroupFindingDto,
} from './focus-group.dto';

/**
 * Findings and action items of a group: those who run it write them (a member: 403, a
 * stranger: 404); the coordinators follow action items across every group.
 */
@ApiTags('focus-groups')
@ApiBearerAuth()
@Authenticated()
@Controller()
export class FocusGroupOutcomesController {
  constructor(
    private readonly access: FocusGroupAccessService,
    private readonly findings: FocusGroupFindingsService,
    private readonly actions: ActionItemsService,
  ) {}

  @Get('focus-group-actions')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Action items across every group: by status, group, overdue' })
  @Responds(actionItemPageSchema)
  list(@Query() query: ActionItemListQueryDto): Promise<ActionItemPage> {
    return this.actions.list(query);
  }

  @Post('focus-groups/:groupId/findings')
  @ApiOperation({ summary: 'Record a finding (temuan)' })
  @Responds(focusGroupFindingSchema, 201)
  async createFinding(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: CreateFocusGroupFindingDto,
  ): Promise<FocusGroupFinding> {
    return this.findings.create(await this.access.managed(actor, groupId), body);
  }

  @Patch('focus-groups/:groupId/findings/:findingId')
  @ApiOperation({ summary: 'Change a finding' })
  @Responds(focusGroupFindingSchema)
  async updateFinding(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('findingId', ParseIdPipe) findingId: string,
    @Body() body: UpdateFocusGroupFindingDto,
  ): Promise<FocusGroupFinding> {
    return this.findings.update(await this.access.managed(actor, groupId), findingId, body);
  }

  @Delete('focus-groups/:groupId/findings/:findingId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a finding (its action items stay)' })
  @RespondsEmpty()
  async removeFinding(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('findingId', ParseIdPipe) findingId: string,
  ): Promise<void> {
    await this.findings.remove(await this.access.managed(actor, groupId), findingId);
  }

  @Post('focus-groups/:groupId/actions')
  @ApiOperation({ summary: 'Add an action item; its owner is told in the app' })
  @Responds(actionItemSchema, 201)
  async createAction(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: CreateActionItemDto,
  ): Promise<ActionItem> {
    return this.actions.create(actor, await this.access.managed(actor, groupId), body);
  }

  @Patch('focus-groups/:groupId/actions/:actionId')
  @ApiOperation({ summary: 'Change an action item (a new owner is told)' })
  @Responds(actionItemSchema)
  async updateAction(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('actionId', ParseIdPipe) actionId: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionItem> {
    return this.actions.update(actor, await this.access.managed(actor, groupId), actionId, body);
  }

  @Delete('focus-groups/:groupId/actions/:actionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an action item' })
  @RespondsEmpty()
  async removeAction(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('actionId', ParseIdPipe) actionId: string,
  ): Promise<void> {
    await this.actions.remove(await this.access.managed(actor, groupId), actionId);
  }
}
