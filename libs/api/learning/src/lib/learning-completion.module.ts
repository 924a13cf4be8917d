import { Module } from '@nestjs/common';
import { CompletionConditions } from './conditions/completion-conditions';
import { LessonsCondition } from './conditions/lessons.condition';
import { CourseAccess } from './services/course-access.service';
import { CourseCompletions } from './services/course-completions.service';
import { CourseParticipation } from './services/course-participation.service';

/**
 * Course completion and who may edit a course, with nothing that needs HTTP or identity:
 * the worker imports it to complete courses (e.g. a quiz submitted at its deadline).
 * LearningModule imports and re-exports it, so the api has one condition registry.
 */
@Module({
  providers: [CompletionConditions, LessonsCondition, CourseAccess, CourseCompletions, CourseParticipation],
  exports: [CompletionConditions, CourseAccess, CourseCompletions, CourseParticipation],
})
export class LearningCompletionModule {}
