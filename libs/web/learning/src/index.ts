export * from './lib/learning-keys';
export * from './lib/learning.routes';
