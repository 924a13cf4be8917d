import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  RequestLocale,
  RequireRoles,
  Responds,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { LearnerDirectoryPage, LearningRecord, Locale } from '@bina-pustaka/shared-contracts';
import { learnerDirectoryPageSchema, learningRecordSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { LearningRecordExportsService, type ExportedFile } from '../records/learning-record-exports.service';
import { LearningRecordService } from '../records/learning-record.service';
import { LearnerSearchQueryDto } from './learning-records.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Learning records: coordinators find a librarian and read or export their record; a learner downloads their transcript. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class LearningRecordsController {
  constructor(
    private readonly records: LearningRecordService,
    private readonly exports: LearningRecordExportsService,
  ) {}

  @Get('reports/learners')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Librarians by name, email or NIP, with their JP this year (scoped to an institution)' })
  @Responds(learnerDirectoryPageSchema)
  learners(@CurrentPrincipal() actor: Principal, @Query() query: LearnerSearchQueryDto): Promise<LearnerDirectoryPage> {
    return this.records.learners(actor, query);
  }

  @Get('reports/learners/:userId/record')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "A librarian's learning record: activities, JP by year, certificates" })
  @Responds(learningRecordSchema)
  record(@CurrentPrincipal() actor: Principal, @Param('userId', ParseIdPipe) userId: string): Promise<LearningRecord> {
    return this.records.record(actor, userId);
  }

  @Get('reports/learners/:userId/record.csv')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "A librarian's learning record as CSV (formula-safe)" })
  @RespondsWithFile('text/csv')
  async csv(
    @CurrentPrincipal() actor: Principal,
    @Param('userId', ParseIdPipe) userId: string,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return send(reply, 'text/csv; charset=utf-8', await this.exports.csv(actor, userId, locale));
  }

  @Get('reports/learners/:userId/record.xlsx')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: "A librarian's learning record as XLSX (formula-safe)" })
  @RespondsWithFile(XLSX)
  async xlsx(
    @CurrentPrincipal() actor: Principal,
    @Param('userId', ParseIdPipe) userId: string,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, XLSX, await this.exports.xlsx(actor, userId, locale));
  }

  @Get('me/transcript.pdf')
  @Authenticated()
  @ApiOperation({
    summary: 'My transcript: completed learning, JP by year, certificates with their verification codes',
  })
  @RespondsWithFile('application/pdf')
  async transcript(
    @CurrentPrincipal() actor: Principal,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, 'application/pdf', await this.exports.transcript(actor, locale));
  }
}

function send<Body>(reply: FastifyReply, type: string, file: ExportedFile<Body>): Body {
  void reply
    .header('Content-Type', type)
    .header('Content-Disposition', contentDisposition('attachment', file.fileName));
  return file.body;
}
