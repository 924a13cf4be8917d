import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AlsoResponds, Public, RequestLocale, Responds, translate } from '@bina-pustaka/api-platform';
import type { Locale, SurveyForm, SurveySubmitted } from '@bina-pustaka/shared-contracts';
import { acknowledgementSchema, surveyFormSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyRequest } from 'fastify';
import { SurveyFormsService } from '../answering/survey-forms.service';
import { SurveySubmissionsService } from '../answering/survey-submissions.service';
import { PublicSurveySlugDto, PublicSurveySubmissionDto } from './survey-answering.dto';

/** Satisfaction surveys from a link or a QR poster: no sign-in, no name, no address kept. */
@ApiTags('surveys')
@Public()
@Controller('public/surveys')
export class PublicSurveysController {
  constructor(
    private readonly forms: SurveyFormsService,
    private readonly submissions: SurveySubmissionsService,
  ) {}

  @Get(':slug')
  @ApiOperation({ summary: 'A public survey by its link (published or closed)' })
  @Responds(surveyFormSchema)
  form(@Param() params: PublicSurveySlugDto): Promise<SurveyForm> {
    return this.forms.publicForm(params.slug);
  }

  @Post(':slug/responses')
  @ApiOperation({ summary: 'Answer a public survey: once per browser, a few times per address per hour' })
  @Responds(acknowledgementSchema, 201)
  @AlsoResponds(409, 'This browser already answered, or the survey is not open, closed or full')
  @AlsoResponds(422, 'An answer does not fit its question, or the form was filled in by a script')
  @AlsoResponds(429, 'Too many responses from this address: wait a little')
  async submit(
    @Param() params: PublicSurveySlugDto,
    @Body() body: PublicSurveySubmissionDto,
    @Req() request: FastifyRequest,
    @RequestLocale() locale: Locale,
  ): Promise<SurveySubmitted> {
    await this.submissions.submitPublic(params.slug, body, request.ip, locale);
    return { message: translate(locale, 'survey.submitted') };
  }
}
