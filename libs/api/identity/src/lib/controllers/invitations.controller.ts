import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { InvitationSummary, Page } from '@bina-pustaka/shared-contracts';
import { invitationPageSchema, invitationSummarySchema } from '@bina-pustaka/shared-contracts/schemas';
import { InvitationsService } from '../services/invitations.service';
import { InvitationListQueryDto, InviteUserDto } from './identity.dto';

@ApiTags('invitations')
@ApiBearerAuth()
@RequireRoles('admin', 'coordinator')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @ApiOperation({ summary: 'Invite someone by email (coordinators: learners and trainers only)' })
  @Responds(invitationSummarySchema, 201)
  invite(@CurrentPrincipal() actor: Principal, @Body() body: InviteUserDto): Promise<InvitationSummary> {
    return this.invitations.invite(actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'Invitations, newest first' })
  @Responds(invitationPageSchema)
  list(@Query() query: InvitationListQueryDto): Promise<Page<InvitationSummary>> {
    return this.invitations.list(query);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a fresh link; the previous one stops working' })
  @NoBody()
  @Responds(invitationSummarySchema)
  resend(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<InvitationSummary> {
    return this.invitations.resend(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a pending invitation' })
  @RespondsEmpty()
  async revoke(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.invitations.revoke(actor, id);
  }
}
