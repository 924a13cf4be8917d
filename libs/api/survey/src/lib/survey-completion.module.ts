import { Module } from '@nestjs/common';
import { LearningCompletionModule } from '@bina-pustaka/api-learning';
import './survey.messages';
import { CourseEvaluationCondition } from './evaluation/course-evaluation.condition';

/**
 * The "survey" completion condition alone, for every process that completes courses: the
 * api (through SurveyModule) and the worker (a quiz submitted at its deadline), so a course
 * never completes there without its evaluation.
 */
@Module({
  imports: [LearningCompletionModule],
  providers: [CourseEvaluationCondition],
})
export class SurveyCompletionModule {}
