export * from './identity-factories';
