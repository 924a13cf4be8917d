import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  AppError,
  contentDisposition,
  CsvBody,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequestLocale,
  RequireRoles,
  Responds,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { CertificateBatch, CertificateBatchResult, Locale, Page } from '@bina-pustaka/shared-contracts';
import {
  certificateBatchPageSchema,
  certificateBatchResultSchema,
  certificateBatchSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificateBatchesService } from '../issue/certificate-batches.service';
import {
  CertificateBatchCsvQueryDto,
  CertificateBatchListQueryDto,
  CreateCertificateBatchDto,
  CreateWebinarCertificateBatchDto,
} from './certificates.dto';

/** 201 when the batch was made, 422 with the reasons when nobody was issued. */
function answer(reply: FastifyReply, result: CertificateBatchResult): CertificateBatchResult {
  void reply.status(result.batch ? 201 : 422);
  return result;
}

/** Bulk issue by coordinators, with live progress, retry of failures and the ZIP. */
@ApiTags('certificate batches')
@ApiBearerAuth()
@RequireRoles('coordinator', 'admin')
@Controller('certificate-batches')
export class CertificateBatchesController {
  constructor(private readonly batches: CertificateBatchesService) {}

  @Post()
  @ApiOperation({
    summary: "Issue for a cohort's completers and/or listed people: everyone or nobody (422 with reasons)",
  })
  @Responds(certificateBatchResultSchema, 201)
  @AlsoResponds(422, 'Someone asked for cannot get a certificate; nobody was issued', certificateBatchResultSchema)
  async create(
    @CurrentPrincipal() actor: Principal,
    @Body() body: CreateCertificateBatchDto,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateBatchResult> {
    return answer(reply, await this.batches.create(actor, body, locale));
  }

  @Post('webinar')
  @ApiOperation({
    summary:
      "Issue for a webinar session's attendees above a threshold, or its speakers/moderators/hosts (422 when nobody)",
  })
  @Responds(certificateBatchResultSchema, 201)
  @AlsoResponds(422, 'Nobody qualifies; nothing was issued', certificateBatchResultSchema)
  async createForWebinar(
    @CurrentPrincipal() actor: Principal,
    @Body() body: CreateWebinarCertificateBatchDto,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateBatchResult> {
    return answer(reply, await this.batches.createForWebinar(actor, body, locale));
  }

  @Post('csv')
  @ApiOperation({ summary: 'Issue for a CSV list (header "email" or "nip"): everyone or nobody (422 with reasons)' })
  @CsvBody('One person a line under the header "email" or "nip"')
  @Responds(certificateBatchResultSchema, 201)
  @AlsoResponds(422, 'Some lines were refused; nobody was issued', certificateBatchResultSchema)
  async createFromCsv(
    @CurrentPrincipal() actor: Principal,
    @Query() query: CertificateBatchCsvQueryDto,
    @Req() request: FastifyRequest,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateBatchResult> {
    if (typeof request.body !== 'string') throw new AppError(415, 'http.unsupportedMediaType');
    return answer(reply, await this.batches.createFromCsv(actor, query, request.body, locale));
  }

  @Get()
  @ApiOperation({ summary: 'Batches, newest first, with their progress' })
  @Responds(certificateBatchPageSchema)
  list(@Query() query: CertificateBatchListQueryDto): Promise<Page<CertificateBatch>> {
    return this.batches.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One batch: done, failed and remaining (poll it for live progress)' })
  @Responds(certificateBatchSchema)
  get(@Param('id', ParseIdPipe) id: string): Promise<CertificateBatch> {
    return this.batches.get(id);
  }

  @Post(':id/retry')
  @ApiOperation({ summary: 'Queue the failed certificates of the batch again' })
  @NoBody()
  @Responds(certificateBatchSchema, 201)
  retry(@Param('id', ParseIdPipe) id: string): Promise<CertificateBatch> {
    return this.batches.retry(id);
  }

  @Get(':id/zip')
  @ApiOperation({ summary: "The batch's issued certificates as one ZIP" })
  @RespondsWithFile('application/zip')
  async zip(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { stream, fileName } = await this.batches.zip(id);
    return reply
      .header('Content-Type', 'application/zip')
      .header('Content-Disposition', contentDisposition('attachment', fileName))
      .header('Cache-Control', 'no-store')
      .send(stream);
  }
}
