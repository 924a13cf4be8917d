import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  APP_CONFIG,
  AppError,
  NoBody,
  Public,
  Responds,
  RespondsEmpty,
  translate,
  type AppConfig,
} from '@bina-pustaka/api-platform';
import type { InvitationPreview, SignedIn } from '@bina-pustaka/shared-contracts';
import { acknowledgementSchema, invitationPreviewSchema, signedInSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../services/auth.service';
import { InvitationsService } from '../services/invitations.service';
import { RegistrationService } from '../services/registration.service';
import { SessionsService } from '../services/sessions.service';
import { clearRefreshCookie, clientInfo, REFRESH_COOKIE, requestLocale, setRefreshCookie } from './client-info';
import {
  AcceptInvitationDto,
  ForgotPasswordDto,
  InvitationTokenDto,
  LoginDto,
  RegisterDto,
  ResetPasswordDto,
} from './identity.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
    private readonly registration: RegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: access token in the body, refresh token in an httpOnly cookie' })
  @Responds(signedInSchema)
  @AlsoResponds(401, 'Wrong email or password')
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedIn> {
    const issued = await this.auth.login(body.email, body.password, clientInfo(request));
    setRefreshCookie(reply, this.config, issued);
    return issued.signedIn;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate the refresh cookie and get a new access token' })
  @NoBody()
  @Responds(signedInSchema)
  @AlsoResponds(401, 'No refresh cookie, or one no longer valid (the cookie is cleared)')
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SignedIn> {
    const token = request.cookies[REFRESH_COOKIE];
    try {
      if (!token) throw new AppError(401, 'auth.refreshInvalid');
      const issued = await this.sessions.rotate(token);
      setRefreshCookie(reply, this.config, issued);
      return issued.signedIn;
    } catch (error) {
      if (error instanceof AppError && error.getStatus() === 401) clearRefreshCookie(reply, this.config);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this device session' })
  @NoBody()
  @RespondsEmpty()
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = request.cookies[REFRESH_COOKIE];
    if (token) await this.sessions.endByRefreshToken(token);
    clearRefreshCookie(reply, this.config);
  }

  @Post('password/forgot')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a one-time password reset link (same answer whether or not the email exists)' })
  @Responds(acknowledgementSchema, 202)
  async forgotPassword(@Body() body: ForgotPasswordDto, @Req() request: FastifyRequest): Promise<{ message: string }> {
    await this.auth.requestPasswordReset(body.email, clientInfo(request));
    return { message: translate(requestLocale(request), 'auth.resetSent') };
  }

  @Post('password/reset')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the emailed token; signs out every device' })
  @RespondsEmpty()
  async resetPassword(@Body() body: ResetPasswordDto, @Req() request: FastifyRequest): Promise<void> {
    await this.auth.resetPassword(body.token, body.password, clientInfo(request));
  }

  @Post('invitations/preview')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Who invited whom, for the acceptance page' })
  @Responds(invitationPreviewSchema)
  previewInvitation(@Body() body: InvitationTokenDto): Promise<InvitationPreview> {
    return this.invitations.preview(body.token);
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create the account from an invitation and sign in' })
  @Responds(signedInSchema, 201)
  async acceptInvitation(
    @Body() body: AcceptInvitationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedIn> {
    const issued = await this.invitations.accept(body, requestLocale(request), clientInfo(request));
    setRefreshCookie(reply, this.config, issued);
    return issued.signedIn;
  }

  @Post('register')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Self-registration (when enabled): emails a link to finish signing up' })
  @Responds(acknowledgementSchema, 202)
  async register(@Body() body: RegisterDto, @Req() request: FastifyRequest): Promise<{ message: string }> {
    const locale = requestLocale(request);
    await this.registration.register(body, locale, clientInfo(request));
    return { message: translate(locale, 'auth.registrationSent') };
  }
}
