export * from './lib/audit.module';
export { AuditTrail, type AuditRecord } from './lib/services/audit-trail.service';
