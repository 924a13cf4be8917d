import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningCompletionModule, LearningModule } from '@bina-pustaka/api-learning';
import './assessment.messages';
import { QuestionBankController } from './controllers/question-bank.controller';
import { QuizTakingController } from './controllers/quiz-taking.controller';
import { QuizzesController } from './controllers/quizzes.controller';
import { AttemptAnswerEntity, AttemptEntity } from './entities/attempt.entity';
import { QuestionCategoryEntity, QuestionEntity } from './entities/question.entity';
import { QuizEntity, QuizOverrideEntity } from './entities/quiz.entity';
import { CreateAssessment1764400000000 } from './migrations/1764400000000-create-assessment';
import { AttemptDeadlines } from './services/attempt-deadlines.service';
import { AttemptGrading } from './services/attempt-grading.service';
import { Attempts } from './services/attempts.service';
import { QuestionBank } from './services/question-bank.service';
import { QuizResultsService } from './services/quiz-results.service';
import { QuizzesCondition } from './services/quizzes.condition';
import { Quizzes } from './services/quizzes.service';
import { AttemptDeadlineProcessor } from './worker/attempt-deadline.processor';

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
  imports: [TypeOrmModule.forFeature(entities), LearningModule],
  controllers: [QuestionBankController, QuizzesController, QuizTakingController],
  providers: [QuestionBank, Quizzes, Attempts, AttemptGrading, AttemptDeadlines, QuizResultsService, QuizzesCondition],
})
export class AssessmentModule {}

/**
 * The worker side: submits attempts at their deadline. It completes courses too, so it
 * registers the quizzes condition as the api does (else a course could complete without it).
 */
@Module({
  imports: [TypeOrmModule.forFeature(entities), LearningCompletionModule],
  providers: [AttemptDeadlineProcessor, AttemptGrading, QuizzesCondition],
})
export class AssessmentWorkerModule {}
