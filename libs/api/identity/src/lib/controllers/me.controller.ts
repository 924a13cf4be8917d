import { Body, Controller, Get, HttpCode, Patch, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Responds, RespondsEmpty, type Principal } from '@bina-pustaka/api-platform';
import type { CurrentUser } from '@bina-pustaka/shared-contracts';
import { currentUserSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyRequest } from 'fastify';
import { UsersService } from '../services/users.service';
import { clientInfo } from './client-info';
import { ChangePasswordDto, UpdateProfileDto } from './identity.dto';

@ApiTags('me')
@ApiBearerAuth()
@Authenticated()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'My profile and roles' })
  @Responds(currentUserSchema)
  me(@CurrentPrincipal() principal: Principal): CurrentUser {
    return principal.user;
  }

  @Patch()
  @ApiOperation({ summary: 'Update my profile (name, NIP, position, language)' })
  @Responds(currentUserSchema)
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileDto): Promise<CurrentUser> {
    return this.users.updateProfile(principal, body);
  }

  @Put('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password; other devices are signed out' })
  @RespondsEmpty()
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.users.changePassword(principal, body.currentPassword, body.newPassword, clientInfo(request));
  }
}
