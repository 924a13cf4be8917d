import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CompletionConditionsService,
  type CompletionCondition,
  type CompletionContext,
} from '@bina-pustaka/api-learning';
import { translate } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';
import { SurveyCourseEvaluationEntity, SurveyEntity, SurveyRespondentEntity } from '../entities/survey.entity';
import { courseContextKey } from '../shared/survey-context-keys';

/**
 * "Answered the course's evaluation survey": applies to a course that asks for one, and is
 * met once the learner has answered it for this course (survey_respondents, which says who
 * answered and never what, so it holds for anonymous surveys too).
 */
@Injectable()
export class CourseEvaluationCondition implements CompletionCondition, OnModuleInit {
  readonly kind = 'survey' as const;

  constructor(private readonly conditions: CompletionConditionsService) {}

  onModuleInit(): void {
    this.conditions.register(this);
  }

  appliesTo(course: { id: string }, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(SurveyCourseEvaluationEntity).existsBy({ courseId: course.id });
  }

  async evaluate({ userId, course, manager, locale }: CompletionContext) {
    const evaluation = await manager
      .getRepository(SurveyCourseEvaluationEntity)
      .findOneByOrFail({ courseId: course.id });
    const survey = await manager.getRepository(SurveyEntity).findOneByOrFail({ id: evaluation.surveyId });
    const met = await manager
      .getRepository(SurveyRespondentEntity)
      .existsBy({ surveyId: survey.id, userId, contextKey: courseContextKey(course.id) });
    return {
      met,
      detail: translate(locale, met ? 'conditions.surveyAnswered' : 'conditions.surveyPending', {
        title: survey.title,
      }),
    };
  }
}
