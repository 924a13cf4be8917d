import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  Public,
  RequireRoles,
  Responds,
  RespondsWithFile,
  SignedLinkQueryDto,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { Certificate, CertificateVerification, Page } from '@bina-pustaka/shared-contracts';
import {
  certificatePageSchema,
  certificateSchema,
  certificateVerificationSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificateReissueService } from '../issue/certificate-reissue.service';
import { CertificatesService } from '../deliver/certificates.service';
import { CertificateVerificationService } from '../verify/certificate-verification.service';
import { VerifyThrottleService } from '../verify/verify-throttle.service';
import {
  CertificateCodeDto,
  CertificateListQueryDto,
  ReissueCertificateDto,
  RevokeCertificateDto,
} from './certificates.dto';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly reissue: CertificateReissueService,
    private readonly verification: CertificateVerificationService,
    private readonly throttle: VerifyThrottleService,
  ) {}

  @Get('certificates')
  @ApiBearerAuth()
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Certificates by course, cohort, batch, status or holder (name, NIP, number, code)' })
  @Responds(certificatePageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: CertificateListQueryDto): Promise<Page<Certificate>> {
    return this.certificates.list(actor, query);
  }

  @Get('me/certificates')
  @ApiBearerAuth()
  @Authenticated()
  @ApiOperation({ summary: 'My certificates, newest first' })
  @Responds([certificateSchema])
  mine(@CurrentPrincipal() actor: Principal): Promise<Certificate[]> {
    return this.certificates.mine(actor);
  }

  @Get('certificates/:id')
  @ApiBearerAuth()
  @Authenticated()
  @ApiOperation({ summary: 'One certificate (its holder, coordinators and admins)' })
  @Responds(certificateSchema)
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<Certificate> {
    return this.certificates.get(actor, id);
  }

  @Get('certificates/:id/pdf')
  @Public()
  @ApiOperation({ summary: 'The PDF, by a link signed for its holder or a coordinator (410 once revoked)' })
  @RespondsWithFile('application/pdf')
  @AlsoResponds(410, 'Revoked or superseded: the PDF is no longer served')
  async pdf(
    @Param('id', ParseIdPipe) id: string,
    @Query() link: SignedLinkQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pdf = await this.certificates.pdf(id, { userId: link.u, expires: link.expires, signature: link.signature });
    return reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', contentDisposition('attachment', pdf.fileName))
      .header('Content-Length', String(pdf.size))
      .header('Cache-Control', 'private, no-store')
      .send(pdf.stream);
  }

  @Post('certificates/:id/revoke')
  @ApiBearerAuth()
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Revoke with a reason: the verify page then says revoked and the PDF is not served' })
  @Responds(certificateSchema, 201)
  async revoke(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<Certificate> {
    return this.certificates.describe(await this.certificates.revoke(actor, id, body.reason), actor.userId);
  }

  @Post('certificates/:id/reissue')
  @ApiBearerAuth()
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "A new version from the holder's current profile; the old one becomes superseded" })
  @Responds(certificateSchema, 201)
  async reissueOne(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReissueCertificateDto,
  ): Promise<Certificate> {
    return this.certificates.describe(await this.reissue.reissue(actor, id, body), actor.userId);
  }

  @Get('public/certificates/:code')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by its code (anyone; rate-limited per address)' })
  @Responds(certificateVerificationSchema)
  @AlsoResponds(429, 'Too many checks from this address: wait a little')
  async verify(@Param() params: CertificateCodeDto, @Req() request: FastifyRequest): Promise<CertificateVerification> {
    await this.throttle.consume(request.ip);
    return this.verification.verify(params.code);
  }
}
