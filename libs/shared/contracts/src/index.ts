export * from './lib/common.contracts';
export * from './lib/identity.contracts';
export * from './lib/health.contracts';
