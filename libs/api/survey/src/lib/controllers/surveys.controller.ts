import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { Page, SurveyDetail, SurveySummary } from '@bina-pustaka/shared-contracts';
import { surveyDetailSchema, surveySummaryPageSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { SurveyAccessService } from '../building/survey-access.service';
import { SurveyDetailsService } from '../building/survey-details.service';
import { SurveyPosterService } from '../building/survey-poster.service';
import { SurveysService } from '../building/surveys.service';
import { CreateSurveyDto, SurveyListQueryDto, SurveyStatusDto, UpdateSurveyDto } from './survey.dto';

/**
 * Building surveys: trainers, coordinators and admins. Each call checks the survey is the
 * caller's to read or change (the staff: every survey; a trainer: the ones they made; the
 * templates: read and copied by all, changed by none); anything else answers 404.
 */
@ApiTags('surveys')
@ApiBearerAuth()
@RequireRoles('trainer', 'coordinator', 'admin')
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly access: SurveyAccessService,
    private readonly surveys: SurveysService,
    private readonly details: SurveyDetailsService,
    private readonly poster: SurveyPosterService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Surveys I may read (coordinators and admins: every survey) and the templates' })
  @Responds(surveySummaryPageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: SurveyListQueryDto): Promise<Page<SurveySummary>> {
    return this.details.list(actor, query);
  }

  @Post()
  @ApiOperation({ summary: 'A new draft survey: blank with its questions, or a copy of a template or another survey' })
  @Responds(surveyDetailSchema, 201)
  async create(@CurrentPrincipal() actor: Principal, @Body() body: CreateSurveyDto): Promise<SurveyDetail> {
    return this.details.detail(actor, await this.surveys.create(actor, body));
  }

  @Get(':surveyId')
  @ApiOperation({ summary: 'A survey with its questions and the courses and webinar sessions that use it' })
  @Responds(surveyDetailSchema)
  detail(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
  ): Promise<SurveyDetail> {
    return this.details.detail(actor, surveyId);
  }

  @Patch(':surveyId')
  @ApiOperation({ summary: 'Change the settings or questions (once answered: wording only)' })
  @Responds(surveyDetailSchema)
  @AlsoResponds(409, 'A template, or a change of more than wording to a survey that has responses')
  async update(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Body() body: UpdateSurveyDto,
  ): Promise<SurveyDetail> {
    await this.surveys.update(actor, surveyId, body);
    return this.details.detail(actor, surveyId);
  }

  @Put(':surveyId/status')
  @ApiOperation({ summary: 'Publish, close, reopen, or (while unanswered) take back to draft' })
  @Responds(surveyDetailSchema)
  @AlsoResponds(409, 'A change of status the survey cannot make')
  async changeStatus(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Body() body: SurveyStatusDto,
  ): Promise<SurveyDetail> {
    await this.surveys.changeStatus(actor, surveyId, body.status);
    return this.details.detail(actor, surveyId);
  }

  @Delete(':surveyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a survey nobody has answered and no course or webinar session uses' })
  @RespondsEmpty()
  @AlsoResponds(409, 'The survey has responses, is used as an evaluation, or is a template')
  remove(@CurrentPrincipal() actor: Principal, @Param('surveyId', ParseIdPipe) surveyId: string): Promise<void> {
    return this.surveys.remove(actor, surveyId);
  }

  @Get(':surveyId/poster.pdf')
  @ApiOperation({ summary: "A public survey's A4 poster with the QR code of its link, for the front desk" })
  @RespondsWithFile('application/pdf')
  async posterPdf(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pdf = await this.poster.render(await this.access.findReadable(actor, surveyId));
    return reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', contentDisposition('attachment', 'poster-survei.pdf'))
      .header('Cache-Control', 'private, no-store')
      .send(pdf);
  }
}
