import { Module } from '@nestjs/common';
import { CompletionConditions } from './conditions/completion-conditions';
import { LessonsCondition } from './conditions/lessons.condition';
import { CourseAccess } from './services/course-access.service';
import { CourseAudience } from './services/course-audience.service';
import { CourseCompletions } from './services/course-completions.service';
import { CourseParticipation } from './services/course-participation.service';
import { EnrolmentEventsService } from './services/enrolment-events.service';
import { JpCredits } from './services/jp-credits.service';

/**
 * Course completion, who may edit a course and who takes part in it (and who just left),
 * with nothing that needs HTTP or identity:
 * the worker imports it to complete courses (e.g. a quiz submitted at its deadline).
 * LearningModule imports and re-exports it, so the api has one condition registry.
 */
@Module({
  providers: [
    CompletionConditions,
    LessonsCondition,
    CourseAccess,
    CourseAudience,
    CourseCompletions,
    CourseParticipation,
    EnrolmentEventsService,
    JpCredits,
  ],
  exports: [
    CompletionConditions,
    CourseAccess,
    CourseAudience,
    CourseCompletions,
    CourseParticipation,
    EnrolmentEventsService,
    JpCredits,
  ],
})
export class LearningCompletionModule {}
