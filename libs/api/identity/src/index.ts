export * from './lib/identity.module';
export * from './lib/identity-directory.module';
export * from './lib/services/user-directory.service';
export * from './lib/services/account-events.service';
export { IdentityDemoSeederService } from './lib/demo/identity-demo-seeder.service';
