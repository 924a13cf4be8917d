import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Locale, SurveyContext, SurveyForm, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { SurveyEntity, SurveyRespondentEntity } from '../entities/survey.entity';
import { expandSections } from './form-sections';
import { SurveyContextsService } from './survey-contexts.service';
import { closedReason } from './survey-window';

/** The form a respondent fills in: signed in (in its context), or public by its link. */
@Injectable()
export class SurveyFormsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: SurveyContextsService,
  ) {}

  async form(actor: Principal, surveyId: string, asked: Partial<SurveyContext>, locale: Locale): Promise<SurveyForm> {
    const { survey, manages } = await this.contexts.open(actor, surveyId);
    // Those who manage the survey see the form in any of its contexts (a preview); others must take part.
    const context = await this.contexts.resolve(actor, survey, asked, locale, manages);
    const answered = await this.dataSource
      .getRepository(SurveyRespondentEntity)
      .existsBy({ surveyId, userId: actor.userId, contextKey: context.key });
    return describeForm(survey, context.speakers, answered);
  }

  /** A public survey by its link's key; drafts and templates are not there. The browser remembers whether it answered. */
  async publicForm(slug: string): Promise<SurveyForm> {
    return describeForm(await this.publicSurvey(slug), [], false);
  }

  async publicSurvey(slug: string): Promise<SurveyEntity> {
    const survey = await this.dataSource
      .getRepository(SurveyEntity)
      .findOneBy({ publicSlug: slug, audience: 'public', isTemplate: false, status: In(['published', 'closed']) });
    if (!survey) throw new AppError(404, 'survey.notFound');
    return survey;
  }
}

function describeForm(survey: SurveyEntity, speakers: UserRef[], answered: boolean): SurveyForm {
  return {
    surveyId: survey.id,
    title: survey.title,
    description: survey.description,
    anonymous: survey.anonymous,
    audience: survey.audience,
    closesAt: survey.closesAt?.toISOString() ?? null,
    sections: expandSections(survey.definition, speakers),
    answered,
    closedReason: closedReason(survey),
  };
}
