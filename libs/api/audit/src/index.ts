export * from './lib/audit.module';
export { AuditTrailService, type AuditRecord } from './lib/services/audit-trail.service';
