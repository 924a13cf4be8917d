import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule } from '@bina-pustaka/api-learning';
import { WebinarLedgerModule } from '@bina-pustaka/api-webinar';
import './survey.messages';
import { PublicSurveyThrottleService } from './answering/public-survey-throttle.service';
import { SurveyContextsService } from './answering/survey-contexts.service';
import { SurveyFormsService } from './answering/survey-forms.service';
import { SurveySubmissionsService } from './answering/survey-submissions.service';
import { PublicSurveysController } from './controllers/public-surveys.controller';
import { SurveyAnsweringController } from './controllers/survey-answering.controller';
import { surveyEntities } from './entities/survey.entity';
import { CreateSurveys1765300000000 } from './migrations/1765300000000-create-surveys';

export const surveyMigrations = [CreateSurveys1765300000000];

/**
 * Surveys (_survei_, issue 14): building questionnaires from sections and questions (and
 * the seeded templates), answering them (a course's evaluation gate, a webinar session's,
 * public satisfaction surveys without sign-in), their results, the IKM and exports.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(surveyEntities),
    IdentityDirectoryModule,
    LearningCompletionModule,
    WebinarLedgerModule,
  ],
  controllers: [SurveyAnsweringController, PublicSurveysController],
  providers: [
    // building/ -> answering/ -> results/ -> privacy/, and demo/ (README)
    SurveyContextsService,
    SurveyFormsService,
    PublicSurveyThrottleService,
    SurveySubmissionsService,
  ],
})
export class SurveyModule {}
