export * from './lib/learning.module';
export * from './lib/learning-completion.module';
export * from './lib/conditions/completion-conditions';
export { CourseAudience } from './lib/services/course-audience.service';
export { CourseCompletions, type CompletionRecord, type CourseInfo } from './lib/services/course-completions.service';
export { CourseParticipation } from './lib/services/course-participation.service';
export { EnrolmentEventsService, type EnrolmentLeft } from './lib/services/enrolment-events.service';
export { JpCredits } from './lib/services/jp-credits.service';
export { LearningDemoSeeder } from './lib/demo/learning-demo-seeder';
