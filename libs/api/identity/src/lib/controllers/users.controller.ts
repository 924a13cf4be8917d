import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequireRoles,
  Responds,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { Page, UserSummary } from '@bina-pustaka/shared-contracts';
import { userPageSchema, userSummarySchema } from '@bina-pustaka/shared-contracts/schemas';
import { UsersService } from '../services/users.service';
import { UpdateUserRolesDto, UserListQueryDto } from './identity.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequireRoles('admin', 'coordinator')
  @ApiOperation({ summary: 'Search users by name, email or NIP; filter by role and status' })
  @Responds(userPageSchema)
  list(@Query() query: UserListQueryDto): Promise<Page<UserSummary>> {
    return this.users.list(query);
  }

  @Get(':id')
  @RequireRoles('admin', 'coordinator')
  @ApiOperation({ summary: 'One user' })
  @Responds(userSummarySchema)
  get(@Param('id', ParseIdPipe) id: string): Promise<UserSummary> {
    return this.users.get(id);
  }

  @Put(':id/roles')
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Replace the roles of a user (one active admin always remains)' })
  @Responds(userSummarySchema)
  setRoles(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateUserRolesDto,
  ): Promise<UserSummary> {
    return this.users.setRoles(actor, id, body.roles);
  }

  @Post(':id/disable')
  @RequireRoles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a user: every session of theirs ends at once' })
  @NoBody()
  @Responds(userSummarySchema)
  disable(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<UserSummary> {
    return this.users.setStatus(actor, id, 'disabled');
  }

  @Post(':id/enable')
  @RequireRoles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  @NoBody()
  @Responds(userSummarySchema)
  enable(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<UserSummary> {
    return this.users.setStatus(actor, id, 'active');
  }
}
