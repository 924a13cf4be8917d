export * from './lib/identity.module';
export * from './lib/identity-directory.module';
export * from './lib/services/user-directory.service';
export { DemoSeeder as IdentityDemoSeeder } from './lib/demo/demo-seeder';
