export { AUDIT_SCOPE } from './lib/audit-keys';
export * from './lib/audit.routes';
