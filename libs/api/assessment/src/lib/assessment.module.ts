import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { LearningCompletionModule, LearningModule } from '@bina-pustaka/api-learning';
import './assessment.messages';
import { QuestionBankController } from './controllers/question-bank.controller';
import { QuizTakingController } from './controllers/quiz-taking.controller';
import { QuizzesController } from './controllers/quizzes.controller';
import { AttemptAnswerEntity, AttemptEntity } from './entities/attempt.entity';
import { QuestionCategoryEntity, QuestionEntity } from './entities/question.entity';
import { QuizEntity, QuizOverrideEntity } from './entities/quiz.entity';
import { CreateAssessment1764400000000 } from './migrations/1764400000000-create-assessment';
// The road, in order: authoring -> attempts -> grading -> results, the completion condition, the dashboard's figures.
import { QuestionBankService } from './authoring/question-bank.service';
import { QuizzesService } from './authoring/quizzes.service';
import { AttemptDeadlineProcessor } from './attempts/attempt-deadline.processor';
import { AttemptDeadlinesService } from './attempts/attempt-deadlines.service';
import { AttemptSubmissionService } from './attempts/attempt-submission.service';
import { AttemptsService } from './attempts/attempts.service';
import { AttemptGradingService } from './grading/attempt-grading.service';
import { QuizResultsService } from './results/quiz-results.service';
import { QuizzesCondition } from './completion/quizzes.condition';
import { AssessmentDashboardService } from './dashboard/assessment-dashboard.service';
import { AssessmentPersonalDataService } from './privacy/assessment-personal-data.service';

export const assessmentMigrations = [CreateAssessment1764400000000];

const entities = [
  QuestionCategoryEntity,
  QuestionEntity,
  QuizEntity,
  QuizOverrideEntity,
  AttemptEntity,
  AttemptAnswerEntity,
];

/**
 * Question banks, quizzes and attempts. Registers the "quizzes" completion condition, so a
 * course can require passing its required quizzes. Deadlines are enforced by the worker
 * (AssessmentWorkerModule).
 */
@Module({
  imports: [TypeOrmModule.forFeature(entities), LearningModule, AuditModule],
  controllers: [QuestionBankController, QuizzesController, QuizTakingController],
  providers: [
    QuestionBankService,
    QuizzesService,
    AttemptsService,
    AttemptDeadlinesService,
    AttemptSubmissionService,
    AttemptGradingService,
    QuizResultsService,
    QuizzesCondition,
    AssessmentDashboardService,
    AssessmentPersonalDataService,
  ],
})
export class AssessmentModule {}

/**
 * The worker side: submits attempts at their deadline. It completes courses too, so it
 * registers the quizzes condition as the api does (else a course could complete without it).
 */
@Module({
  imports: [TypeOrmModule.forFeature(entities), LearningCompletionModule],
  providers: [AttemptDeadlineProcessor, AttemptSubmissionService, QuizzesCondition],
})
export class AssessmentWorkerModule {}
