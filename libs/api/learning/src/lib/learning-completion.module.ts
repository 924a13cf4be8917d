import { Module } from '@nestjs/common';
import { CompletionConditionsService } from './conditions/completion-conditions';
import { LessonsCondition } from './conditions/lessons.condition';
import { CourseAccessService } from './services/course-access.service';
import { CourseAudienceService } from './services/course-audience.service';
import { CourseMembershipService } from './services/course-membership.service';
import { CourseCompletionsService } from './services/course-completions.service';
import { CourseEventsService } from './services/course-events.service';
import { CourseParticipationService } from './services/course-participation.service';
import { EnrolmentAccessService } from './services/enrolment-access.service';
import { EnrolmentEventsService } from './services/enrolment-events.service';
import { JpCreditsService } from './services/jp-credits.service';

/**
 * Course completion, who may edit a course, who takes part in it (and who just left, or
 * which course was just published) and
 * who may work in it now, with nothing that needs HTTP or identity:
 * the worker imports it to complete courses (e.g. a quiz submitted at its deadline).
 * LearningModule imports and re-exports it, so the api has one condition registry.
 */
@Module({
  providers: [
    CompletionConditionsService,
    LessonsCondition,
    CourseAccessService,
    CourseAudienceService,
    CourseCompletionsService,
    CourseEventsService,
    CourseMembershipService,
    CourseParticipationService,
    EnrolmentEventsService,
    EnrolmentAccessService,
    JpCreditsService,
  ],
  exports: [
    CompletionConditionsService,
    CourseAccessService,
    CourseAudienceService,
    CourseCompletionsService,
    CourseEventsService,
    CourseMembershipService,
    CourseParticipationService,
    EnrolmentEventsService,
    EnrolmentAccessService,
    JpCreditsService,
  ],
})
export class LearningCompletionModule {}
