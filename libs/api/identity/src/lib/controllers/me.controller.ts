import { Body, Controller, Get, HttpCode, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  contentDisposition,
  CurrentPrincipal,
  Responds,
  RespondsEmpty,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { CurrentUser } from '@bina-pustaka/shared-contracts';
import { currentUserSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountDeletionService } from '../privacy/account-deletion.service';
import { PersonalDataExportService } from '../privacy/personal-data-export.service';
import { UsersService } from '../services/users.service';
import { clientInfo } from './client-info';
import { AccountDeletionDto, ChangePasswordDto, UpdateProfileDto } from './identity.dto';

@ApiTags('me')
@ApiBearerAuth()
@Authenticated()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly personalData: PersonalDataExportService,
    private readonly deletion: AccountDeletionService,
  ) {}

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

  @Get('data')
  @ApiOperation({ summary: 'Download everything the platform holds about me, as JSON (a few times an hour)' })
  @RespondsWithFile('application/json')
  @AlsoResponds(429, 'Too many downloads this hour')
  async downloadData(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { fileName, body } = await this.personalData.download(principal);
    void reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Content-Disposition', contentDisposition('attachment', fileName))
      .header('Cache-Control', 'no-store');
    return body;
  }

  @Post('deletion')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete my account: my data is erased, certificates stay verifiable, I am signed out' })
  @RespondsEmpty()
  @AlsoResponds(422, 'Wrong password or confirmation word')
  @AlsoResponds(409, 'The last active admin cannot delete itself')
  async deleteAccount(
    @CurrentPrincipal() principal: Principal,
    @Body() body: AccountDeletionDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.deletion.delete(principal, body.password, body.confirmation, clientInfo(request));
  }
}
