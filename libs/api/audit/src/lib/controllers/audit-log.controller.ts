import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  contentDisposition,
  CurrentPrincipal,
  RequireRoles,
  Responds,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { AuditEntry, Page } from '@bina-pustaka/shared-contracts';
import {
  auditEntryPageSchema,
  auditLogExportQuerySchema,
  auditLogQuerySchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { AuditLogService } from '../services/audit-log.service';

class AuditLogQueryDto extends createZodDto(auditLogQuerySchema) {}
class AuditLogExportQueryDto extends createZodDto(auditLogExportQuerySchema) {}

/** The audit log: admins only. */
@ApiTags('audit')
@ApiBearerAuth()
@RequireRoles('admin')
@Controller('admin/audit')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'Security-relevant actions, newest first, by action, actor, subject and WIB dates' })
  @Responds(auditEntryPageSchema)
  list(@Query() query: AuditLogQueryDto): Promise<Page<AuditEntry>> {
    return this.log.list(query);
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'The filtered audit log as CSV (the export is itself recorded)' })
  @RespondsWithFile('text/csv')
  async csv(
    @CurrentPrincipal() actor: Principal,
    @Query() query: AuditLogExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { fileName, body } = await this.log.csv(actor, query);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', contentDisposition('attachment', fileName))
      .header('Cache-Control', 'no-store');
    return body;
  }
}
