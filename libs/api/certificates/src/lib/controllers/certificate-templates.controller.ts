import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  MultipartBody,
  multipartUpload,
  ParseIdPipe,
  Public,
  RequireRoles,
  Responds,
  RespondsEmpty,
  RespondsWithFile,
  SignedLinkQueryDto,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  CertificateImage,
  CertificateTemplate,
  CourseCertificateTemplateSetting,
} from '@bina-pustaka/shared-contracts';
import {
  certificateImageSchema,
  certificateImageUploadFieldsSchema,
  certificateTemplateSchema,
  courseCertificateTemplateSettingSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificateImagesService } from '../templates/certificate-images.service';
import { CertificatePreviewService } from '../render/certificate-preview.service';
import { CertificateTemplatesService } from '../templates/certificate-templates.service';
import {
  CertificateTemplateDesignDto,
  CourseCertificateTemplateDto,
  CreateCertificateTemplateDto,
  UpdateCertificateTemplateDto,
} from './certificates.dto';

/** Templates and their images: designed by coordinators (and admins). */
@ApiTags('certificate templates')
@ApiBearerAuth()
@Controller()
export class CertificateTemplatesController {
  constructor(
    private readonly templates: CertificateTemplatesService,
    private readonly images: CertificateImagesService,
    private readonly preview: CertificatePreviewService,
  ) {}

  @Get('certificate-templates')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Certificate templates, the default first' })
  @Responds([certificateTemplateSchema])
  list(@CurrentPrincipal() actor: Principal): Promise<CertificateTemplate[]> {
    return this.templates.list(actor.userId);
  }

  @Post('certificate-templates')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Create a template (the first one becomes the default)' })
  @Responds(certificateTemplateSchema, 201)
  create(
    @CurrentPrincipal() actor: Principal,
    @Body() body: CreateCertificateTemplateDto,
  ): Promise<CertificateTemplate> {
    return this.templates.create(actor, body);
  }

  @Post('certificate-templates/preview')
  @RequireRoles('coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'The PDF a design prints, with sample data (nothing is saved)' })
  @RespondsWithFile('application/pdf')
  async renderPreview(
    @CurrentPrincipal() actor: Principal,
    @Body() body: CertificateTemplateDesignDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const pdf = await this.preview.render(body, actor.user.institution?.name ?? 'Bina Pustaka');
    void reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', 'inline; filename="pratinjau-sertifikat.pdf"')
      .header('Cache-Control', 'no-store');
    return pdf;
  }

  @Get('certificate-templates/:id')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'One template' })
  @Responds(certificateTemplateSchema)
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CertificateTemplate> {
    return this.templates.get(id, actor.userId);
  }

  @Patch('certificate-templates/:id')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Change a template (issued certificates keep the design they were made with)' })
  @Responds(certificateTemplateSchema)
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateCertificateTemplateDto,
  ): Promise<CertificateTemplate> {
    return this.templates.update(actor, id, body);
  }

  @Delete('certificate-templates/:id')
  @RequireRoles('coordinator', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a template (issued certificates keep their copy of it)' })
  @RespondsEmpty()
  async remove(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.templates.remove(actor, id);
  }

  @Post('certificate-images')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Upload a background, logo or signature (field "kind" first, then "file"; PNG or JPEG)' })
  @MultipartBody(certificateImageUploadFieldsSchema, 'The field "kind" first, then the part "file" (PNG or JPEG)')
  @Responds(certificateImageSchema, 201)
  async upload(@CurrentPrincipal() actor: Principal, @Req() request: FastifyRequest): Promise<CertificateImage> {
    const upload = await multipartUpload(request, 'kind', certificateImageUploadFieldsSchema.shape.kind, {
      noFile: 'certificates.imageMissing',
      fieldFirst: 'certificates.imageFieldFirst',
    });
    const image = await this.images.upload(actor, upload.field, upload.file);
    return this.images.describe(image, actor.userId);
  }

  @Get('certificate-images/:id/content')
  @Public()
  @ApiOperation({ summary: 'An image of a template, by a link signed for one user' })
  @RespondsWithFile(['image/png', 'image/jpeg'])
  async content(
    @Param('id', ParseIdPipe) id: string,
    @Query() link: SignedLinkQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const image = await this.images.serve(id, { userId: link.u, expires: link.expires, signature: link.signature });
    void reply
      .header('Content-Type', image.contentType)
      .header('Content-Disposition', 'inline')
      .header('Cache-Control', 'private, max-age=3600');
    return image.bytes;
  }

  @Get('courses/:id/certificate-template')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "The course's own template (if any) and the one its certificates use" })
  @Responds(courseCertificateTemplateSettingSchema)
  courseTemplate(@Param('id', ParseIdPipe) id: string): Promise<CourseCertificateTemplateSetting> {
    return this.templates.courseSetting(id);
  }

  @Put('courses/:id/certificate-template')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Give a course its own template, or null for the default' })
  @Responds(courseCertificateTemplateSettingSchema)
  async setCourseTemplate(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CourseCertificateTemplateDto,
  ): Promise<CourseCertificateTemplateSetting> {
    await this.templates.setForCourse(actor, id, body.templateId);
    return this.templates.courseSetting(id);
  }
}
