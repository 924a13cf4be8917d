export * from './lib/learning.module';
export * from './lib/conditions/completion-conditions';
