export * from './lib/identity-keys';
export * from './lib/identity.routes';
