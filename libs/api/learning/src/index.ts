export * from './lib/learning.module';
export * from './lib/learning-completion.module';
export * from './lib/conditions/completion-conditions';
export * from './lib/services/course-audience.service';
export * from './lib/services/course-completions.service';
export * from './lib/services/course-participation.service';
export * from './lib/services/jp-credits.service';
export { LearningDemoSeeder } from './lib/demo/learning-demo-seeder';
