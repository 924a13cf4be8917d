import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  CurrentPrincipal,
  ParseIdPipe,
  RequestLocale,
  Responds,
  translate,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { Locale, SurveyForm, SurveySubmitted } from '@bina-pustaka/shared-contracts';
import { acknowledgementSchema, surveyFormSchema } from '@bina-pustaka/shared-contracts/schemas';
import { SurveyFormsService } from '../answering/survey-forms.service';
import { SurveySubmissionsService } from '../answering/survey-submissions.service';
import { SurveyFormQueryDto, SurveySubmissionDto } from './survey-answering.dto';

/**
 * Answering a survey signed in: standalone, as a course's evaluation (its enrolled
 * learners) or a webinar session's (who registered or attended). Drafts are only
 * previewed by those who manage surveys; anyone else gets 404.
 */
@ApiTags('surveys')
@ApiBearerAuth()
@Authenticated()
@Controller('surveys')
export class SurveyAnsweringController {
  constructor(
    private readonly forms: SurveyFormsService,
    private readonly submissions: SurveySubmissionsService,
  ) {}

  @Get(':surveyId/form')
  @ApiOperation({ summary: 'The form to fill in, its speaker sections expanded for the course or webinar session' })
  @Responds(surveyFormSchema)
  form(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() query: SurveyFormQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<SurveyForm> {
    return this.forms.form(actor, surveyId, query, locale);
  }

  @Post(':surveyId/responses')
  @ApiOperation({ summary: 'Answer the survey once in its context (422 names the question with a wrong answer)' })
  @Responds(acknowledgementSchema, 201)
  @AlsoResponds(409, 'Already answered, not open yet, closed or its response limit reached')
  @AlsoResponds(422, 'An answer does not fit its question (the message names the question)')
  async submit(
    @CurrentPrincipal() actor: Principal,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Body() body: SurveySubmissionDto,
    @RequestLocale() locale: Locale,
  ): Promise<SurveySubmitted> {
    await this.submissions.submit(actor, surveyId, body, locale);
    return { message: translate(locale, 'survey.submitted') };
  }
}
