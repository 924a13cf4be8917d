import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  MultipartBody,
  multipartUpload,
  ParseIdPipe,
  Public,
  RequireRoles,
  Responds,
  RespondsWithFile,
  SignedLinkQueryDto,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { StoredFile } from '@bina-pustaka/shared-contracts';
import { fileUploadFieldsSchema, storedFileSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FilesService } from '../services/files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Upload a file (field "purpose" first, then "file"); its type is checked on its bytes' })
  @MultipartBody(fileUploadFieldsSchema, 'The field "purpose" first, then the part "file"')
  @Responds(storedFileSchema, 201)
  async upload(@CurrentPrincipal() actor: Principal, @Req() request: FastifyRequest): Promise<StoredFile> {
    const upload = await multipartUpload(request, 'purpose', fileUploadFieldsSchema.shape.purpose, {
      noFile: 'files.noFile',
      fieldFirst: 'files.purposeFirst',
    });
    const file = await this.files.upload(actor, upload.field, upload.filename, upload.file);
    return this.files.describe(file, actor.userId);
  }

  @Get(':id/content')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'The bytes of a file, by a link signed for one user (access is checked again)' })
  @RespondsWithFile('*/*', 200, 'The whole file (Content-Type is its own)')
  @RespondsWithFile('*/*', 206, 'The part a Range header asked for')
  async content(
    @Param('id', ParseIdPipe) id: string,
    @Query() link: SignedLinkQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const served = await this.files.serve(
      id,
      { userId: link.u, expires: link.expires, signature: link.signature },
      request.headers.range,
    );
    void reply
      .status(served.range ? 206 : 200)
      .header('Content-Type', served.contentType)
      .header('Content-Disposition', served.disposition)
      .header('Accept-Ranges', 'bytes')
      .header('Cache-Control', 'private, max-age=3600')
      .header('Content-Length', String(served.range ? served.range.end - served.range.start + 1 : served.sizeBytes));
    if (served.range)
      void reply.header('Content-Range', `bytes ${served.range.start}-${served.range.end}/${served.sizeBytes}`);
    return reply.send(served.stream);
  }
}
