export * from './lib/learning.module';
export * from './lib/conditions/completion-conditions';
export * from './lib/services/course-completions.service';
export { LearningDemoSeeder } from './lib/demo/learning-demo-seeder';
