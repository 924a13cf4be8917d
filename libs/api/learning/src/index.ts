export * from './lib/learning.module';
export * from './lib/learning-completion.module';
export * from './lib/conditions/completion-conditions';
export { CourseAudienceService } from './lib/services/course-audience.service';
export {
  CourseCompletionsService,
  type CompletionRecord,
  type CourseInfo,
} from './lib/services/course-completions.service';
export {
  CourseMembershipService,
  type CourseMemberRole,
  type CourseMembership,
} from './lib/services/course-membership.service';
export { CourseEventsService, type CoursePublished } from './lib/services/course-events.service';
export { CourseParticipationService } from './lib/services/course-participation.service';
export { EnrolmentEventsService, type EnrolmentLeft } from './lib/services/enrolment-events.service';
export { EnrolmentAccessService } from './lib/services/enrolment-access.service';
export { JpCreditsService } from './lib/services/jp-credits.service';
export { FilesService } from './lib/services/files.service';
export { FileReadChecksService, type FileReadCheck } from './lib/services/file-read-checks.service';
export { LearningDemoSeederService } from './lib/demo/learning-demo-seeder.service';
export { JpStandingService, type JpStanding } from './lib/dashboard/jp-standing.service';
