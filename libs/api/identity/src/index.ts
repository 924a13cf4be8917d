export * from './lib/identity.module';
export * from './lib/identity-directory.module';
export * from './lib/services/user-directory.service';
export * from './lib/services/account-events.service';
export { DemoSeeder as IdentityDemoSeeder } from './lib/demo/demo-seeder';
