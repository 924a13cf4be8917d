import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  MultipartBody,
  multipartFile,
  ParseIdPipe,
  Public,
  RequireRoles,
  Responds,
  RespondsWithFile,
} from '@bina-pustaka/api-platform';
import type { Institution } from '@bina-pustaka/shared-contracts';
import { institutionLogoUploadFieldsSchema, institutionSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InstitutionsService } from '../services/institutions.service';
import { CreateInstitutionDto, UpdateInstitutionDto } from './identity.dto';

/** Libraries and partner organisations: kept by coordinators and admins, listed to everyone signed in. */
@ApiTags('institutions')
@ApiBearerAuth()
@Controller()
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Get('institutions')
  @Authenticated()
  @ApiOperation({ summary: 'Libraries and partner organisations' })
  @Responds([institutionSchema])
  list(): Promise<Institution[]> {
    return this.institutions.list();
  }

  @Post('institutions')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Add a library or partner organisation' })
  @Responds(institutionSchema, 201)
  create(@Body() body: CreateInstitutionDto): Promise<Institution> {
    return this.institutions.create(body);
  }

  @Patch('institutions/:id')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "Change an institution's name, kind, city, website, description or contact" })
  @Responds(institutionSchema)
  update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateInstitutionDto): Promise<Institution> {
    return this.institutions.update(id, body);
  }

  @Put('institutions/:id/logo')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Upload or replace the logo (the part "file"; PNG, JPEG or WebP, at most 512 kB)' })
  @MultipartBody(institutionLogoUploadFieldsSchema, 'The part "file": a PNG, JPEG or WebP image of at most 512 kB')
  @Responds(institutionSchema)
  async setLogo(@Param('id', ParseIdPipe) id: string, @Req() request: FastifyRequest): Promise<Institution> {
    const upload = await multipartFile(request, 'institutions.logoMissing');
    return this.institutions.setLogo(id, upload.file);
  }

  @Delete('institutions/:id/logo')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Remove the logo' })
  @Responds(institutionSchema)
  removeLogo(@Param('id', ParseIdPipe) id: string): Promise<Institution> {
    return this.institutions.removeLogo(id);
  }

  @Get('institution-logos/:hash')
  @Public()
  @ApiOperation({ summary: "A partner's logo, by the hash of its content (public, cached for good)" })
  @RespondsWithFile(['image/png', 'image/jpeg', 'image/webp'])
  async logo(@Param('hash') hash: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const logo = await this.institutions.logo(hash);
    void reply
      .header('Content-Type', logo.contentType)
      .header('Content-Disposition', 'inline')
      .header('Cache-Control', 'public, max-age=31536000, immutable');
    return logo.bytes;
  }
}
