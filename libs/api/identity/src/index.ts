export * from './lib/identity.module';
export * from './lib/demo/demo-data';
