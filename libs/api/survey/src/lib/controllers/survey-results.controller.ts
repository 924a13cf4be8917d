import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { CourseReaction, IkmReport, SpeakerEvaluation, SurveyResults } from '@bina-pustaka/shared-contracts';
import {
  courseReactionSchema,
  ikmReportSchema,
  speakerEvaluationSchema,
  surveyResultsSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { SurveyAccessService } from '../building/survey-access.service';
import { CourseReactionService } from '../results/course-reaction.service';
import { SpeakerEvaluationService } from '../results/speaker-evaluation.service';
import { SurveyExportService, type SurveyExportFormat } from '../results/survey-export.service';
import { SurveyIkmService } from '../results/survey-ikm.service';
import { SurveyResultsService } from '../results/survey-results.service';
import { IkmQueryDto, SurveyResultsQueryDto } from './survey-results.dto';

const CONTENT_TYPES: Record<SurveyExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * What surveys tell: results per question, the IKM, exports, and the speakers' roll-up. For
 * authors by role; inside, coordinators and admins read every survey, a trainer the surveys
 * they created and their own evaluations (anything else: 404). A course's reaction: those
 * who may read its learning gain (its editors; 403 for another trainer).
 */
@ApiTags('surveys')
@ApiBearerAuth()
@RequireRoles('trainer', 'coordinator', 'admin')
@Controller()
export class SurveyResultsController {
  constructor(
    private readonly access: SurveyAccessService,
    private readonly results: SurveyResultsService,
    private readonly ikm: SurveyIkmService,
    private readonly exports: SurveyExportService,
    private readonly speakers: SpeakerEvaluationService,
    private readonly reactions: CourseReactionService,
  ) {}

  @Get('surveys/:surveyId/results')
  @ApiOperation({ summary: 'Results per question, filtered by course, cohort, session, institution, speaker, period' })
  @Responds(surveyResultsSchema)
  async surveyResults(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() filter: SurveyResultsQueryDto,
  ): Promise<SurveyResults> {
    return this.results.results(await this.access.findWithResults(actor, surveyId), filter);
  }

  @Get('surveys/:surveyId/ikm')
  @ApiOperation({ summary: 'The IKM (PermenPANRB 14/2017) per month or year, with each service element' })
  @Responds(ikmReportSchema)
  @AlsoResponds(422, 'The survey measures no service element (no Likert question with an IKM element)')
  async ikmReport(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() query: IkmQueryDto,
  ): Promise<IkmReport> {
    return this.ikm.report(await this.access.findWithResults(actor, surveyId), query);
  }

  @Get('surveys/:surveyId/export.csv')
  @ApiOperation({ summary: 'One row per response (CSV); anonymous surveys: no name, groups of five or more' })
  @RespondsWithFile('text/csv')
  @AlsoResponds(422, 'An anonymous survey whose filtered group has fewer than five responses')
  csv(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() filter: SurveyResultsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.download(actor, surveyId, filter, 'csv', reply);
  }

  @Get('surveys/:surveyId/export.xlsx')
  @ApiOperation({ summary: 'One row per response (XLSX); anonymous surveys: no name, groups of five or more' })
  @RespondsWithFile(CONTENT_TYPES.xlsx)
  @AlsoResponds(422, 'An anonymous survey whose filtered group has fewer than five responses')
  xlsx(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() filter: SurveyResultsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.download(actor, surveyId, filter, 'xlsx', reply);
  }

  @Get('survey-speakers/:userId/evaluation')
  @ApiOperation({ summary: "A speaker's evaluations over every survey and session (a trainer: only their own)" })
  @Responds(speakerEvaluationSchema)
  speakerEvaluation(
    @CurrentPrincipal() actor: Principal,
    @Param('userId', ParseIdPipe) userId: string,
  ): Promise<SpeakerEvaluation> {
    this.access.assertReadsSpeaker(actor, userId);
    return this.speakers.evaluation(userId);
  }

  @Get('courses/:id/reaction')
  @ApiOperation({ summary: "Reaction scores (the course's evaluation survey) per cohort, beside its learning gain" })
  @Responds(courseReactionSchema)
  courseReaction(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CourseReaction> {
    return this.reactions.reaction(actor, id);
  }

  private async download(
    actor: Principal,
    surveyId: string,
    filter: SurveyResultsQueryDto,
    format: SurveyExportFormat,
    reply: FastifyReply,
  ): Promise<void> {
    const survey = await this.access.findWithResults(actor, surveyId);
    const file = await this.exports.export(actor, survey, filter, format);
    // The title names the file; characters a file name cannot hold become spaces.
    const name = [...`Jawaban ${survey.title}`]
      .map((character) => (character < ' ' || '\\/:*?"<>|'.includes(character) ? ' ' : character))
      .join('')
      .trim();
    return reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', contentDisposition('attachment', `${name}.${format}`))
      .header('Cache-Control', 'private, no-store')
      .send(file);
  }
}
