import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule, LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { WebinarAccessModule, WebinarHooksModule, WebinarLedgerModule } from '@bina-pustaka/api-webinar';
import './survey.messages';
import { PublicSurveyThrottleService } from './answering/public-survey-throttle.service';
import { SurveyContextsService } from './answering/survey-contexts.service';
import { SurveyFormsService } from './answering/survey-forms.service';
import { SurveySubmissionsService } from './answering/survey-submissions.service';
import { SurveyAccessService } from './building/survey-access.service';
import { SurveyDetailsService } from './building/survey-details.service';
import { SurveyPosterService } from './building/survey-poster.service';
import { SurveysService } from './building/surveys.service';
import { PublicSurveysController } from './controllers/public-surveys.controller';
import { SurveyAnsweringController } from './controllers/survey-answering.controller';
import { SurveysController } from './controllers/surveys.controller';
import { EvaluationsController } from './controllers/evaluations.controller';
import { CourseEvaluationsService } from './evaluation/course-evaluations.service';
import { EvaluationSurveysService } from './evaluation/evaluation-surveys.service';
import { WebinarEvaluationHooksService } from './evaluation/webinar-evaluation-hooks.service';
import { WebinarEvaluationsService } from './evaluation/webinar-evaluations.service';
import { SurveyDemoSeederService } from './demo/survey-demo-seeder.service';
import { SurveyResultsController } from './controllers/survey-results.controller';
import { SurveyDashboardService } from './dashboard/survey-dashboard.service';
import { SurveyPersonalDataService } from './privacy/survey-personal-data.service';
import { CourseReactionService } from './results/course-reaction.service';
import { SpeakerEvaluationService } from './results/speaker-evaluation.service';
import { SurveyExportService } from './results/survey-export.service';
import { SurveyIkmService } from './results/survey-ikm.service';
import { SurveyResultsService } from './results/survey-results.service';
import { surveyEntities } from './entities/survey.entity';
import { CreateSurveys1765300000000 } from './migrations/1765300000000-create-surveys';
import { SurveyTemplates1765300000001 } from './migrations/1765300000001-survey-templates';
import { SurveyReminders1765400000000 } from './migrations/1765400000000-survey-reminders';
import { SurveyAnswersSpeakerIndex1765400000100 } from './migrations/1765400000100-survey-answers-speaker-index';
import { SurveyCompletionModule } from './survey-completion.module';

export const surveyMigrations = [
  CreateSurveys1765300000000,
  SurveyTemplates1765300000001,
  SurveyReminders1765400000000,
  SurveyAnswersSpeakerIndex1765400000100,
];

/**
 * Surveys (_survei_, issue 14): building questionnaires from sections and questions (and
 * the seeded templates), answering them (a course's evaluation gate, a webinar session's,
 * public satisfaction surveys without sign-in), their results, the IKM and exports.
 */
@Module({
  // SurveyCompletionModule: the "survey" completion condition; the webinar modules: who
  // manages a session, the hooks its end and certificates call, and its settled attendees
  // (no media server).
  imports: [
    TypeOrmModule.forFeature(surveyEntities),
    IdentityDirectoryModule,
    AuditModule,
    NotificationsModule,
    LearningModule,
    LearningCompletionModule,
    SurveyCompletionModule,
    WebinarAccessModule,
    WebinarHooksModule,
    WebinarLedgerModule,
  ],
  controllers: [
    SurveysController,
    SurveyAnsweringController,
    PublicSurveysController,
    SurveyResultsController,
    EvaluationsController,
  ],
  providers: [
    // building/ -> answering/ -> evaluation/ -> reminders/ -> results/ -> dashboard/ -> privacy/, and demo/ (README);
    // reminders/ runs in the worker (SurveyReminderWorkerModule), so none of its providers is here.
    SurveyAccessService,
    SurveyDetailsService,
    SurveysService,
    SurveyPosterService,
    SurveyContextsService,
    SurveyFormsService,
    PublicSurveyThrottleService,
    SurveySubmissionsService,
    EvaluationSurveysService,
    CourseEvaluationsService,
    WebinarEvaluationsService,
    WebinarEvaluationHooksService,
    SurveyResultsService,
    SurveyIkmService,
    SpeakerEvaluationService,
    CourseReactionService,
    SurveyExportService,
    SurveyDashboardService,
    SurveyPersonalDataService,
    SurveyDemoSeederService,
  ],
  exports: [SurveyAccessService],
})
export class SurveyModule {}
